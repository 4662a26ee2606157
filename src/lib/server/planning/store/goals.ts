/**
 * The goal tree (Leitziel → Handlungsziel → Wirkungsziel): saving and deleting goals, refusing
 * cycles and wrong levels.
 */
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../db';
import { goals } from '../../db/schema';
import { PlanningError } from '../errors';
import { validateGoalTree, type GoalNode } from '../goals';
import { GoalInput, parseInput } from '../model';
import { audit, guardedPlan, inScope, scopeOf, type PlanningActor } from './guard';

async function goalTree(tx: Transaction, planId: number): Promise<GoalNode[]> {
	const rows = await tx
		.select({
			id: goals.id,
			parentId: goals.parentId,
			level: goals.level,
			fields: goals.fields,
			title: goals.title
		})
		.from(goals)
		.where(eq(goals.planId, planId));
	return rows.map((r) => ({ ...r, fields: r.fields as GoalNode['fields'] }));
}

function refuseTreeProblems(tree: GoalNode[], goalId: number): void {
	const problems = validateGoalTree(tree);
	const own = problems.find((p) => p.goalId === goalId) ?? problems[0];
	if (own) throw new PlanningError('ziel_ungueltig', own.field, own.message);
}

/**
 * Creates a goal (no `id`) or changes one, after checking the whole tree as it would be: the
 * level fits the parent's, the parent belongs to this plan, no cycle.
 */
export async function saveGoal(
	db: Database,
	actor: PlanningActor,
	planId: number,
	input: GoalInput & { id?: number | null },
	now: Date
): Promise<{ id: number }> {
	const data = parseInput(GoalInput, input);
	const plan = await guardedPlan(db, actor, planId);
	return inScope(db, scopeOf(plan), async (tx) => {
		const tree = await goalTree(tx, planId);
		const existing = input.id ? tree.find((g) => g.id === input.id) : undefined;
		if (input.id && !existing) throw new PlanningError('ziel_unbekannt', 'id');
		// A proposed goal that is not stored yet gets an id no stored goal has.
		const id = existing?.id ?? -1;
		const node: GoalNode = {
			id,
			parentId: data.parentId,
			level: data.level,
			fields: data.fields,
			title: data.title
		};
		refuseTreeProblems([...tree.filter((g) => g.id !== id), node], id);
		const values = {
			parentId: data.parentId,
			level: data.level,
			fields: data.fields,
			targetGroup: data.targetGroup,
			title: data.title,
			description: data.description,
			position: data.position
		};
		let savedId: number;
		if (existing) {
			savedId = existing.id;
			await tx.update(goals).set(values).where(eq(goals.id, savedId));
		} else {
			const [row] = await tx
				.insert(goals)
				.values({ planId, ...values })
				.returning({ id: goals.id });
			savedId = row.id;
		}
		await audit(tx, actor, now, existing ? 'goal.updated' : 'goal.created', 'goal', savedId, {
			planId,
			level: data.level
		});
		return { id: savedId };
	});
}

/** Deletes a goal without sub-goals, with its targets and its links to measures. */
export async function deleteGoal(
	db: Database,
	actor: PlanningActor,
	planId: number,
	goalId: number,
	now: Date
): Promise<void> {
	const plan = await guardedPlan(db, actor, planId);
	await inScope(db, scopeOf(plan), async (tx) => {
		const tree = await goalTree(tx, planId);
		const goal = tree.find((g) => g.id === goalId);
		if (!goal) throw new PlanningError('ziel_unbekannt', 'goalId');
		if (tree.some((g) => g.parentId === goalId))
			throw new PlanningError('ziel_hat_unterziele', 'goalId');
		await tx.delete(goals).where(eq(goals.id, goalId));
		await audit(tx, actor, now, 'goal.deleted', 'goal', goalId, { planId, title: goal.title });
	});
}
