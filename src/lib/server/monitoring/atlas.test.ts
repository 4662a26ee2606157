import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { publicValues, valuesCsv, valuesGeoJson } from './atlas/exports';
import { municipalityAtlas } from './atlas/municipality';
import { areaProfile } from './atlas/profile';
import { classBreaks, classOf } from './classify';
import { mapSvgDocument } from './map';
import { PUBLIC } from './read';
import { ensureReferenceData } from './reference';
import { importAndPublishAreas, importAndPublishValues, publishDataset } from './store';
import { gridGeoJson, TEST_AGS, utf8 } from './testing';

const now = new Date('2026-03-02T09:00:00Z');

/**
 * Six areas; Q01 has 2 SGB-II recipients (secret: rate 0,37 %), and Q02 (13 of 1,777: 0,73 %) is
 * the smallest other cell, so secondary suppression must hide it too — otherwise the published
 * municipal total minus the other areas would give Q01 back.
 */
const VALUES = [
	'Gebiet;Indikator;Jahr;Wert;Zähler;Nenner',
	'Q01;sgb2_quote;2023;0,37;2;541',
	'Q02;sgb2_quote;2023;0,73;13;1777',
	'Q03;sgb2_quote;2023;12,5;250;2000',
	'Q04;sgb2_quote;2023;20,0;400;2000',
	'Q05;sgb2_quote;2023;15,0;300;2000',
	'Q06;sgb2_quote;2023;8,0;160;2000',
	...['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06'].map(
		(q, i) => `${q};einwohner;2023;${[700, 2300, 2600, 2500, 2600, 2550][i]};;`
	)
].join('\n');

const SECRETS = ['0,37', '0.37', '0,73', '0.73', '541', '1777', '1.777'];

/** Path data (coordinates in pixels or degrees) may hold any digits; the figures may not. */
function expectNoSecret(output: string, where: string) {
	const figures = output
		.replace(/"(d|outline)":"[^"]*"/g, '')
		.replace(/ d="[^"]*"/g, '')
		.replace(/"coordinates":\[[^a-z]*\]/g, '');
	for (const secret of SECRETS) expect(figures, `${secret} in ${where}`).not.toContain(secret);
}

describe.each(backends)('public atlas on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson(),
			now
		});
		const result = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8(VALUES),
			now
		});
		expect(result.ok).toBe(true);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('shows nothing of an unpublished dataset to the public, but everything to its planner', async () => {
		expect(await municipalityAtlas(handle.db, TEST_AGS, PUBLIC)).toBeNull();
		expect(await publicValues(handle.db, TEST_AGS, PUBLIC)).toBeNull();
		expect(await areaProfile(handle.db, TEST_AGS, 'Q01', PUBLIC)).toBeNull();
		const own = await publicValues(handle.db, TEST_AGS, { kind: 'planner', ags: TEST_AGS });
		expect(own?.values.find((v) => v.area === 'Q01' && v.indicator === 'sgb2_quote')?.value).toBe(
			0.37
		);
		const other = await publicValues(handle.db, TEST_AGS, { kind: 'planner', ags: '05513000' });
		expect(other).toBeNull();
	});

	it('hides a small count and its partner in every public output', async () => {
		await publishDataset(handle.db, { ags: TEST_AGS, now });
		const data = (await publicValues(handle.db, TEST_AGS, PUBLIC))!;
		const sgb = data.values.filter((v) => v.indicator === 'sgb2_quote');
		expect(sgb.map((v) => [v.area, v.value, v.count])).toEqual([
			['Q01', null, null],
			['Q02', null, null],
			['Q03', 12.5, 250],
			['Q04', 20, 400],
			['Q05', 15, 300],
			['Q06', 8, 160]
		]);
		// The total is published (1,125 of 10,318), but the two hidden cells hold 15 together.
		expect(data.totals.find((t) => t.indicator === 'sgb2_quote')?.count).toBe(1125);

		const atlas = (await municipalityAtlas(handle.db, TEST_AGS, PUBLIC, {
			indicator: 'sgb2_quote'
		}))!;
		const profile = (await areaProfile(handle.db, TEST_AGS, 'Q01', PUBLIC))!;
		expect(profile.indicators.find((i) => i.indicator.key === 'sgb2_quote')?.latest).toBe('.');
		expectNoSecret(JSON.stringify(atlas), 'atlas page data');
		expectNoSecret(JSON.stringify(profile), 'profile page data');
		expectNoSecret(mapSvgDocument(atlas.map), 'SVG map');
		expectNoSecret(valuesCsv(data), 'CSV export');
		expectNoSecret(valuesGeoJson(data, 2023), 'GeoJSON export');
		expectNoSecret(JSON.stringify(data.values), 'API values');
	});

	it('sets an area’s time series against the municipality’s, year by year', async () => {
		const profile = (await areaProfile(handle.db, TEST_AGS, 'Q03', PUBLIC))!;
		for (const row of profile.indicators) {
			expect(row.municipalSeries.map((p) => p.year)).toEqual(row.series.map((p) => p.year));
			// The last point is the municipal value the profile prints beside the area's.
			expect(row.municipalSeries.at(-1)?.display).toBe(row.municipality ?? '–');
		}
		const sgb2 = profile.indicators.find((i) => i.indicator.key === 'sgb2_quote')!;
		expect(sgb2.municipalSeries.some((p) => p.value !== null)).toBe(true);
	});

	it('ranks only published values, most need first', async () => {
		const atlas = (await municipalityAtlas(handle.db, TEST_AGS, PUBLIC, {
			indicator: 'sgb2_quote'
		}))!;
		expect(atlas.rows.map((r) => [r.code, r.display, r.rank])).toEqual([
			['Q01', '.', null],
			['Q02', '.', null],
			['Q03', '12,5 %', 3],
			['Q04', '20,0 %', 1],
			['Q05', '15,0 %', 2],
			['Q06', '8,0 %', 4]
		]);
		expect(atlas.map.paths.filter((p) => p.suppressed).map((p) => p.code)).toEqual(['Q01', 'Q02']);
	});
});

describe('classBreaks', () => {
	const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

	it('cuts equal intervals of the range', () => {
		expect(classBreaks(values, 'equal', 3)).toEqual({ lower: 1, upper: [4, 7, 10] });
	});

	it('cuts quantiles with equal numbers of areas', () => {
		// R-7 quantiles of 1..10 at 1/5, 2/5 …: 2.8, 4.6, 6.4, 8.2, 10
		const classes = classBreaks(values, 'quantile', 5)!;
		expect(classes.upper.map((u) => Math.round(u * 10) / 10)).toEqual([2.8, 4.6, 6.4, 8.2, 10]);
		expect(values.map((v) => classOf(v, classes))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
	});

	it('finds the natural gaps', () => {
		expect(classBreaks([1, 1.2, 1.1, 5, 5.2, 9, 9.1], 'jenks', 3)?.upper).toEqual([1.2, 5.2, 9.1]);
	});

	it('gives one class when all values are equal', () => {
		expect(classBreaks([4, 4, 4], 'quantile')).toEqual({ lower: 4, upper: [4] });
	});
});
