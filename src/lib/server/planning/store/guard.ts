/**
 * The shape every write of a Handlungsprogramm shares: who acts, the guard on the plan's scope,
 * one advisory lock per municipality or Kreis, and the audit entry in the same transaction.
 */
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import { mayPlanFor, type PlanningAccount, type PlanScope } from '../../auth/rules';
import type { Database, Transaction } from '../../db';
import type { AuditDetails } from '../../db/schema';
import { plans } from '../../db/schema';
import { PlanningError } from '../errors';
import { type Plan } from '../model';
/** Who acts: a signed-in account (`SessionUser` fits), or the system (`id` null) for the demo. */
export interface PlanningActor extends PlanningAccount {
	readonly id: number | null;
}

// Arbitrary constant: the first key of the per-scope advisory lock (AGS or Kreis key second).
const PLANNING_LOCK = 72_210_300;

export function scopeOf(plan: Pick<Plan, 'ags' | 'kreisAgs'>): PlanScope {
	return plan.ags
		? { kind: 'gemeinde', ags: plan.ags }
		: { kind: 'kreis', kreisAgs: plan.kreisAgs! };
}

export function guardScope(actor: PlanningActor, scope: PlanScope): void {
	if (!mayPlanFor(actor, scope)) throw new PlanningError('keine_berechtigung');
}

function isLockTimeout(error: unknown): boolean {
	const e = error as { code?: string; cause?: { code?: string } };
	return e.code === '55P03' || e.cause?.code === '55P03';
}

/** One transaction under the scope's lock; a lock not granted in 5 s is a "busy" answer. */
export async function inScope<T>(
	db: Database,
	scope: PlanScope,
	work: (tx: Transaction) => Promise<T>
): Promise<T> {
	const key = Number(scope.kind === 'gemeinde' ? scope.ags : scope.kreisAgs);
	try {
		return await db.transaction(async (tx) => {
			await tx.execute(sql`set local lock_timeout = '5s'`);
			await tx.execute(sql`select pg_advisory_xact_lock(${PLANNING_LOCK}, ${key})`);
			return work(tx);
		});
	} catch (error) {
		if (isLockTimeout(error)) throw new PlanningError('beschaeftigt');
		throw error;
	}
}

export function audit(
	tx: Transaction,
	actor: PlanningActor,
	now: Date,
	action: string,
	subjectType: string,
	subjectId: number,
	details: AuditDetails = {}
): Promise<void> {
	return recordAudit(tx, { actorUserId: actor.id, action, subjectType, subjectId, details }, now);
}

/** The plan, after the guard: unknown plans and foreign plans are refused before any lock. */
export async function guardedPlan(
	db: Database | Transaction,
	actor: PlanningActor,
	planId: number
): Promise<Plan> {
	const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
	if (!plan) throw new PlanningError('plan_unbekannt');
	guardScope(actor, scopeOf(plan));
	return plan;
}
