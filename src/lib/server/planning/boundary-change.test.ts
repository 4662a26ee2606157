import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { areas, handlungsraumAreas } from '../db/schema';
import {
	importAndPublishAreas,
	importAndPublishValues,
	listImports,
	MonitoringError,
	undoImport
} from '../monitoring';
import { ensureReferenceData } from '../monitoring/reference';
import { gridGeoJson, rectangle } from '../monitoring/testing';
import { PlanningError } from './errors';
import { programmePage } from './programme';
import {
	carryOverHandlungsraum,
	createPlan,
	createTarget,
	saveGoal,
	saveHandlungsraum
} from './store';
import { TOWN, municipalityWithData, planner, shareOf, valuesCsv } from './testing';

const now = new Date('2026-03-02T09:00:00Z');
const later = new Date('2026-03-05T09:00:00Z');

const box = (west: number, south: number, east: number, north: number) =>
	rectangle(west, south, east, north).coordinates;

/**
 * The 4 × 2 grid of `municipalityWithData` (Q01 … Q08) with Q01 — 6.90–6.92 E, 51.54–51.56 N —
 * split into a western Q01 and an eastern Q09 that names Q01 as its predecessor.
 */
function splitQ01(): string {
	const grid = JSON.parse(gridGeoJson({ columns: 4, rows: 2 })) as {
		features: { properties: Record<string, unknown>; geometry: { coordinates: unknown } }[];
	};
	grid.features[0].geometry.coordinates = box(6.9, 51.54, 6.91, 51.56);
	grid.features.push({
		properties: { id: 'Q09', name: 'Quartier 9', vorgaenger: 'Q01' },
		geometry: { type: 'Polygon', coordinates: box(6.91, 51.54, 6.92, 51.56) } as never
	});
	return JSON.stringify(grid);
}

async function refusal<E extends Error>(promise: Promise<unknown>, type: new (...a: never[]) => E) {
	try {
		await promise;
	} catch (error) {
		if (error instanceof type) return error;
		throw error;
	}
	throw new Error(`expected a ${type.name}`);
}

