/**
 * Measures proposed from World Café ideas (the harvest then shows the idea as taken up).
 */
import { planningFields } from '$lib/types/planning';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db';
import { cafeIdeas, cafeNotes, cafeTables, editions, measures, worldCafes } from '../../db/schema';
import { PlanningError } from '../errors';
import { audit, guardedPlan, inScope, scopeOf, type PlanningActor } from './guard';

/** The longest measure title (the `MeasureInput` title's maximum). */
export const MEASURE_TITLE_MAX = 300;

/** A title from an idea's text: one line, cut at a word before the maximum with "…". */
export function titleFromIdea(text: string, max = MEASURE_TITLE_MAX): string {
	const line = text.replace(/\s+/g, ' ').trim();
	if (line.length <= max) return line;
	const cut = line.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A measure proposal from an idea of a published World Café harvest: status `geplant`, not
 * public, its title the idea's text, its description naming the café (edition year, topic, table),
 * its Handlungsfelder the idea's tags (`uebergreifend` when it has none) and `idea_id` set, so
 * the harvest shows the idea as taken up. An idea is taken up at most once per plan.
 */
export async function proposeMeasureFromIdea(
	db: Database,
	actor: PlanningActor,
	planId: number,
	ideaId: number,
	now: Date
): Promise<{ id: number }> {
	const plan = await guardedPlan(db, actor, planId);
	return inScope(db, scopeOf(plan), async (tx) => {
		const [idea] = await tx
			.select({
				text: cafeIdeas.text,
				fields: cafeIdeas.fields,
				round: cafeNotes.round,
				table: cafeTables.label,
				topic: cafeTables.topic,
				cafeTitle: worldCafes.title,
				year: editions.year
			})
			.from(cafeIdeas)
			.innerJoin(cafeNotes, eq(cafeNotes.id, cafeIdeas.noteId))
			.innerJoin(cafeTables, eq(cafeTables.id, cafeNotes.tableId))
			.innerJoin(worldCafes, eq(worldCafes.id, cafeTables.cafeId))
			.innerJoin(editions, eq(editions.id, worldCafes.editionId))
			.where(and(eq(cafeIdeas.id, ideaId), isNotNull(worldCafes.publishedHarvest)));
		if (!idea || idea.text.trim() === '') throw new PlanningError('idee_unbekannt', 'ideaId');
		const [taken] = await tx
			.select({ id: measures.id })
			.from(measures)
			.where(and(eq(measures.planId, planId), eq(measures.ideaId, ideaId)));
		if (taken) throw new PlanningError('idee_aufgegriffen', 'ideaId');
		const fields = planningFields.filter((f) => idea.fields.includes(f));
		const [row] = await tx
			.insert(measures)
			.values({
				planId,
				title: titleFromIdea(idea.text),
				description:
					`Idee aus dem World Café „${idea.cafeTitle}“ der Sozialkonferenz Ruhr ${idea.year}, ` +
					`Thema „${idea.topic}“, ${idea.table}, Runde ${idea.round + 1}:\n\n${idea.text.trim()}`,
				fields: fields.length ? fields : ['uebergreifend'],
				status: 'geplant',
				isPublic: false,
				ideaId,
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: measures.id });
		await audit(tx, actor, now, 'measure.proposed_from_idea', 'measure', row.id, {
			planId,
			ideaId
		});
		return { id: row.id };
	});
}
