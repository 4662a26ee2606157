import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { municipalityAtlas, PUBLIC } from '../monitoring';
import { seedMonitoringDemo } from '../monitoring/seed';
import { seedPlanningDemo, DEMO_PLAN_AGS } from './demo';
import { measuresInAreasLikeMine, searchPractice } from './practice';

const now = new Date('2026-03-02T09:00:00Z');
const BOCHUM = '05911000';

// The demo runs on PGlite in every fresh install; one backend is enough to show what it offers.
describe.each(backends.slice(0, 1))('Praxisbeispiele on the demo on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await seedMonitoringDemo(handle.db, now);
		await seedPlanningDemo(handle.db, now);
	}, 240_000);

	afterAll(async () => {
		await handle?.close();
	});

	it('lists the public demo measures of Gelsenkirchen, and not its internal ones', async () => {
		const all = await searchPractice(handle.db, {});
		expect(all.total).toBe(10);
		expect(all.items.every((i) => i.ags === DEMO_PLAN_AGS && i.plan.isDemo)).toBe(true);
		expect(all.items.map((i) => i.title)).not.toContain('Frühe Hilfen im Hafenquartier (Demo)');
	});

	it('finds Gelsenkirchen’s measures from every indexed Bochum area ("areas like mine")', async () => {
		const atlas = await municipalityAtlas(handle.db, BOCHUM, PUBLIC);
		const indexed = atlas!.rows.filter((r) => r.mss && /^[1-4] /.test(r.mss));
		expect(indexed.length).toBeGreaterThan(20);
		for (const row of indexed) {
			const like = await measuresInAreasLikeMine(handle.db, { ags: BOCHUM, code: row.code });
			expect(like!.total, row.code).toBeGreaterThan(0);
			expect(like!.results.every((r) => r.areas.every((a) => a.ags === DEMO_PLAN_AGS))).toBe(true);
		}
	});
});
