/**
 * Handlungsräume: named sets of areas of a plan's scope, and taking over the areas the MSS marks
 * for attention, and carrying them over a boundary change (decision 0044).
 */
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db';
import { areas, handlungsraeume, handlungsraumAreas, measureAreas, targets } from '../../db/schema';
import { DEFAULT_ATTENTION_CELLS, isGesamtindexCell, municipalityAtlas } from '../../monitoring';
import { PlanningError } from '../errors';
import { HandlungsraumInput, parseInput, type Plan } from '../model';
import { carryOverProposal } from '../territory';
import { scopeAreas, scopeMunicipalities, scopeSuccessorLinks } from '../values';
import { audit, guardedPlan, inScope, scopeOf, type PlanningActor } from './guard';

async function refuseAreasOutside(
	tx: Transaction,
	plan: Plan,
	areaIds: readonly number[]
): Promise<void> {
	const inScope = new Set((await scopeAreas(tx, plan)).map((a) => a.id));
	if (areaIds.some((id) => !inScope.has(id)))
		throw new PlanningError('gebiet_ausserhalb', 'areaIds');
}

export async function raumOf(tx: Transaction, planId: number, id: number) {
	const [raum] = await tx
		.select()
		.from(handlungsraeume)
		.where(and(eq(handlungsraeume.id, id), eq(handlungsraeume.planId, planId)));
	if (!raum) throw new PlanningError('handlungsraum_unbekannt', 'handlungsraumId');
	return raum;
}

async function refuseDuplicateRaumName(
	tx: Transaction,
	planId: number,
	name: string,
	exceptId: number | null
) {
	const [taken] = await tx
		.select({ id: handlungsraeume.id })
		.from(handlungsraeume)
		.where(
			and(
				eq(handlungsraeume.planId, planId),
				eq(handlungsraeume.name, name),
				exceptId ? ne(handlungsraeume.id, exceptId) : undefined
			)
		);
	if (taken) throw new PlanningError('handlungsraum_name_vergeben', 'name');
}

/** Creates a Handlungsraum (no `id`) or replaces the name, description and areas of one. */
export async function saveHandlungsraum(
	db: Database,
	actor: PlanningActor,
	planId: number,
	input: HandlungsraumInput & { id?: number | null },
	now: Date
): Promise<{ id: number }> {
	const data = parseInput(HandlungsraumInput, input);
	const plan = await guardedPlan(db, actor, planId);
	return inScope(db, scopeOf(plan), async (tx) => {
		const existing = input.id ? await raumOf(tx, planId, input.id) : null;
		if (existing?.kind === 'gemeinde')
			throw new PlanningError('gesamtgemeinde_fest', 'handlungsraumId');
		await refuseAreasOutside(tx, plan, data.areaIds);
		await refuseDuplicateRaumName(tx, planId, data.name, existing?.id ?? null);
		let id: number;
		if (existing) {
			id = existing.id;
			await tx
				.update(handlungsraeume)
				.set({ name: data.name, description: data.description })
				.where(eq(handlungsraeume.id, id));
			// The form lists the current areas; the earlier boundary versions a Handlungsraum holds
			// carry its years before a boundary change and stay (decision 0044).
			await tx
				.delete(handlungsraumAreas)
				.where(
					and(
						eq(handlungsraumAreas.handlungsraumId, id),
						inArray(
							handlungsraumAreas.areaId,
							tx.select({ id: areas.id }).from(areas).where(isNull(areas.validTo))
						)
					)
				);
		} else {
			const [row] = await tx
				.insert(handlungsraeume)
				.values({
					planId,
					name: data.name,
					description: data.description,
					position: await nextRaumPosition(tx, planId)
				})
				.returning({ id: handlungsraeume.id });
			id = row.id;
		}
		await tx
			.insert(handlungsraumAreas)
			.values(data.areaIds.map((areaId) => ({ handlungsraumId: id, areaId })));
		await audit(
			tx,
			actor,
			now,
			existing ? 'handlungsraum.updated' : 'handlungsraum.created',
			'handlungsraum',
			id,
			{
				planId,
				areas: data.areaIds.length
			}
		);
		return { id };
	});
}

/**
 * Carries a Handlungsraum over a boundary change (decision 0044): the later versions of its
 * areas whose boundary ended join it, so that its series goes on after the change; the ended
 * versions stay for the years before. Refused when there is nothing to carry over.
 */
export async function carryOverHandlungsraum(
	db: Database,
	actor: PlanningActor,
	planId: number,
	id: number,
	now: Date
): Promise<{ added: number }> {
	const plan = await guardedPlan(db, actor, planId);
	return inScope(db, scopeOf(plan), async (tx) => {
		const raum = await raumOf(tx, planId, id);
		if (raum.kind === 'gemeinde') throw new PlanningError('gesamtgemeinde_fest', 'handlungsraumId');
		const members = await tx
			.select({ id: areas.id, validFrom: areas.validFrom, validTo: areas.validTo })
			.from(handlungsraumAreas)
			.innerJoin(areas, eq(areas.id, handlungsraumAreas.areaId))
			.where(eq(handlungsraumAreas.handlungsraumId, id));
		const proposal = carryOverProposal(members, await scopeSuccessorLinks(tx, plan));
		if (!proposal) throw new PlanningError('keine_gebietsaenderung', 'handlungsraumId');
		await tx
			.insert(handlungsraumAreas)
			.values(proposal.successors.map((s) => ({ handlungsraumId: id, areaId: s.id })))
			.onConflictDoNothing();
		await audit(tx, actor, now, 'handlungsraum.carried_over', 'handlungsraum', id, {
			planId,
			ended: proposal.ended.length,
			added: proposal.successors.length
		});
		return { added: proposal.successors.length };
	});
}

