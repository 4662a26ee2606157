import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import { PUBLIC } from '../read';
import { ensureReferenceData } from '../reference';
import { importAndPublishAreas, importAndPublishValues, publishDataset } from '../store';
import {
	atlasTestValues,
	ATLAS_TEST_YEARS as YEARS,
	gridGeoJson,
	TEST_AGS,
	utf8
} from '../testing';
import { publicValues, valuesCsv, valuesGeoJson } from './exports';
import { municipalityAtlas } from './municipality';
import { areaProfile } from './profile';

const now = new Date('2026-03-02T09:00:00Z');
/**
 * Every public output of a fixed dataset, recorded from the atlas before it was indexed, cached
 * and streamed: the faster atlas must give exactly the same pages, downloads and API data.
 */
describe.each(backends)('public atlas outputs on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson({ columns: 4, rows: 3 }),
			now
		});
		const result = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8(atlasTestValues()),
			now
		});
		expect(result.ok).toBe(true);
		await publishDataset(handle.db, { ags: TEST_AGS, now });
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('gives the same CSV and GeoJSON downloads as before', async () => {
		const data = (await publicValues(handle.db, TEST_AGS, PUBLIC))!;
		expect(valuesCsv(data)).toMatchSnapshot('daten.csv');
		for (const year of YEARS) {
			expect(valuesGeoJson(data, year)).toMatchSnapshot(`gebiete-${year}.geojson`);
		}
	});

	it('gives the same API values as before, filtered or not', async () => {
		const all = (await publicValues(handle.db, TEST_AGS, PUBLIC))!;
		const { municipality, isDemo, threshold, areas, indicators, values, totals, notes } = all;
		expect({
			municipality,
			isDemo,
			threshold,
			areas,
			indicators,
			values,
			totals,
			notes
		}).toMatchSnapshot('all values');
		const some = await publicValues(handle.db, TEST_AGS, PUBLIC, {
			indicator: 'sgb2_quote',
			year: 2022
		});
		expect({ values: some?.values, totals: some?.totals }).toMatchSnapshot('sgb2_quote 2022');
	});

	it('gives the same atlas pages and area profiles as before', async () => {
		const views = [
			{},
			{ indicator: 'anteil_unter_18', year: 2021, method: 'equal' as const },
			{ indicator: 'wohnflaeche', method: 'jenks' as const, palette: 'viridis' as const },
			{ method: 'mss' as const }
		];
		for (const view of views) {
			expect(await municipalityAtlas(handle.db, TEST_AGS, PUBLIC, view)).toMatchSnapshot(
				`atlas ${JSON.stringify(view)}`
			);
		}
		for (const code of ['Q01', 'Q07']) {
			expect(await areaProfile(handle.db, TEST_AGS, code, PUBLIC)).toMatchSnapshot(
				`profile ${code}`
			);
		}
	});
});
