import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { ensureReferenceData } from './reference';
import { importAndPublishAreas, importAndPublishValues } from './store';
import { valueTemplate, valueTemplateCsv } from './template';
import { eq } from 'drizzle-orm';
import { indicatorValues } from '../db/schema';
import { gridGeoJson, TEST_AGS, utf8 } from './testing';
import { readValueFile } from './values-import';

const catalogue = [
	{
		key: 'sgb2_quote',
		name: 'SGB-II-Quote',
		kind: 'share' as const,
		per: 100,
		minValue: 0,
		maxValue: 100
	},
	{
		key: 'kinderarmut',
		name: 'Kinderarmut',
		kind: 'share' as const,
		per: 100,
		minValue: 0,
		maxValue: 100
	}
];

describe('the value import template', () => {
	const areaList = [
		{ code: '001', name: 'Altstadt' },
		{ code: '002', name: '=HYPERLINK("x")' }
	];

	it('has the import’s header, one row per area and empty value cells', () => {
		const csv = valueTemplateCsv(areaList, ['sgb2_quote', 'kinderarmut'], 2024);
		expect(csv.split('\r\n')).toEqual([
			'\uFEFFGebiet;Gebietsname;Jahr;sgb2_quote;kinderarmut',
			'001;Altstadt;2024;;',
			'002;"\'=HYPERLINK(""x"")";2024;;',
			''
		]);
	});

	it('imports without a problem once a value is filled in, the name column ignored', () => {
		const csv = valueTemplateCsv(areaList, ['sgb2_quote', 'kinderarmut'], 2024).replace(
			'001;Altstadt;2024;;',
			'001;Altstadt;2024;12,5;'
		);
		const file = readValueFile(csv.slice(1), {
			areas: new Map([
				['001', 1],
				['002', 2]
			]),
			indicators: catalogue
		});
		expect(file.problems).toEqual([]);
		expect(file.rows.count).toBe(1);
	});

	it('refuses a base column whose indicator has no value column, naming the column', () => {
		const file = readValueFile('Gebiet;Jahr;kinderarmut;sgb2_quote_nenner\n001;2024;4;300', {
			areas: new Map([['001', 1]]),
			indicators: catalogue
		});
		expect(file.problems).toEqual([
			expect.objectContaining({ row: 1, column: 'D (sgb2_quote_nenner)', code: 'teil_ohne_wert' })
		]);
	});
});

describe.each(backends)('the template of a municipality on $name', (backend) => {
	let handle: DatabaseHandle;
	const now = new Date('2026-03-02T09:00:00Z');

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
		const areas = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'gebiete.geojson',
			text: gridGeoJson({ columns: 2, rows: 2 }),
			now
		});
		expect(areas.ok).toBe(true);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('lists the municipality’s areas and the chosen indicators, and a filled-in copy imports', async () => {
		const template = await valueTemplate(handle.db, {
			ags: TEST_AGS,
			keys: ['kinderarmut', 'sgb2_quote', 'gibt_es_nicht'],
			year: 2024
		});
		expect(template.keys).toEqual(['sgb2_quote', 'kinderarmut']);
		expect(template.areaCount).toBe(4);
		const lines = template.csv.split('\r\n');
		// Shares come with their numerator and base, which disclosure control needs.
		expect(lines[0]).toBe(
			'\uFEFFGebiet;Gebietsname;Jahr;sgb2_quote;sgb2_quote_zaehler;sgb2_quote_nenner;kinderarmut;kinderarmut_zaehler;kinderarmut_nenner'
		);
		expect(lines).toHaveLength(6);
		// Filled in: one share by value and base, the other by numerator and base alone.
		const filled = lines
			.map((line, i) => (i === 0 || line === '' ? line : `${line.slice(0, -6)};10,5;;400;;12;300`))
			.join('\r\n');
		const outcome = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'vorlage.csv',
			bytes: utf8(filled),
			now
		});
		expect(outcome.ok ? outcome.rowCount : outcome.problems).toBe(8);
		const stored = await handle.db
			.select()
			.from(indicatorValues)
			.where(eq(indicatorValues.indicatorKey, 'kinderarmut'));
		expect(stored.map((v) => [v.value, v.numerator, v.denominator])).toEqual(
			Array(4).fill([4, 12, 300])
		);
	});

	it('offers the whole catalogue when no known indicator is chosen', async () => {
		const template = await valueTemplate(handle.db, { ags: TEST_AGS, keys: [], year: 2024 });
		expect(template.keys.length).toBeGreaterThan(5);
		expect(template.keys).toContain('sgb2_quote');
	});
});