async function nextRaumPosition(tx: Transaction, planId: number): Promise<number> {
	const [row] = await tx
		.select({ n: sql<number>`coalesce(max(${handlungsraeume.position}), -1) + 1`.mapWith(Number) })
		.from(handlungsraeume)
		.where(eq(handlungsraeume.planId, planId));
	return row.n;
}

export async function deleteHandlungsraum(
	db: Database,
	actor: PlanningActor,
	planId: number,
	id: number,
	now: Date
): Promise<void> {
	const plan = await guardedPlan(db, actor, planId);
	await inScope(db, scopeOf(plan), async (tx) => {
		const raum = await raumOf(tx, planId, id);
		if (raum.kind === 'gemeinde') throw new PlanningError('gesamtgemeinde_fest', 'handlungsraumId');
		const [usedByTarget] = await tx
			.select({ id: targets.id })
			.from(targets)
			.where(eq(targets.handlungsraumId, id))
			.limit(1);
		const [usedByMeasure] = await tx
			.select({ id: measureAreas.measureId })
			.from(measureAreas)
			.where(eq(measureAreas.handlungsraumId, id))
			.limit(1);
		if (usedByTarget || usedByMeasure)
			throw new PlanningError('handlungsraum_in_gebrauch', 'handlungsraumId');
		await tx.delete(handlungsraeume).where(eq(handlungsraeume.id, id));
		await audit(tx, actor, now, 'handlungsraum.deleted', 'handlungsraum', id, {
			planId,
			name: raum.name
		});
	});
}

/**
 * "Take over the MSS attention areas": a new Handlungsraum with the areas the monitoring's MSS
 * index marks for special attention (Gesamtindex cells 4+, 4+/−, 4−, 3−) in a municipality of the
 * plan, computed on the municipality's own data as the planner sees it.
 */
export async function takeOverAttentionAreas(
	db: Database,
	actor: PlanningActor,
	planId: number,
	input: { ags?: string | null; name?: string | null },
	now: Date
): Promise<{ id: number; areaCount: number; mssYear: number }> {
	const plan = await guardedPlan(db, actor, planId);
	const ags = input.ags ?? plan.ags;
	if (!ags) throw new PlanningError('gemeinde_ausserhalb', 'ags');
	const members = await scopeMunicipalities(db, plan);
	const municipality = members.find((m) => m.ags === ags);
	if (!municipality) throw new PlanningError('gemeinde_ausserhalb', 'ags');
	const attention = await attentionAreaCodes(db, ags);
	if (!attention || attention.codes.length === 0)
		throw new PlanningError('keine_aufmerksamkeitsgebiete', 'ags');
	const name =
		input.name?.trim() || `MSS-Aufmerksamkeitsgebiete ${municipality.name} ${attention.year}`;
	return inScope(db, scopeOf(plan), async (tx) => {
		const rows = await tx
			.select({ id: areas.id })
			.from(areas)
			.where(
				and(
					eq(areas.ags, ags),
					inArray(areas.code, attention.codes),
					// The boundaries of the MSS year the attention areas were found in.
					sql`(${areas.validFrom} is null or ${areas.validFrom} <= ${attention.year})`,
					sql`(${areas.validTo} is null or ${areas.validTo} >= ${attention.year})`
				)
			);
		await refuseDuplicateRaumName(tx, planId, name, null);
		const [raum] = await tx
			.insert(handlungsraeume)
			.values({
				planId,
				name,
				description: `Gebiete mit besonderer Aufmerksamkeit nach dem Monitoring-Index (MSS-Methode), Stand ${attention.year}.`,
				origin: 'mss_aufmerksamkeit',
				mssYear: attention.year,
				position: await nextRaumPosition(tx, planId)
			})
			.returning({ id: handlungsraeume.id });
		await tx
			.insert(handlungsraumAreas)
			.values(rows.map((r) => ({ handlungsraumId: raum.id, areaId: r.id })));
		await audit(tx, actor, now, 'handlungsraum.mss_taken_over', 'handlungsraum', raum.id, {
			planId,
			ags,
			mssYear: attention.year,
			areas: rows.length
		});
		return { id: raum.id, areaCount: rows.length, mssYear: attention.year };
	});
}

/**
 * The codes of a municipality's MSS attention areas, read through the monitoring's atlas (the
 * Gesamtindex cell of each row) — monitoring knows nothing of planning.
 */
export async function attentionAreaCodes(
	db: Database,
	ags: string
): Promise<{ year: number; codes: string[] } | null> {
	const atlas = await municipalityAtlas(db, ags, { kind: 'planner', ags });
	if (!atlas?.mss) return null;
	const attention = new Set<string>(DEFAULT_ATTENTION_CELLS);
	const codes = atlas.rows.flatMap((row) => {
		const cell = row.mss?.replace('\u2212', '-') ?? '';
		return isGesamtindexCell(cell) && attention.has(cell) ? [row.code] : [];
	});
	return { year: atlas.mss.year, codes };
}
