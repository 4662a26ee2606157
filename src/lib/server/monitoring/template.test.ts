import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { ensureReferenceData } from './reference';
import { importAreas, importAndPublishValues } from './store';
import { valueTemplate, valueTemplateCsv } from './template';
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
});

describe.each(backends)('the template of a municipality on $name', (backend) => {
	let handle: DatabaseHandle;
	const now = new Date('2026-03-02T09:00:00Z');

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
		const areas = await importAreas(handle.db, {
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
		expect(lines[0]).toBe('\uFEFFGebiet;Gebietsname;Jahr;sgb2_quote;kinderarmut');
		expect(lines).toHaveLength(6);
		const filled = lines
			.map((line, i) => (i === 0 || line === '' ? line : `${line.slice(0, -1)}10,5;4,0`))
			.join('\r\n');
		const outcome = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'vorlage.csv',
			bytes: utf8(filled),
			now
		});
		expect(outcome.ok ? outcome.rowCount : outcome.problems).toBe(8);
	});

	it('offers the whole catalogue when no known indicator is chosen', async () => {
		const template = await valueTemplate(handle.db, { ags: TEST_AGS, keys: [], year: 2024 });
		expect(template.keys.length).toBeGreaterThan(5);
		expect(template.keys).toContain('sgb2_quote');
	});
});
