import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { seedMonitoringDemo } from '../monitoring/seed';
import { seedPlanningDemo, DEMO_PLAN_AGS } from './demo';
import { fortschreibung, plansFor, programmePage, publicProgramme } from './programme';
import { planningFields } from '$lib/types/planning';

const now = new Date('2026-03-02T09:00:00Z');

// The demo runs on PGlite in every fresh install; one backend is enough to show what it holds.
describe.each(backends.slice(0, 1))('planning demo on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await seedMonitoringDemo(handle.db, now);
		expect(await seedPlanningDemo(handle.db, now)).toBe(true);
	}, 240_000);

	afterAll(async () => {
		await handle?.close();
	});

	it('seeds once, a marked demo plan for Gelsenkirchen', async () => {
		expect(await seedPlanningDemo(handle.db, now)).toBe(false);
		const [plan] = await plansFor(handle.db, DEMO_PLAN_AGS, 'public');
		expect(plan).toMatchObject({ isDemo: true, status: 'beschlossen' });
		expect(plan.title).toContain('(Demo)');
	});

	it('reaches all six fields, names organisations of several kinds and has several Handlungsräume', async () => {
		const [plan] = await plansFor(handle.db, DEMO_PLAN_AGS, 'internal');
		const page = (await programmePage(handle.db, plan.id, 'internal'))!;
		const goalFields = new Set<string>();
		const walk = (gs: typeof page.goalTree) =>
			gs.forEach((g) => {
				g.fields.forEach((f) => goalFields.add(f));
				walk(g.children);
			});
		walk(page.goalTree);
		for (const f of planningFields.filter((f) => f !== 'uebergreifend')) {
			expect(goalFields.has(f), f).toBe(true);
			expect(page.measuresByField[f].length, f).toBeGreaterThan(0);
		}
		expect(page.measures.length).toBeGreaterThanOrEqual(10);
		expect(page.measures.length).toBeLessThanOrEqual(15);
		const kinds = new Set(
			page.measures.flatMap((m) => [m.lead, ...m.partners]).flatMap((o) => (o ? [o.kind] : []))
		);
		expect(kinds.size).toBeGreaterThanOrEqual(6);
		expect(page.measures.flatMap((m) => [m.lead, ...m.partners]).every((o) => !o || o.isDemo)).toBe(
			true
		);
		expect(page.handlungsraeume.map((r) => r.origin)).toContain('mss_aufmerksamkeit');
		expect(page.handlungsraeume.length).toBeGreaterThanOrEqual(4);
		expect(new Set(page.targets.map((t) => t.indicator.key)).size).toBeGreaterThanOrEqual(5);
	});

	it('shows movement, a "nicht bewertbar" and a comparison group in the Fortschreibung', async () => {
		const [plan] = await plansFor(handle.db, DEMO_PLAN_AGS, 'internal');
		const result = (await fortschreibung(handle.db, plan.id, 'internal'))!;
		const statuses = result.targets.map((t) => t.status);
		expect(statuses).toContain('nicht_bewertbar');
		expect(
			result.targets.some((t) => t.evaluation?.latest?.year === 2022 && t.evaluation.change !== 0)
		).toBe(true);
		expect(result.targets.some((t) => t.comparison.group.state === 'ok')).toBe(true);
		const open = await publicProgramme(handle.db, DEMO_PLAN_AGS);
		expect(open?.plans[0].measures.every((m) => m.isPublic)).toBe(true);
	});
});
