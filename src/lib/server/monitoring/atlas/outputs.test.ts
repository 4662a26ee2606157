import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import { PUBLIC } from '../read';
import { ensureReferenceData } from '../reference';
import { importAreas, importValues, publishDataset } from '../store';
import { gridGeoJson, TEST_AGS, utf8 } from '../testing';
import { publicValues, valuesCsv, valuesGeoJson } from './exports';
import { municipalityAtlas } from './municipality';
import { areaProfile } from './profile';

const now = new Date('2026-03-02T09:00:00Z');
const CODES = Array.from({ length: 12 }, (_, i) => `Q${String(i + 1).padStart(2, '0')}`);
const YEARS = [2021, 2022, 2023];
const SHARES = [
	'sgb2_quote',
	'kinderarmut',
	'arbeitslose_je_100',
	'langzeitarbeitslose_je_100',
	'anteil_unter_18',
	'anteil_ueber_65'
];

/**
 * Twelve areas, three years, six shares with counts (some small enough to be suppressed), the
 * population, a measure, and a share imported without its numerator: enough for MSS, typology,
 * ranks, primary and secondary suppression.
 */
function valuesFile(): string {
	const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	CODES.forEach((code, a) => {
		YEARS.forEach((year, y) => {
			const population = 800 + ((a * 397 + y * 53) % 2400);
			lines.push(`${code};einwohner;${year};${population};;`);
			SHARES.forEach((key, k) => {
				const denominator = 400 + ((a * 131 + k * 71 + y * 17) % 1600);
				const numerator =
					(a * 7 + k * 13 + y * 5) % 11 === 0 ? 2 : (a * 37 + k * 29 + y * 11) % 300;
				const value = ((numerator / denominator) * 100).toFixed(1).replace('.', ',');
				lines.push(`${code};${key};${year};${value};${numerator};${denominator}`);
			});
			const flaeche = (30 + ((a * 3.7 + y * 1.3) % 20)).toFixed(1).replace('.', ',');
			lines.push(`${code};wohnflaeche;${year};${flaeche};;`);
			const nd = (5 + ((a * 2.9 + y) % 30)).toFixed(1).replace('.', ',');
			lines.push(`${code};nichtdeutsch;${year};${nd};;`);
		});
	});
	return lines.join('\n');
}

/**
 * Every public output of a fixed dataset, recorded from the atlas before it was indexed, cached
 * and streamed: the faster atlas must give exactly the same pages, downloads and API data.
 */
describe.each(backends)('public atlas outputs on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
		await importAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson({ columns: 4, rows: 3 }),
			now
		});
		const result = await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8(valuesFile()),
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
