import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { areas, areaSuccessors, auditLog, indicatorValues, monitoringImports } from '../db/schema';
import { MonitoringError } from './errors';
import { loadDataset, PUBLIC } from './read';
import { ensureReferenceData } from './reference';
import {
	discardDraft,
	draftSummary,
	importAndPublishAreas,
	importAndPublishValues,
	importAreas,
	importValues,
	publishDataset,
	publishDraft,
	undoLatestImport
} from './store';
import { clearMonitoringData, gridGeoJson, TEST_AGS, utf8 } from './testing';

const now = new Date('2026-03-02T09:00:00Z');
const later = new Date('2026-03-03T09:00:00Z');
const DRAFT = { kind: 'draft', ags: TEST_AGS } as const;

type Feature = {
	properties: Record<string, unknown>;
	geometry: { type: 'Polygon'; coordinates: number[][][] };
};

/**
 * The default grid (Q01 … Q06) changed three ways: Q01 split into a western Q01 and an eastern
 * Q09 that names Q01 as predecessor, Q02 renamed, and a new area Q10 far to the east.
 */
function changedGrid(): string {
	const grid = JSON.parse(gridGeoJson()) as { features: Feature[] };
	const box = (w: number, s: number, e: number, n: number) => [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	];
	grid.features[0].geometry.coordinates = box(6.9, 51.54, 6.91, 51.56);
	grid.features[1].properties.name = 'Hafen';
	grid.features.push(
		{
			properties: { id: 'Q09', name: 'Quartier 9', parent: 'Nord', vorgaenger: 'Q01' },
			geometry: { type: 'Polygon', coordinates: box(6.91, 51.54, 6.92, 51.56) }
		},
		{
			properties: { id: 'Q10', name: 'Neubaugebiet', parent: 'Süd' },
			geometry: { type: 'Polygon', coordinates: box(7.0, 51.52, 7.02, 51.54) }
		}
	);
	return JSON.stringify(grid);
}

