import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { indicators, municipalityValues } from '../db/schema';
import { clearAtlasCache } from './atlas/context';
import { areaProfile } from './atlas/profile';
import { ruhrOverview } from './atlas/ruhr';
import { comparableSeries, matchReference, type BasisFigure } from './comparison';
import { PUBLIC } from './read';
import { ensureReferenceData } from './reference';
import { importAndPublishValues, importAndPublishAreas, publishDataset } from './store';
import { gridGeoJson, TEST_AGS, utf8 } from './testing';

const now = new Date('2026-03-02T09:00:00Z');

describe('comparable definitions', () => {
	const references: BasisFigure<string>[] = [
		{ year: 2021, timeBasis: 'jahresdurchschnitt', figure: 'INKAR 2021' },
		{ year: 2022, timeBasis: 'stichtag', figure: 'Stichtag 2022' },
		{ year: 2024, timeBasis: 'stichtag', figure: 'Stichtag 2024' }
	];

	it('sets a reference beside an own figure only for the same time basis and the same year', () => {
		expect(matchReference({ year: 2022, timeBasis: 'stichtag' }, references)).toEqual({
			comparable: 'Stichtag 2022',
			apart: null
		});
	});

	it('keeps an annual average apart from a figure on the reference date, labelled by its basis', () => {
		expect(matchReference({ year: 2021, timeBasis: 'stichtag' }, references)).toEqual({
			comparable: null,
			apart: references[0]
		});
	});

	it('never takes the nearest year: a year without a reference is a gap', () => {
		expect(matchReference({ year: 2023, timeBasis: 'stichtag' }, references)).toEqual({
			comparable: null,
			apart: null
		});
		expect(comparableSeries([2021, 2022, 2023, 2024], 'stichtag', references)).toEqual([
			null,
			'Stichtag 2022',
			null,
			'Stichtag 2024'
		]);
	});
});

describe.each(backends)('comparisons with the Ruhr on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
		clearAtlasCache();
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson(),
			now
		});
		const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
		['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06'].forEach((code, i) => {
			lines.push(`${code};arbeitslose_je_100;2021;${6 + i};${60 + i * 10};1000`);
			lines.push(`${code};einwohner;2023;${1500 + i * 10};;`);
			lines.push(`${code};einwohner;2024;${1510 + i * 10};;`);
		});
		const imported = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'werte.csv',
			bytes: utf8(lines.join('\n')),
			now
		});
		expect(imported.ok).toBe(true);
		await publishDataset(handle.db, { ags: TEST_AGS, now });
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function profileRow(key: string) {
		const profile = await areaProfile(handle.db, TEST_AGS, 'Q01', PUBLIC);
		return profile!.indicators.find((i) => i.indicator.key === key)!;
	}

	it('the catalogue and the official values say their time basis', async () => {
		const rows = await handle.db
			.select()
			.from(indicators)
			.where(sql`${indicators.ags} is null`);
		const basis = Object.fromEntries(rows.map((r) => [r.key, r.timeBasis]));
		expect(basis).toMatchObject({
			arbeitslose_je_100: 'stichtag',
			einwohner: 'stichtag',
			gisd: 'jahresdurchschnitt'
		});
		const inkar = await handle.db
			.selectDistinct({ timeBasis: municipalityValues.timeBasis })
			.from(municipalityValues)
			.where(eq(municipalityValues.indicatorKey, 'arbeitslose_je_100'));
		expect(inkar).toEqual([{ timeBasis: 'jahresdurchschnitt' }]);
	});

	it('an area’s unemployment on 31.12. is not set beside INKAR’s annual average: kept apart and labelled', async () => {
		const row = await profileRow('arbeitslose_je_100');
		expect(row.timeBasis).toBe('Stichtag 31.12.');
		expect(row.kreis).toBeNull();
		expect(row.ruhr).toBeNull();
		expect(row.apart).toMatchObject({ timeBasis: 'Jahresdurchschnitt', year: 2021 });
		expect(row.apart!.source).toContain('INKAR');
		expect(row.ruhrSeries.every((s) => s.value === null)).toBe(true);
	});

	it('the population on 31.12. is compared with the Ruhr for the same year only', async () => {
		const row = await profileRow('einwohner');
		expect(row.latestYear).toBe(2024);
		expect(row.ruhr?.coverage).toBe(53);
		expect(row.apart).toBeNull();
		// 2023 has no official figure: a gap, not the 2024 figure.
		expect(row.ruhrSeries.map((s) => [s.year, s.value === null])).toEqual([
			[2023, true],
			[2024, false]
		]);
	});

	it('the Ruhr overview names the time basis of what it maps', async () => {
		const overview = await ruhrOverview(handle.db, { indicator: 'arbeitslose_je_100' });
		expect(overview.timeBasis).toBe('Jahresdurchschnitt');
		expect(overview.map.notes.join(' ')).toContain('Zeitbezug der Werte: Jahresdurchschnitt');
	});
});