describe.each(backends)('a Handlungsraum across a boundary change on $name', (backend) => {
	let handle: DatabaseHandle;
	let db: DatabaseHandle['db'];
	let planId: number;
	let raumId: number;
	const id: Record<string, number> = {};

	beforeAll(async () => {
		handle = await backend.open();
		db = handle.db;
		await ensureReferenceData(db);
		await municipalityWithData(db, TOWN, now);
		const plan = await createPlan(
			db,
			planner(),
			{ kind: 'gemeinde', ags: TOWN },
			{ title: 'Handlungsprogramm Nord', periodStart: 2020, periodEnd: 2030, baselineYear: 2019 },
			now
		);
		planId = plan.id;
		for (const a of await db.select().from(areas).where(eq(areas.ags, TOWN))) id[a.code] = a.id;
		raumId = (
			await saveHandlungsraum(
				db,
				planner(),
				planId,
				{ name: 'Nord', areaIds: [id.Q01, id.Q02] },
				now
			)
		).id;
		const goal = await saveGoal(
			db,
			planner(),
			planId,
			{ level: 'leitziel', fields: ['arbeit'], title: 'Arbeit' },
			now
		);
		await createTarget(
			db,
			planner(),
			planId,
			{
				goalId: goal.id,
				indicatorKey: 'sgb2_quote',
				handlungsraumId: raumId,
				targetYear: 2028,
				kind: 'absolute',
				targetValue: 5
			},
			now
		);
		// From 2022 Q01 is two areas: Q01 (west) and Q09 (east); values for 2022 on the new ones.
		const split = await importAndPublishAreas(db, {
			ags: TOWN,
			fileName: 'quartiere-2022.geojson',
			text: splitQ01(),
			validFrom: 2022,
			now: later
		});
		expect(split.ok).toBe(true);
		const values = await importAndPublishValues(db, {
			ags: TOWN,
			fileName: 'werte-2022.csv',
			bytes: new TextEncoder().encode(valuesCsv(9, [2022])),
			now: later
		});
		expect(values.ok).toBe(true);
		for (const a of await db.select().from(areas).where(eq(areas.ags, TOWN)))
			if (a.validFrom === 2022) id[`${a.code}'`] = a.id;
	});

	afterAll(async () => {
		await handle?.close();
	});

	const raum = async () =>
		(await programmePage(db, planId, 'internal'))!.handlungsraeume.find((r) => r.id === raumId)!;
	const target = async () => (await programmePage(db, planId, 'internal'))!.targets[0];

	it('shows the ended area as an earlier boundary and proposes its successors', async () => {
		const nord = await raum();
		expect(nord.areas.map((a) => a.code)).toEqual(['Q02']);
		expect(nord.earlierAreas).toEqual([expect.objectContaining({ code: 'Q01', validTo: 2021 })]);
		expect(nord.carryOver?.ended.map((a) => a.id)).toEqual([id.Q01]);
		expect(nord.carryOver?.successors).toEqual([
			expect.objectContaining({ id: id["Q01'"], code: 'Q01', validFrom: 2022, alsoFrom: [] }),
			expect.objectContaining({ id: id["Q09'"], code: 'Q09', validFrom: 2022, alsoFrom: [] })
		]);
		// The public view has nothing to decide.
		const pub = (await programmePage(db, planId, 'public'))?.handlungsraeume ?? [];
		expect(pub.every((r) => r.carryOver === null)).toBe(true);
	});

	it('does not compare 2022 (Q02 alone) with the baseline (Q01 and Q02): a Zeitreihenbruch', async () => {
		const t = await target();
		expect(t.series.map((p) => p.year)).toContain(2022);
		expect(t.status).toBe('zeitreihenbruch');
	});

	it('carries the Handlungsraum over: the series goes on over the same ground', async () => {
		expect(await carryOverHandlungsraum(db, planner(), planId, raumId, later)).toEqual({
			added: 2
		});
		const nord = await raum();
		expect(nord.carryOver).toBeNull();
		expect(nord.areas.map((a) => a.id)).toEqual(
			[id["Q01'"], id.Q02, id["Q09'"]].sort((a, b) => a - b)
		);
		expect(nord.earlierAreas.map((a) => a.id)).toEqual([id.Q01]);
		const t = await target();
		expect(t.status).not.toBe('zeitreihenbruch');
		// 2022 pools Q01 (west), Q02 and Q09: areas 1, 2 and 9 of `valuesCsv(9, [2022])`.
		const cases = [1, 2, 9].map((i) => Math.round(shareOf(i, 9, 2022) * 10));
		expect(t.evaluation?.latest?.year).toBe(2022);
		expect(t.evaluation?.latest?.value).toBeCloseTo(
			(cases.reduce((a, b) => a + b, 0) / 3000) * 100,
			6
		);
		const error = await refusal(
			carryOverHandlungsraum(db, planner(), planId, raumId, later),
			PlanningError
		);
		expect(error.code).toBe('keine_gebietsaenderung');
	});

	it('keeps the earlier boundary when the Handlungsraum is edited, and sees a part left out', async () => {
		await saveHandlungsraum(
			db,
			planner(),
			planId,
			{ id: raumId, name: 'Nord', areaIds: [id["Q01'"], id.Q02] },
			later
		);
		const held = await db
			.select({ areaId: handlungsraumAreas.areaId })
			.from(handlungsraumAreas)
			.where(eq(handlungsraumAreas.handlungsraumId, raumId))
			.orderBy(asc(handlungsraumAreas.areaId));
		expect(held.map((r) => r.areaId)).toEqual([id.Q01, id.Q02, id["Q01'"]].sort((a, b) => a - b));
		// Q09 was left out on purpose: nothing more is proposed, and 2022 is other ground.
		expect((await raum()).carryOver).toBeNull();
		expect((await target()).status).toBe('zeitreihenbruch');
	});
	it('refuses to undo the area import while a Handlungsraum uses its areas, changing nothing', async () => {
		const before = await db.select().from(areas).orderBy(asc(areas.id));
		const imports = await listImports(db, TOWN);
		const latest = (kind: string) => imports.find((i) => i.kind === kind && i.status === 'aktiv')!;
		// The 2022 values go first (only the latest import can be undone), then the split.
		await undoImport(db, { ags: TOWN, importId: latest('werte').id, now: later });
		const error = await refusal(
			undoImport(db, { ags: TOWN, importId: latest('gebiete').id, now: later }),
			MonitoringError
		);
		expect(error.code).toBe('gebiete_in_verwendung');
		expect(await db.select().from(areas).orderBy(asc(areas.id))).toEqual(before);
	});
});
