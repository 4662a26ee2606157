import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import { mapSvgDocument } from '../map';
import { PUBLIC } from '../read';
import { ensureReferenceData } from '../reference';
import { importAndPublishAreas, importAndPublishValues, publishDataset } from '../store';
import { gridGeoJson, TEST_AGS, utf8 } from '../testing';
import { municipalityAtlas } from './municipality';

const now = new Date('2026-03-02T09:00:00Z');

/**
 * Six areas, two years. 2021: Q03 has 2 cases (secret) and Q02 is hidden with it (secondary);
 * Q06 has no value. 2023: Q01 has 2 cases (secret) and Q02 again hidden with it.
 * Published in both years: Q04 (15,0 → 20,0 %) and Q05 (15,0 → 15,0 %).
 */
const VALUES = [
	'Gebiet;Indikator;Jahr;Wert;Zähler;Nenner',
	'Q01;sgb2_quote;2021;10,0;60;600',
	'Q02;sgb2_quote;2021;2,0;30;1500',
	'Q03;sgb2_quote;2021;0,1;2;2000',
	'Q04;sgb2_quote;2021;15,0;300;2000',
	'Q05;sgb2_quote;2021;15,0;300;2000',
	'Q01;sgb2_quote;2023;0,37;2;541',
	'Q02;sgb2_quote;2023;0,73;13;1777',
	'Q03;sgb2_quote;2023;12,5;250;2000',
	'Q04;sgb2_quote;2023;20,0;400;2000',
	'Q05;sgb2_quote;2023;15,0;300;2000',
	'Q06;sgb2_quote;2023;8,0;160;2000'
].join('\n');

describe.each(backends)('change map on $name', (backend) => {
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
		await publishDataset(handle.db, { ags: TEST_AGS, now });
	});

	afterAll(async () => {
		await handle?.close();
	});

	const changeMap = () =>
		municipalityAtlas(handle.db, TEST_AGS, PUBLIC, {
			indicator: 'sgb2_quote',
			year: 2023,
			since: 2021
		});

	it('shows the change in percentage points, suppressed where either year is secret', async () => {
		const atlas = (await changeMap())!;
		expect(atlas.change).toEqual({ from: 2021, to: 2023, unit: 'Prozentpunkte' });
		expect(atlas.map.title).toBe(
			'Testgemeinde: SGB-II-Quote, Veränderung 2021–2023 (Prozentpunkte)'.replace(
				'Testgemeinde',
				atlas.municipality.name
			)
		);
		expect(Object.fromEntries(atlas.rows.map((r) => [r.code, r.change]))).toEqual({
			Q01: '.',
			Q02: '.',
			Q03: '.',
			Q04: '+5,0 Prozentpunkte',
			Q05: '0,0 Prozentpunkte',
			Q06: 'keine Angabe'
		});
		const paths = Object.fromEntries(atlas.map.paths.map((p) => [p.code, p]));
		for (const code of ['Q01', 'Q02', 'Q03']) {
			expect(paths[code].suppressed).toBe(true);
			expect(paths[code].label).toBe('geheim (.)');
		}
		expect(paths.Q06.missing).toBe(true);
		expect(paths.Q06.suppressed).toBe(false);
		expect(paths.Q06.label).toBe('keine Angabe');
	});

	it('classes the changes on a diverging scale centred on zero, with signed legend lines', async () => {
		const atlas = (await changeMap())!;
		expect(atlas.map.legend.map((l) => l.label)).toEqual([
			'−5,0 bis unter −3,0',
			'−3,0 bis unter −1,0',
			'−1,0 bis +1,0',
			'über +1,0 bis +3,0',
			'über +3,0 bis +5,0',
			'geheim (.)',
			'keine Angabe'
		]);
		expect(atlas.map.legend.map((l) => l.pattern ?? null).slice(-2)).toEqual([
			'suppressed',
			'missing'
		]);
		const paths = Object.fromEntries(atlas.map.paths.map((p) => [p.code, p]));
		expect(paths.Q04.legendLabel).toBe('über +3,0 bis +5,0');
		expect(paths.Q04.fill).toBe(atlas.map.legend[4].fill);
		expect(paths.Q05.legendLabel).toBe('−1,0 bis +1,0');
		expect(paths.Q05.fill).toBe(atlas.map.legend[2].fill);
	});

	it('ranks the published changes and lists the suppressed and missing areas apart', async () => {
		const { ranking } = (await changeMap())!;
		expect(ranking.bars.map((b) => [b.code, b.display])).toEqual([
			['Q04', '+5,0'],
			['Q05', '0,0']
		]);
		expect(ranking.suppressed.map((a) => a.code)).toEqual(['Q01', 'Q02', 'Q03']);
		expect(ranking.missing.map((a) => a.code)).toEqual(['Q06']);
	});

	it('gives no hidden figure away in the page data or the SVG download', async () => {
		const atlas = (await changeMap())!;
		const text = JSON.stringify({ ...atlas, map: { ...atlas.map, paths: [] } });
		const svg = mapSvgDocument(atlas.map).replace(/ d="[^"]*"/g, '');
		for (const hidden of ['0,37', '0,73', '0,1 %', '12,4', '12,5 Prozent', '−9,6', '−1,3']) {
			expect(text).not.toContain(hidden);
			expect(svg).not.toContain(hidden);
		}
		expect(svg).toContain('url(#hatch)');
	});

	it('shows the map of one year when the other year is the same or has no values', async () => {
		for (const since of [2023, 2019]) {
			const atlas = (await municipalityAtlas(handle.db, TEST_AGS, PUBLIC, {
				indicator: 'sgb2_quote',
				year: 2023,
				since
			}))!;
			expect(atlas.change).toBeNull();
			expect(atlas.rows.every((r) => r.change === null)).toBe(true);
		}
	});
});
