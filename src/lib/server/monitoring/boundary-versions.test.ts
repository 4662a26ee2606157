import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { areas, areaSuccessors, indicatorValues } from '../db/schema';
import { publicData, valuesGeoJson } from './atlas/exports';
import { municipalityAtlas } from './atlas/municipality';
import { areaProfile } from './atlas/profile';
import { ensureReferenceData } from './reference';
import {
	defaultBoundaryYear,
	importAndPublishValues,
	importAndPublishAreas,
	importValues,
	publishDataset,
	undoImport
} from './store';
import { clearMonitoringData, gridGeoJson, rectangle, TEST_AGS, utf8 } from './testing';

const now = new Date('2026-03-02T09:00:00Z');
const later = new Date('2026-03-03T09:00:00Z');
const PLANNER = { kind: 'planner', ags: TEST_AGS } as const;

type Feature = {
	properties: Record<string, unknown>;
	geometry: { type: 'Polygon'; coordinates: number[][][] };
};

const box = (west: number, south: number, east: number, north: number) =>
	rectangle(west, south, east, north).coordinates;

/**
 * The default grid (Q01 … Q06, 0.02° cells from 6.90 E / 51.52 N) with Q01 — the cell
 * 6.90–6.92 E, 51.54–51.56 N — split into a western Q01 and an eastern Q09 that names Q01 as its
 * predecessor: Q01 changes materially (half its area), Q09 is new, the rest stays.
 */
function splitGrid(): string {
	const grid = JSON.parse(gridGeoJson()) as { features: Feature[] };
	grid.features[0].geometry.coordinates = box(6.9, 51.54, 6.91, 51.56);
	grid.features.push({
		properties: { id: 'Q09', name: 'Quartier 9', parent: 'Nord', vorgaenger: 'Q01' },
		geometry: { type: 'Polygon', coordinates: box(6.91, 51.54, 6.92, 51.56) }
	});
	return JSON.stringify(grid);
}

const population = (rows: readonly [string, number, number][]) =>
	utf8(
		['Gebiet;Indikator;Jahr;Wert', ...rows.map(([c, y, v]) => `${c};einwohner;${y};${v}`)].join(
			'\n'
		)
	);

