/**
 * The plans of a municipality or Kreis, as lists and one by one.
 */
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db';
import { municipalities, plans } from '../../db/schema';
import type { Plan } from '../model';
import { type View } from '../values';
import { type PlanSummary } from './shapes';

export function summary(plan: Plan, scopeName: string): PlanSummary {
	return {
		id: plan.id,
		title: plan.title,
		scope: plan.ags
			? { kind: 'gemeinde', ags: plan.ags }
			: { kind: 'kreis', kreisAgs: plan.kreisAgs! },
		scopeName,
		periodStart: plan.periodStart,
		periodEnd: plan.periodEnd,
		status: plan.status,
		decidedOn: plan.decidedOn,
		decisionReference: plan.decisionReference,
		baselineYear: plan.baselineYear,
		isDemo: plan.isDemo,
		updatedAt: plan.updatedAt
	};
}

export async function scopeName(
	db: Database,
	plan: Pick<Plan, 'ags' | 'kreisAgs'>
): Promise<string> {
	const [row] = await db
		.select({ name: municipalities.name, kreisName: municipalities.kreisName })
		.from(municipalities)
		.where(
			plan.ags ? eq(municipalities.ags, plan.ags) : eq(municipalities.kreisAgs, plan.kreisAgs!)
		)
		.limit(1);
	return plan.ags ? (row?.name ?? plan.ags) : (row?.kreisName ?? plan.kreisAgs!);
}

/**
 * The plans that concern a municipality: its own and those of its Kreis, newest period first.
 * The public view leaves out drafts.
 */
export async function plansFor(db: Database, ags: string, view: View): Promise<PlanSummary[]> {
	const [m] = await db
		.select({
			name: municipalities.name,
			kreisAgs: municipalities.kreisAgs,
			kreisName: municipalities.kreisName,
			kreisfrei: municipalities.kreisfrei
		})
		.from(municipalities)
		.where(eq(municipalities.ags, ags));
	if (!m) return [];
	const rows = await db
		.select()
		.from(plans)
		.where(
			and(
				m.kreisfrei
					? eq(plans.ags, ags)
					: sql`(${plans.ags} = ${ags} or ${plans.kreisAgs} = ${m.kreisAgs})`,
				view === 'public' ? ne(plans.status, 'entwurf') : undefined
			)
		)
		.orderBy(desc(plans.periodStart), desc(plans.id));
	return rows.map((p) => summary(p, p.ags ? m.name : m.kreisName));
}

/** The plans of a Kreis's own scope (its Kreis plans), for a Kreis planner's overview. */
export async function kreisPlans(db: Database, kreisAgs: string): Promise<PlanSummary[]> {
	const rows = await db
		.select()
		.from(plans)
		.where(eq(plans.kreisAgs, kreisAgs))
		.orderBy(desc(plans.periodStart));
	if (rows.length === 0) return [];
	const name = await scopeName(db, rows[0]);
	return rows.map((p) => summary(p, name));
}

/** The plan with its scope, or null; the public view does not see drafts. */
export async function planById(
	db: Database,
	planId: number,
	view: View
): Promise<PlanSummary | null> {
	const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
	if (!plan || (view === 'public' && plan.status === 'entwurf')) return null;
	return summary(plan, await scopeName(db, plan));
}
