/**
 * Plans (Handlungsprogramme) of a municipality or a Kreis: creating one with its "whole
 * municipality" Handlungsräume, and changing its title, period, status and council decision.
 */
import { municipalityByAgs } from '$lib/reference/municipalities';
import { and, eq, ne } from 'drizzle-orm';
import { ruhrKreise, type PlanScope } from '../../auth/rules';
import type { Database, Transaction } from '../../db';
import { handlungsraeume, plans } from '../../db/schema';
import { PlanningError } from '../errors';
import { parseInput, PlanInput } from '../model';
import { scopeMunicipalities } from '../values';
import { audit, guardedPlan, guardScope, inScope, scopeOf, type PlanningActor } from './guard';

function checkScope(scope: PlanScope): void {
	if (scope.kind === 'gemeinde') {
		if (!municipalityByAgs(scope.ags)) throw new PlanningError('gemeinde_unbekannt', 'ags');
	} else if (!ruhrKreise.some((k) => k.kreisAgs === scope.kreisAgs)) {
		throw new PlanningError('kreis_unbekannt', 'kreisAgs');
	}
}

/**
 * A new plan of a municipality or a Kreis, with its "whole municipality" Handlungsräume (one
 * per municipality of the scope). `isDemo` only for the demo content.
 */
export async function createPlan(
	db: Database,
	actor: PlanningActor,
	scope: PlanScope,
	input: PlanInput,
	now: Date,
	options: { isDemo?: boolean } = {}
): Promise<{ id: number }> {
	const data = parseInput(PlanInput, input);
	checkScope(scope);
	guardScope(actor, scope);
	return inScope(db, scope, async (tx) => {
		const members = await scopeMunicipalities(tx, {
			ags: scope.kind === 'gemeinde' ? scope.ags : null,
			kreisAgs: scope.kind === 'kreis' ? scope.kreisAgs : null
		});
		if (members.length === 0) throw new PlanningError('kreis_unbekannt', 'kreisAgs');
		await refuseDuplicateTitle(tx, scope, data.title, null);
		const [plan] = await tx
			.insert(plans)
			.values({
				ags: scope.kind === 'gemeinde' ? scope.ags : null,
				kreisAgs: scope.kind === 'kreis' ? scope.kreisAgs : null,
				...data,
				isDemo: options.isDemo ?? false,
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: plans.id });
		await tx.insert(handlungsraeume).values(
			members.map((m, i) => ({
				planId: plan.id,
				kind: 'gemeinde' as const,
				municipalityAgs: m.ags,
				name: `Gesamte Kommune ${m.name}`,
				position: i
			}))
		);
		await audit(tx, actor, now, 'plan.created', 'plan', plan.id, {
			scope: scope.kind === 'gemeinde' ? scope.ags : scope.kreisAgs,
			title: data.title
		});
		return plan;
	});
}

async function refuseDuplicateTitle(
	tx: Transaction,
	scope: PlanScope,
	title: string,
	exceptId: number | null
): Promise<void> {
	const sameScope =
		scope.kind === 'gemeinde' ? eq(plans.ags, scope.ags) : eq(plans.kreisAgs, scope.kreisAgs);
	const [taken] = await tx
		.select({ id: plans.id })
		.from(plans)
		.where(and(sameScope, eq(plans.title, title), exceptId ? ne(plans.id, exceptId) : undefined));
	if (taken) throw new PlanningError('titel_vergeben', 'title');
}

export async function updatePlan(
	db: Database,
	actor: PlanningActor,
	planId: number,
	input: PlanInput,
	now: Date
): Promise<void> {
	const data = parseInput(PlanInput, input);
	const plan = await guardedPlan(db, actor, planId);
	const scope = scopeOf(plan);
	await inScope(db, scope, async (tx) => {
		await refuseDuplicateTitle(tx, scope, data.title, planId);
		await tx
			.update(plans)
			.set({ ...data, updatedAt: now })
			.where(eq(plans.id, planId));
		await audit(tx, actor, now, 'plan.updated', 'plan', planId, {
			status: data.status,
			fromStatus: plan.status
		});
	});
}
