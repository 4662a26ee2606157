import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { seedMonitoringDemo } from '../monitoring/seed';
import { seedPlanningDemo, DEMO_PLAN_AGS } from './demo';
import { fortschreibung, plansFor, programmePage, publicProgramme } from './programme';
import { planningCsv, programmeApiBody } from './exports';
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

	it('gives the API the public part: no budgets, hidden small counts, the non-assessable target without figures', async () => {
		const body = programmeApiBody((await publicProgramme(handle.db, DEMO_PLAN_AGS))!);
		const [plan] = body.plans;
		expect(plan.isDemo).toBe(true);
		expect(plan.measures.length).toBe(10);
		expect(JSON.stringify(plan.measures)).not.toContain('budget');
		// "Abgewendete Räumungen: 2" is below the threshold of 3.
		const outputs = plan.measures.flatMap((m) => m.outputs);
		expect(outputs).toContainEqual({
			label: 'Abgewendete Räumungen',
			count: null,
			suppressed: true
		});
		const hidden = plan.targets.filter((t) => t.status === 'nicht_bewertbar');
		expect(hidden.length).toBeGreaterThan(0);
		for (const t of hidden) expect(t.change).toBeNull();
		expect(body.note).toContain('Entwicklung');
	});

	it('writes measures and targets as CSV that a spreadsheet does not run as formulas', async () => {
		const [plan] = await plansFor(handle.db, DEMO_PLAN_AGS, 'internal');
		const page = (await programmePage(handle.db, plan.id, 'internal'))!;
		const measuresCsv = planningCsv(page, 'measures');
		expect(measuresCsv.startsWith('\uFEFFid;titel;handlungsfelder')).toBe(true);
		expect(measuresCsv).toContain('480000,00');
		const targetsCsv = planningCsv(
			{ ...page, targets: page.targets.map((t) => ({ ...t, goalTitle: '=HYPERLINK("x")' })) },
			'targets'
		);
		expect(targetsCsv).toContain(`"'=HYPERLINK(""x"")"`);
	});
});