describe.each(backends)('boundary versions on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	beforeEach(async () => {
		await clearMonitoringData(handle.db);
	});

	/** The grid, populations for 2022 and 2023, published. */
	async function withHistory(): Promise<void> {
		const first = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'quartiere-2015.geojson',
			text: gridGeoJson(),
			now
		});
		expect(first.ok).toBe(true);
		const values = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'einwohner.csv',
			bytes: population(
				['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06'].flatMap((c, i) => [
					[c, 2022, 1000 + i] as [string, number, number],
					[c, 2023, 1100 + i] as [string, number, number]
				])
			),
			now
		});
		expect(values.ok).toBe(true);
	}

	async function versions() {
		return handle.db
			.select({
				id: areas.id,
				code: areas.code,
				validFrom: areas.validFrom,
				validTo: areas.validTo
			})
			.from(areas)
			.where(eq(areas.ags, TEST_AGS))
			.orderBy(asc(areas.code), asc(areas.id));
	}

	async function snapshot() {
		const values = await handle.db
			.select()
			.from(indicatorValues)
			.orderBy(
				asc(indicatorValues.areaId),
				asc(indicatorValues.indicatorKey),
				asc(indicatorValues.year)
			);
		const areaRows = await handle.db.select().from(areas).orderBy(asc(areas.id));
		const links = await handle.db.select().from(areaSuccessors);
		return JSON.stringify({ values, areaRows, links });
	}

	it('gives existing areas one version valid from the beginning, and new boundaries start after the latest values', async () => {
		await withHistory();
		expect((await versions()).every((v) => v.validFrom === null && v.validTo === null)).toBe(true);
		expect(await defaultBoundaryYear(handle.db, TEST_AGS, now)).toBe(2024);
	});

	it('keeps the old boundary of a changed area, closes it and links its successors; an unchanged area keeps its identity', async () => {
		await withHistory();
		const before = await versions();
		const result = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'quartiere-2024.geojson',
			text: splitGrid(),
			now: later
		});
		expect(result).toMatchObject({
			ok: true,
			details: { gueltig_ab: 2024, neue_abgrenzungen: 2, beendete_abgrenzungen: 1 }
		});
		const after = await versions();
		const oldQ01 = before.find((v) => v.code === 'Q01')!;
		const q01 = after.filter((v) => v.code === 'Q01');
		expect(q01).toEqual([
			{ id: oldQ01.id, code: 'Q01', validFrom: null, validTo: 2023 },
			{ id: expect.any(Number), code: 'Q01', validFrom: 2024, validTo: null }
		]);
		const q09 = after.find((v) => v.code === 'Q09')!;
		expect(q09).toMatchObject({ validFrom: 2024, validTo: null });
		// Q02 … Q06 are the same areas as before: same row, still valid from the beginning.
		for (const code of ['Q02', 'Q03', 'Q04', 'Q05', 'Q06']) {
			expect(after.filter((v) => v.code === code)).toEqual(before.filter((v) => v.code === code));
		}
		const links = await handle.db
			.select({ areaId: areaSuccessors.areaId, successorId: areaSuccessors.successorId })
			.from(areaSuccessors)
			.orderBy(asc(areaSuccessors.successorId));
		expect(links).toEqual([
			{ areaId: oldQ01.id, successorId: q01[1].id },
			{ areaId: oldQ01.id, successorId: q09.id }
		]);
		// The old values stay with the old boundary.
		const old = await handle.db
			.select({ year: indicatorValues.year })
			.from(indicatorValues)
			.where(eq(indicatorValues.areaId, oldQ01.id));
		expect(old.map((v) => v.year).sort()).toEqual([2022, 2023]);
	});

	it('attaches values to the version valid in their year, and names the row of a key without one', async () => {
		await withHistory();
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'quartiere-2024.geojson',
			text: splitGrid(),
			now: later
		});
		const all = await versions();
		const ok = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'einwohner-2024.csv',
			bytes: population([
				['Q01', 2024, 600],
				['Q09', 2024, 500],
				['Q01', 2021, 950]
			]),
			now: later
		});
		expect(ok.ok).toBe(true);
		const rows = await handle.db
			.select({ areaId: indicatorValues.areaId, year: indicatorValues.year })
			.from(indicatorValues)
			.where(sql`${indicatorValues.year} in (2021, 2024)`);
		const idOf = (code: string, validFrom: number | null) =>
			all.find((v) => v.code === code && v.validFrom === validFrom)!.id;
		expect(rows).toEqual(
			expect.arrayContaining([
				{ areaId: idOf('Q01', 2024), year: 2024 },
				{ areaId: idOf('Q09', 2024), year: 2024 },
				{ areaId: idOf('Q01', null), year: 2021 }
			])
		);

		const refused = await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'falsch.csv',
			bytes: population([
				['Q02', 2023, 1200],
				['Q09', 2023, 480]
			]),
			now: later
		});
		expect(refused.ok).toBe(false);
		if (refused.ok) return;
		expect(refused.problems).toEqual([
			expect.objectContaining({
				row: 3,
				column: 'A (Gebiet)',
				code: 'gebiet_nicht_gueltig',
				found: expect.stringContaining('Q09 2023')
			})
		]);
	});

	it('closes both areas of a merge and shows no predecessor values for the merged area', async () => {
		await withHistory();
		const grid = JSON.parse(gridGeoJson()) as { features: Feature[] };
		const merged = {
			properties: { id: 'Q10', name: 'Nordwest', parent: 'Nord', vorgaenger: 'Q01; Q02' },
			geometry: { type: 'Polygon' as const, coordinates: box(6.9, 51.54, 6.94, 51.56) }
		};
		const result = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'fusion.geojson',
			text: JSON.stringify({ ...grid, features: [merged, ...grid.features.slice(2)] }),
			now: later
		});
		expect(result).toMatchObject({ ok: true, details: { beendete_abgrenzungen: 2 } });
		const all = await versions();
		expect(all.filter((v) => v.validTo === null).map((v) => v.code)).toEqual([
			'Q03',
			'Q04',
			'Q05',
			'Q06',
			'Q10'
		]);
		const profile = (await areaProfile(handle.db, TEST_AGS, 'Q10', PLANNER))!;
		expect(profile.seriesBreak?.predecessors.map((p) => p.code)).toEqual(['Q01', 'Q02']);
		expect(profile.indicators.every((i) => i.predecessorSeries.length === 0)).toBe(true);
		// The closed key still has its page: its last boundary, its own years.
		const q01 = (await areaProfile(handle.db, TEST_AGS, 'Q01', PLANNER))!;
		expect(q01.validity).toBe('bis 2023');
		expect(q01.indicators[0].series.map((p) => p.year)).toEqual([2022, 2023]);
	});

	it('gives an area that another one names as predecessor a new version even where its outline stayed', async () => {
		await withHistory();
		const grid = JSON.parse(gridGeoJson()) as { features: Feature[] };
		grid.features[1].properties.vorgaenger = 'Q01';
		const result = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q02-von-q01.geojson',
			text: JSON.stringify(grid),
			now: later
		});
		expect(result).toMatchObject({ ok: true, details: { neue_abgrenzungen: 2 } });
		const current = (await versions()).filter((v) => v.validTo === null);
		expect(current.filter((v) => v.validFrom === 2024).map((v) => v.code)).toEqual(['Q01', 'Q02']);
	});

	it('refuses to close a boundary that already has values from the new first year on', async () => {
		await withHistory();
		const result = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'quartiere-2023.geojson',
			text: splitGrid(),
			validFrom: 2023,
			now: later
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual([
			expect.objectContaining({
				row: 1,
				code: 'werte_nach_grenzaenderung',
				found: 'Q01: Werte 2023'
			})
		]);
		expect((await versions()).every((v) => v.validTo === null)).toBe(true);
	});

	it('undoes a boundary import to exactly the previous state', async () => {
		await withHistory();
		const before = await snapshot();
		const result = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'quartiere-2024.geojson',
			text: splitGrid(),
			now: later
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		await undoImport(handle.db, { ags: TEST_AGS, importId: result.importId, now: later });
		expect(await snapshot()).toBe(before);
	});

	it('re-importing the same boundaries changes no identity and no validity', async () => {
		await withHistory();
		const before = await versions();
		const again = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'quartiere-2015.geojson',
			text: gridGeoJson(),
			now: later
		});
		expect(again).toMatchObject({ ok: true, inserted: 0, replaced: 6 });
		expect(await versions()).toEqual(before);
	});

	it('shows a break in the area series instead of a false difference, and maps each year with its own boundaries', async () => {
		await withHistory();
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'quartiere-2024.geojson',
			text: splitGrid(),
			now: later
		});
		await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'einwohner-2024.csv',
			bytes: population([
				['Q01', 2024, 600],
				['Q09', 2024, 500],
				...['Q02', 'Q03', 'Q04', 'Q05', 'Q06'].map(
					(c, i) => [c, 2024, 1200 + i] as [string, number, number]
				)
			]),
			now: later
		});
		const profile = (await areaProfile(handle.db, TEST_AGS, 'Q01', PLANNER))!;
		expect(profile.seriesBreak).toMatchObject({
			year: 2024,
			predecessors: [{ code: 'Q01', name: 'Quartier 1' }]
		});
		expect(profile.seriesBreak!.text).toContain('2023');
		const row = profile.indicators.find((i) => i.indicator.key === 'einwohner')!;
		expect(row.series.map((p) => [p.year, p.value])).toEqual([[2024, 600]]);
		expect(row.predecessorSeries.map((p) => [p.year, p.value])).toEqual([
			[2022, 1000],
			[2023, 1100]
		]);
		// An area that kept its boundary has one unbroken series.
		const q02 = (await areaProfile(handle.db, TEST_AGS, 'Q02', PLANNER))!;
		expect(q02.seriesBreak).toBeNull();
		expect(
			q02.indicators.find((i) => i.indicator.key === 'einwohner')!.series.map((p) => p.year)
		).toEqual([2022, 2023, 2024]);

		const map2023 = (await municipalityAtlas(handle.db, TEST_AGS, PLANNER, {
			indicator: 'einwohner',
			year: 2023
		}))!;
		const map2024 = (await municipalityAtlas(handle.db, TEST_AGS, PLANNER, {
			indicator: 'einwohner',
			year: 2024
		}))!;
		expect(map2023.rows.map((r) => r.code).sort()).toEqual([
			'Q01',
			'Q02',
			'Q03',
			'Q04',
			'Q05',
			'Q06'
		]);
		expect(map2024.rows.map((r) => r.code).sort()).toEqual([
			'Q01',
			'Q02',
			'Q03',
			'Q04',
			'Q05',
			'Q06',
			'Q09'
		]);

		await publishDataset(handle.db, { ags: TEST_AGS, now: later });
		const data = (await publicData(handle.db, TEST_AGS, { kind: 'public' }))!;
		const geo2023 = JSON.parse(valuesGeoJson(data, 2023)) as { features: { id: string }[] };
		expect(geo2023.features.map((f) => f.id)).toEqual(['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06']);
		const geo2024 = JSON.parse(valuesGeoJson(data, 2024)) as { features: { id: string }[] };
		expect(geo2024.features.map((f) => f.id)).toContain('Q09');
		expect(geo2024.features.filter((f) => f.id === 'Q01')).toHaveLength(1);
	});
});
