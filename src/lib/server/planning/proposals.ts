/**
 * World Café ideas and the Handlungsprogramm: which harvested ideas a planner may take up, and
 * which ideas were taken up (for the harvest pages). The World Café module reads these through
 * the planning index; it never reads measures itself.
 */
import { and, count, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../db';
import {
	cafeIdeas,
	cafeNotes,
	cafeTables,
	cafeVotes,
	editions,
	measures,
	plans,
	worldCafes
} from '../db/schema';
import { municipalityByAgs } from '$lib/reference/municipalities';

export interface TakenUp {
	planTitle: string;
	/** The plan's municipality; null for a Kreis plan (no single public page to link to). */
	ags: string | null;
	measureId: number;
	/** Shown on the public pages: a public measure of a plan that is no longer a draft. */
	public: boolean;
}

/** Idea id → the measures proposed from it (ideas never taken up are absent). */
export async function ideasTakenUp(
	db: Database,
	ideaIds: readonly number[]
): Promise<Map<number, TakenUp[]>> {
	const out = new Map<number, TakenUp[]>();
	const ids = [...new Set(ideaIds)];
	if (ids.length === 0) return out;
	const rows = await db
		.select({
			ideaId: measures.ideaId,
			measureId: measures.id,
			isPublic: measures.isPublic,
			planTitle: plans.title,
			ags: plans.ags,
			planStatus: plans.status
		})
		.from(measures)
		.innerJoin(plans, eq(plans.id, measures.planId))
		.where(inArray(measures.ideaId, ids))
		.orderBy(measures.id);
	for (const r of rows) {
		if (r.ideaId === null) continue;
		const list = out.get(r.ideaId) ?? [];
		list.push({
			planTitle: r.planTitle,
			ags: r.ags,
			measureId: r.measureId,
			public: r.isPublic && r.planStatus !== 'entwurf'
		});
		out.set(r.ideaId, list);
	}
	return out;
}

/** Only what the public may see: the public take-ups, ideas with none dropped. */
export function publicTakeUps(taken: Map<number, TakenUp[]>): Map<number, TakenUp[]> {
	const out = new Map<number, TakenUp[]>();
	for (const [id, list] of taken) {
		const shown = list.filter((x) => x.public);
		if (shown.length) out.set(id, shown);
	}
	return out;
}

export interface HarvestedIdea {
	id: number;
	text: string;
	fields: string[];
	votes: number;
	year: number;
	cafeTitle: string;
	topic: string;
	/** The measure of this plan proposed from the idea, if any. */
	measureId: number | null;
}

/**
 * Ideas of published World Café harvests, most votes first (then the newest edition), each with
 * the measure of `planId` that took it up. At most `limit` ideas.
 */
export async function harvestedIdeas(
	db: Database,
	planId: number,
	limit = 30
): Promise<HarvestedIdea[]> {
	const tally = db
		.select({ ideaId: cafeVotes.ideaId, votes: count().as('votes') })
		.from(cafeVotes)
		.groupBy(cafeVotes.ideaId)
		.as('tally');
	const taken = db
		.select({
			ideaId: measures.ideaId,
			measureId: sql<number>`min(${measures.id})`.as('measure_id')
		})
		.from(measures)
		.where(and(eq(measures.planId, planId), isNotNull(measures.ideaId)))
		.groupBy(measures.ideaId)
		.as('taken');
	const votes = sql<number>`coalesce(${tally.votes}, 0)`;
	const rows = await db
		.select({
			id: cafeIdeas.id,
			text: cafeIdeas.text,
			fields: cafeIdeas.fields,
			votes,
			year: editions.year,
			cafeTitle: worldCafes.title,
			topic: cafeTables.topic,
			measureId: taken.measureId
		})
		.from(cafeIdeas)
		.innerJoin(cafeNotes, eq(cafeNotes.id, cafeIdeas.noteId))
		.innerJoin(cafeTables, eq(cafeTables.id, cafeNotes.tableId))
		.innerJoin(worldCafes, eq(worldCafes.id, cafeTables.cafeId))
		.innerJoin(editions, eq(editions.id, worldCafes.editionId))
		.leftJoin(tally, eq(tally.ideaId, cafeIdeas.id))
		.leftJoin(taken, eq(taken.ideaId, cafeIdeas.id))
		.where(and(isNotNull(worldCafes.publishedHarvest), ne(sql`trim(${cafeIdeas.text})`, '')))
		.orderBy(desc(votes), desc(editions.year), cafeIdeas.id)
		.limit(limit);
	return rows.map((r) => ({
		...r,
		votes: Number(r.votes),
		measureId: r.measureId === null ? null : Number(r.measureId)
	}));
}

/**
 * The harvest pages' marks: per idea the plan's name (municipality and title) and a link to the
 * measure on the municipality's public measures page — only for a public measure.
 */
export function takeUpMarks(
	taken: Map<number, TakenUp[]>
): Record<number, { plan: string; href: string | null }[]> {
	const out: Record<number, { plan: string; href: string | null }[]> = {};
	for (const [id, list] of taken)
		out[id] = list.map((x) => {
			const place = x.ags ? municipalityByAgs(x.ags)?.name : undefined;
			return {
				plan: place ? `${place}: ${x.planTitle}` : x.planTitle,
				href: x.public && x.ags ? `/atlas/${x.ags}/massnahmen#massnahme-${x.measureId}` : null
			};
		});
	return out;
}
