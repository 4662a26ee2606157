import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import {
	auditLog,
	cafeIdeas,
	cafeNotes,
	cafeTables,
	editions,
	measures,
	plans,
	worldCafes
} from '../db/schema';
import { ensureReferenceData } from '../monitoring/reference';
import { PlanningError } from './errors';
import { harvestedIdeas, ideasTakenUp, publicTakeUps, takeUpMarks } from './proposals';
import { createPlan, proposeMeasureFromIdea, titleFromIdea } from './store';
import { KREIS_TOWN, TOWN, planner } from './testing';

const now = new Date('2026-03-02T09:00:00Z');

async function refusal(promise: Promise<unknown>): Promise<PlanningError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof PlanningError) return error;
		throw error;
	}
	throw new Error('expected a PlanningError');
}

describe.each(backends)('measures proposed from World Café ideas on $name', (backend) => {
	let handle: DatabaseHandle;
	let db: DatabaseHandle['db'];
	let planId: number;
	let tagged: number;
	let untagged: number;
	let unpublished: number;

	/** A café of the 2025 edition with one table; its harvest published or not. */
	async function cafeWithIdeas(
		year: number,
		published: boolean,
		ideas: { text: string; fields: string[] }[]
	): Promise<number[]> {
		const [edition] = await db
			.insert(editions)
			.values({ year, title: `Sozialkonferenz ${year}` })
			.returning({ id: editions.id });
		const [cafe] = await db
			.insert(worldCafes)
			.values({
				editionId: edition.id,
				title: `Café ${year}`,
				rounds: 2,
				roundMinutes: 20,
				createdAt: now,
				publishedHarvest: published ? { title: 'Ernte', topics: [] } : null
			})
			.returning({ id: worldCafes.id });
		const [table] = await db
			.insert(cafeTables)
			.values({
				cafeId: cafe.id,
				label: 'Tisch 1',
				topic: 'Wohnen im Quartier',
				hostName: 'Gast',
				capacity: 6
			})
			.returning({ id: cafeTables.id });
		const [note] = await db
			.insert(cafeNotes)
			.values({ tableId: table.id, round: 1, updatedAt: now })
			.returning({ id: cafeNotes.id });
		const rows = await db
			.insert(cafeIdeas)
			.values(ideas.map((idea, i) => ({ noteId: note.id, key: `k${i}`, position: i, ...idea })))
			.returning({ id: cafeIdeas.id });
		return rows.map((r) => r.id);
	}

	beforeAll(async () => {
		handle = await backend.open();
		db = handle.db;
		await ensureReferenceData(db);
		planId = (
			await createPlan(
				db,
				planner(),
				{ kind: 'gemeinde', ags: TOWN },
				{
					title: 'Handlungsprogramm 2025–2030',
					periodStart: 2025,
					periodEnd: 2030,
					baselineYear: 2019
				},
				now
			)
		).id;
		[tagged, untagged] = await cafeWithIdeas(2025, true, [
			{ text: '  Nachbarschaftstreffs in leerstehenden Läden  ', fields: ['wohnen', 'kultur'] },
			{ text: 'Mehr miteinander reden', fields: [] }
		]);
		[unpublished] = await cafeWithIdeas(2026, false, [{ text: 'Noch nicht geerntet', fields: [] }]);
	});

	afterAll(async () => {
		await handle?.close();
	});

	const measureCount = async () =>
		(await db.select({ n: sql<number>`count(*)::int` }).from(measures))[0].n;

	it('creates an internal, planned measure from the idea, naming the café it came from', async () => {
		const { id } = await proposeMeasureFromIdea(db, planner(), planId, tagged, now);
		const [m] = await db.select().from(measures).where(eq(measures.id, id));
		expect(m).toMatchObject({
			planId,
			title: 'Nachbarschaftstreffs in leerstehenden Läden',
			status: 'geplant',
			isPublic: false,
			ideaId: tagged,
			fields: ['wohnen', 'kultur']
		});
		expect(m.description).toContain('Café 2025');
		expect(m.description).toContain('2025');
		expect(m.description).toContain('Wohnen im Quartier');
		expect(m.description).toContain('Tisch 1');
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'measure.proposed_from_idea'));
		expect(entry).toMatchObject({ subjectType: 'measure', subjectId: String(id) });
		expect(entry.details).toMatchObject({ planId, ideaId: tagged });
	});

	it('files an idea without Handlungsfeld under "übergreifend"', async () => {
		const { id } = await proposeMeasureFromIdea(db, planner(), planId, untagged, now);
		const [m] = await db.select().from(measures).where(eq(measures.id, id));
		expect(m.fields).toEqual(['uebergreifend']);
	});

	it('refuses to take up the same idea twice in one plan, on the idea field', async () => {
		const before = await measureCount();
		const error = await refusal(proposeMeasureFromIdea(db, planner(), planId, tagged, now));
		expect(error.code).toBe('idee_aufgegriffen');
		expect(error.field).toBe('ideaId');
		expect(await measureCount()).toBe(before);
	});

	it('refuses ideas of harvests not published and ideas that do not exist', async () => {
		const before = await measureCount();
		for (const id of [unpublished, 999_999]) {
			const error = await refusal(proposeMeasureFromIdea(db, planner(), planId, id, now));
			expect(error.code).toBe('idee_unbekannt');
			expect(error.field).toBe('ideaId');
		}
		expect(await measureCount()).toBe(before);
	});

	it('refuses a planner of another municipality and stores nothing', async () => {
		const before = await measureCount();
		const audits = (await db.select().from(auditLog)).length;
		const error = await refusal(
			proposeMeasureFromIdea(db, planner(KREIS_TOWN), planId, untagged, now)
		);
		expect(error.code).toBe('keine_berechtigung');
		expect(await measureCount()).toBe(before);
		expect((await db.select().from(auditLog)).length).toBe(audits);
	});

	it('tells the harvest which ideas were taken up, and shows the public only public measures', async () => {
		const taken = await ideasTakenUp(db, [tagged, untagged, unpublished]);
		expect([...taken.keys()].sort()).toEqual([tagged, untagged].sort());
		expect(taken.get(tagged)).toEqual([
			expect.objectContaining({
				planTitle: 'Handlungsprogramm 2025–2030',
				ags: TOWN,
				public: false
			})
		]);
		expect(publicTakeUps(taken).size).toBe(0);

		const measureId = taken.get(tagged)![0].measureId;
		await db.update(measures).set({ isPublic: true }).where(eq(measures.id, measureId));
		// A public measure of a draft plan is not yet on the public pages.
		expect(publicTakeUps(await ideasTakenUp(db, [tagged])).size).toBe(0);
		await db
			.update(plans)
			.set({ status: 'beschlossen', decidedOn: '2026-02-01' })
			.where(eq(plans.id, planId));
		const shown = publicTakeUps(await ideasTakenUp(db, [tagged, untagged]));
		expect([...shown.keys()]).toEqual([tagged]);
		expect(takeUpMarks(shown)[tagged]).toEqual([
			{
				plan: 'Bottrop: Handlungsprogramm 2025–2030',
				href: `/atlas/${TOWN}/massnahmen#massnahme-${measureId}`
			}
		]);
		expect(shown.get(tagged)).toEqual([
			{ planTitle: 'Handlungsprogramm 2025–2030', ags: TOWN, measureId, public: true }
		]);
	});

	it('offers the planner the ideas of published harvests only, each with its measure in the plan', async () => {
		const offered = await harvestedIdeas(db, planId);
		expect(offered.map((i) => i.id).sort()).toEqual([tagged, untagged].sort());
		expect(offered.every((i) => i.year === 2025 && i.measureId !== null)).toBe(true);
	});

	it('cuts a long idea at a word to fit the title', () => {
		const title = titleFromIdea(`${'Wort '.repeat(100)}Ende`);
		expect(title.length).toBeLessThanOrEqual(300);
		expect(title.endsWith('Wort…')).toBe(true);
	});
});
