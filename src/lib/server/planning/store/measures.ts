/**
 * Measures with their fields, areas, goals, partners and outputs.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { runTogether, type Database, type Transaction } from '../../db';
import {
	cafeIdeas,
	goals,
	handlungsraeume,
	measureAreas,
	measureGoals,
	measureOutputs,
	measurePartners,
	measures,
	organisations
} from '../../db/schema';
import { PlanningError } from '../errors';
import { MeasureInput, parseInput, type Plan } from '../model';
import { scopeMunicipalities } from '../values';
import { audit, guardedPlan, inScope, scopeOf, type PlanningActor } from './guard';

/** Organisations a plan may name: regional ones and those of a municipality of its scope. */
async function refuseOrganisations(
	tx: Transaction,
	plan: Plan,
	ids: readonly number[],
	field: string
) {
	if (ids.length === 0) return;
	const rows = await tx
		.select({ id: organisations.id, ags: organisations.municipalityAgs })
		.from(organisations)
		.where(inArray(organisations.id, [...ids]));
	if (rows.length !== new Set(ids).size) throw new PlanningError('organisation_unbekannt', field);
	const scope = new Set((await scopeMunicipalities(tx, plan)).map((m) => m.ags));
	if (rows.some((r) => r.ags !== null && !scope.has(r.ags)))
		throw new PlanningError('organisation_ausserhalb', field);
}

/**
 * Creates a measure (no `id`) or replaces one with its partners, Handlungsräume, goals (each with
 * the expected contribution) and outputs — all in one transaction.
 */
export async function saveMeasure(
	db: Database,
	actor: PlanningActor,
	planId: number,
	input: MeasureInput & { id?: number | null },
	now: Date
): Promise<{ id: number }> {
	const data = parseInput(MeasureInput, input);
	const plan = await guardedPlan(db, actor, planId);
	return inScope(db, scopeOf(plan), async (tx) => {
		const [existing] = input.id
			? await tx
					.select({ id: measures.id })
					.from(measures)
					.where(and(eq(measures.id, input.id), eq(measures.planId, planId)))
			: [];
		if (input.id && !existing) throw new PlanningError('massnahme_unbekannt', 'id');
		if (data.leadOrganisationId !== null)
			await refuseOrganisations(tx, plan, [data.leadOrganisationId], 'leadOrganisationId');
		await refuseOrganisations(tx, plan, data.partnerIds, 'partnerIds');
		if (data.handlungsraumIds.length) {
			const found = await tx
				.select({ id: handlungsraeume.id })
				.from(handlungsraeume)
				.where(
					and(
						eq(handlungsraeume.planId, planId),
						inArray(handlungsraeume.id, data.handlungsraumIds)
					)
				);
			if (found.length !== data.handlungsraumIds.length)
				throw new PlanningError('handlungsraum_unbekannt', 'handlungsraumIds');
		}
		if (data.goals.length) {
			const found = await tx
				.select({ id: goals.id })
				.from(goals)
				.where(
					and(
						eq(goals.planId, planId),
						inArray(
							goals.id,
							data.goals.map((g) => g.goalId)
						)
					)
				);
			if (found.length !== data.goals.length) throw new PlanningError('ziel_unbekannt', 'goals');
		}
		if (data.ideaId !== null) {
			const [idea] = await tx
				.select({ id: cafeIdeas.id })
				.from(cafeIdeas)
				.where(eq(cafeIdeas.id, data.ideaId));
			if (!idea) throw new PlanningError('idee_unbekannt', 'ideaId');
		}
		const values = {
			title: data.title,
			description: data.description,
			fields: data.fields,
			targetGroup: data.targetGroup,
			status: data.status,
			startsOn: data.startsOn,
			endsOn: data.endsOn,
			budgetPlanned: data.budgetPlanned,
			budgetSpent: data.budgetSpent,
			fundingSource: data.fundingSource,
			leadOrganisationId: data.leadOrganisationId,
			isPublic: data.isPublic,
			ideaId: data.ideaId,
			updatedAt: now
		};
		let id: number;
		if (existing) {
			id = existing.id;
			await tx.update(measures).set(values).where(eq(measures.id, id));
			// One round trip; a transaction's connection takes one statement at a time.
			await runTogether(tx, [
				tx.delete(measurePartners).where(eq(measurePartners.measureId, id)),
				tx.delete(measureAreas).where(eq(measureAreas.measureId, id)),
				tx.delete(measureGoals).where(eq(measureGoals.measureId, id)),
				tx.delete(measureOutputs).where(eq(measureOutputs.measureId, id))
			]);
		} else {
			const [row] = await tx
				.insert(measures)
				.values({ planId, ...values, createdAt: now })
				.returning({ id: measures.id });
			id = row.id;
		}
		if (data.partnerIds.length)
			await tx
				.insert(measurePartners)
				.values(data.partnerIds.map((organisationId) => ({ measureId: id, organisationId })));
		if (data.handlungsraumIds.length)
			await tx
				.insert(measureAreas)
				.values(
					data.handlungsraumIds.map((handlungsraumId) => ({ measureId: id, handlungsraumId }))
				);
		if (data.goals.length)
			await tx
				.insert(measureGoals)
				.values(
					data.goals.map((g) => ({ measureId: id, goalId: g.goalId, contribution: g.contribution }))
				);
		if (data.outputs.length)
			await tx.insert(measureOutputs).values(
				data.outputs.map((o, position) => ({
					measureId: id,
					label: o.label,
					count: o.count,
					position
				}))
			);
		await audit(tx, actor, now, existing ? 'measure.updated' : 'measure.created', 'measure', id, {
			planId,
			status: data.status,
			isPublic: data.isPublic
		});
		return { id };
	});
}

export async function deleteMeasure(
	db: Database,
	actor: PlanningActor,
	planId: number,
	measureId: number,
	now: Date
): Promise<void> {
	const plan = await guardedPlan(db, actor, planId);
	await inScope(db, scopeOf(plan), async (tx) => {
		const deleted = await tx
			.delete(measures)
			.where(and(eq(measures.id, measureId), eq(measures.planId, planId)))
			.returning({ title: measures.title });
		if (deleted.length === 0) throw new PlanningError('massnahme_unbekannt', 'measureId');
		await audit(tx, actor, now, 'measure.deleted', 'measure', measureId, {
			planId,
			title: deleted[0].title
		});
	});
}