describe.each(backends)('area drafts on $name', (backend) => {
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

	/** The grid and populations for 2022 and 2023, published and public. */
	async function published(): Promise<void> {
		expect(
			(
				await importAndPublishAreas(handle.db, {
					ags: TEST_AGS,
					fileName: 'quartiere.geojson',
					text: gridGeoJson(),
					now
				})
			).ok
		).toBe(true);
		const rows = ['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06'].flatMap((c, i) => [
			`${c};einwohner;2022;${1000 + i}`,
			`${c};einwohner;2023;${1100 + i}`
		]);
		const values = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'einwohner.csv',
			bytes: utf8(['Gebiet;Indikator;Jahr;Wert', ...rows].join('\n')),
			now
		});
		expect(values.ok).toBe(true);
		await publishDataset(handle.db, { ags: TEST_AGS, now });
	}

	/** Everything an area import could touch, to compare before and after. */
	async function snapshot(): Promise<string> {
		const areaRows = await handle.db.select().from(areas).orderBy(asc(areas.id));
		const links = await handle.db.select().from(areaSuccessors);
		const values = await handle.db
			.select()
			.from(indicatorValues)
			.orderBy(asc(indicatorValues.areaId), asc(indicatorValues.year));
		return JSON.stringify({ areaRows, links, values });
	}

	const draftChanged = () =>
		importAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'quartiere-2024.geojson',
			text: changedGrid(),
			now: later
		});

	it('keeps an uploaded boundary file as a draft: the public atlas stays as it was', async () => {
		await published();
		const before = await snapshot();
		const publicBefore = await loadDataset(handle.db, TEST_AGS, PUBLIC);

		const drafted = await draftChanged();
		expect(drafted).toMatchObject({ ok: true, rowCount: 8 });
		expect(await snapshot()).toBe(before);
		expect(await loadDataset(handle.db, TEST_AGS, PUBLIC)).toEqual(publicBefore);
		expect(await draftSummary(handle.db, TEST_AGS)).toMatchObject({
			kind: 'gebiete',
			fileNames: 'quartiere-2024.geojson',
			validFrom: 2024,
			areas: 8,
			added: 1,
			versions: 2,
			closed: 1,
			renamed: 1,
			unchanged: 4,
			areasTotal: 6,
			problems: []
		});
	});

	it('lists what changes per area, so the planner can check the file before publishing', async () => {
		await published();
		await draftChanged();
		const summary = await draftSummary(handle.db, TEST_AGS);
		expect(summary?.kind === 'gebiete' ? summary.changes : null).toEqual([
			{ code: 'Q01', name: 'Quartier 1', change: 'neue_abgrenzung', before: 'Q01' },
			{ code: 'Q09', name: 'Quartier 9', change: 'neue_abgrenzung', before: 'Q01' },
			{ code: 'Q10', name: 'Neubaugebiet', change: 'neu' },
			{ code: 'Q02', name: 'Hafen', change: 'umbenannt', before: 'Quartier 2' }
		]);
	});

	it('shows the planner’s preview with the draft’s boundaries laid over the published values', async () => {
		await published();
		await draftChanged();
		const preview = await loadDataset(handle.db, TEST_AGS, DRAFT);
		const current = preview!.areas.filter((a) => a.validTo === null);
		expect(current.map((a) => [a.code, a.name, a.validFrom]).sort()).toEqual([
			['Q01', 'Quartier 1', 2024],
			['Q02', 'Hafen', null],
			['Q03', 'Quartier 3', null],
			['Q04', 'Quartier 4', null],
			['Q05', 'Quartier 5', null],
			['Q06', 'Quartier 6', null],
			['Q09', 'Quartier 9', 2024],
			['Q10', 'Neubaugebiet', null]
		]);
		// The old Q01 still carries its values, for the years until 2023.
		const oldQ01 = preview!.areas.find((a) => a.code === 'Q01' && a.validTo === 2023)!;
		expect(preview!.values.filter((v) => v.areaId === oldQ01.id).map((v) => v.year)).toEqual([
			2022, 2023
		]);
		expect(current.find((a) => a.code === 'Q09')!.predecessorIds).toEqual([oldQ01.id]);
	});

	it('publishes the draft as the new boundaries, and undo restores the state before exactly', async () => {
		await published();
		const before = await snapshot();
		const drafted = await draftChanged();
		expect(drafted.ok).toBe(true);
		const preview = await loadDataset(handle.db, TEST_AGS, DRAFT);

		const record = await publishDraft(handle.db, {
			ags: TEST_AGS,
			now: later,
			expect: { importId: drafted.ok ? drafted.importId : 0, rowCount: 8 }
		});
		expect(record).toMatchObject({ kind: 'gebiete', status: 'aktiv', rowCount: 8 });
		expect(await draftSummary(handle.db, TEST_AGS)).toBeNull();
		// The public now sees what the preview showed (ids aside: new versions have real ones now).
		const after = await loadDataset(handle.db, TEST_AGS, PUBLIC);
		const shape = (list: readonly { code: string; name: string; validFrom: number | null }[]) =>
			list.map((a) => `${a.code}|${a.name}|${a.validFrom}`).sort();
		expect(shape(after!.areas)).toEqual(shape(preview!.areas));

		await undoLatestImport(handle.db, { ags: TEST_AGS, now: later });
		expect(await snapshot()).toBe(before);
	});

	it('throws a discarded draft away without touching the boundaries, and logs every step', async () => {
		await published();
		const before = await snapshot();
		await draftChanged();
		await discardDraft(handle.db, { ags: TEST_AGS, now: later });
		expect(await snapshot()).toBe(before);
		expect(await draftSummary(handle.db, TEST_AGS)).toBeNull();
		const actions = await handle.db
			.select({ action: auditLog.action })
			.from(auditLog)
			.orderBy(asc(auditLog.id));
		expect(actions.map((a) => a.action)).toEqual(
			expect.arrayContaining(['monitoring.areas.drafted', 'monitoring.areas.draft_discarded'])
		);
	});

	it('replaces an open boundary draft with a newer file', async () => {
		await published();
		const first = await draftChanged();
		const second = await importAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'korrigiert.geojson',
			text: gridGeoJson(),
			now: later
		});
		expect(second.ok).toBe(true);
		const [old] = await handle.db
			.select({ status: monitoringImports.status })
			.from(monitoringImports)
			.where(eq(monitoringImports.id, first.ok ? first.importId : 0));
		expect(old.status).toBe('verworfen');
		expect(await draftSummary(handle.db, TEST_AGS)).toMatchObject({
			fileNames: 'korrigiert.geojson',
			added: 0,
			versions: 0,
			unchanged: 6
		});
	});

	it('keeps values and boundaries apart: one waits while the other is a draft', async () => {
		await published();
		await draftChanged();
		const values = importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'einwohner-2024.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ09;einwohner;2024;500'),
			now: later
		});
		await expect(values).rejects.toMatchObject({ code: 'gebietsentwurf_offen' });

		await discardDraft(handle.db, { ags: TEST_AGS, now: later });
		const drafted = await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'einwohner-2024.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ01;einwohner;2024;500'),
			now: later
		});
		expect(drafted.ok).toBe(true);
		await expect(draftChanged()).rejects.toMatchObject({ code: 'werteentwurf_offen' });
	});

	it('refuses to publish a draft the current areas no longer fit, and changes nothing', async () => {
		await published();
		expect((await draftChanged()).ok).toBe(true);
		// Undoing the published values and then the areas leaves the draft's predecessor unknown.
		await undoLatestImport(handle.db, { ags: TEST_AGS, now: later });
		await undoLatestImport(handle.db, { ags: TEST_AGS, now: later });
		const before = await snapshot();
		const summary = await draftSummary(handle.db, TEST_AGS);
		expect(summary?.kind === 'gebiete' && summary.problems.map((p) => p.code)).toEqual([
			'vorgaenger_unbekannt'
		]);
		const refused = publishDraft(handle.db, { ags: TEST_AGS, now: later });
		await expect(refused).rejects.toBeInstanceOf(MonitoringError);
		await expect(publishDraft(handle.db, { ags: TEST_AGS, now: later })).rejects.toMatchObject({
			code: 'gebietsentwurf_veraltet'
		});
		expect(await snapshot()).toBe(before);
	});
});
