/**
 * The goal tree of a Handlungsprogramm: Leitziel → Handlungsziel → Wirkungsziel.
 *
 * The store calls `validateGoalTree` with the plan's whole tree as it would look after a proposed
 * change (one goal added, moved or edited), so a rule that spans goals — a cycle, a parent in
 * another plan — is caught before anything is written.
 */
import type { MessageKey } from '$lib/i18n';
import {
	goalLevels,
	planningFields,
	type GoalLevel,
	type PlanningField
} from '$lib/types/planning';

export interface GoalNode {
	id: number;
	parentId: number | null;
	level: GoalLevel;
	fields: PlanningField[];
	title: string;
}

export type GoalProblemCode =
	| 'titel_leer'
	| 'kein_feld'
	| 'unbekanntes_feld'
	| 'doppeltes_feld'
	| 'unbekannte_ebene'
	| 'leitziel_mit_oberziel'
	| 'oberziel_fehlt'
	| 'oberziel_unbekannt'
	| 'oberziel_falsche_ebene'
	| 'zyklus';

export interface GoalProblem {
	/** The goal the problem belongs to (the one a form would mark). */
	goalId: number | null;
	field: 'parentId' | 'level' | 'fields' | 'title';
	code: GoalProblemCode;
	/** A catalogue key of the planning catalogue (`messageText` turns it into text). */
	message: MessageKey;
}

const MESSAGES = {
	titel_leer: 'planning.goal.err.titleBlank',
	kein_feld: 'planning.goal.err.noField',
	unbekanntes_feld: 'planning.goal.err.unknownField',
	doppeltes_feld: 'planning.goal.err.duplicateField',
	unbekannte_ebene: 'planning.goal.err.unknownLevel',
	leitziel_mit_oberziel: 'planning.goal.err.leitzielWithParent',
	oberziel_fehlt: 'planning.goal.err.parentMissing',
	oberziel_unbekannt: 'planning.goal.err.parentUnknown',
	oberziel_falsche_ebene: 'planning.goal.err.parentLevel',
	zyklus: 'planning.goal.err.cycle'
} as const satisfies Record<GoalProblemCode, MessageKey>;

/** The level a goal's parent must have; a Leitziel has none. */
export const PARENT_LEVEL: Readonly<Record<GoalLevel, GoalLevel | null>> = {
	leitziel: null,
	handlungsziel: 'leitziel',
	wirkungsziel: 'handlungsziel'
};

/**
 * Checks a whole tree: a Leitziel has no parent, a Handlungsziel's parent is a Leitziel, a
 * Wirkungsziel's parent is a Handlungsziel; the parent is one of `goals` (the plan's goals, so a
 * goal of another plan counts as unknown); no goal is its own ancestor; every goal has at least one
 * known field (each once) and a title that is not blank. Problems come in the order of `goals`.
 */
export function validateGoalTree(goals: readonly GoalNode[]): GoalProblem[] {
	const byId = new Map(goals.map((goal) => [goal.id, goal]));
	const onCycle = goalsOnCycles(goals, byId);
	return goals.flatMap((goal) => [
		...titleProblems(goal),
		...fieldProblems(goal),
		...parentProblems(goal, byId),
		...(onCycle.has(goal.id) ? [problem(goal.id, 'parentId', 'zyklus')] : [])
	]);
}

function problem(
	goalId: number | null,
	field: GoalProblem['field'],
	code: GoalProblemCode
): GoalProblem {
	return { goalId, field, code, message: MESSAGES[code] };
}

function titleProblems(goal: GoalNode): GoalProblem[] {
	return goal.title.trim() === '' ? [problem(goal.id, 'title', 'titel_leer')] : [];
}

function fieldProblems(goal: GoalNode): GoalProblem[] {
	if (goal.fields.length === 0) return [problem(goal.id, 'fields', 'kein_feld')];
	const known = planningFields as readonly string[];
	if (goal.fields.some((field) => !known.includes(field))) {
		return [problem(goal.id, 'fields', 'unbekanntes_feld')];
	}
	if (new Set(goal.fields).size !== goal.fields.length) {
		return [problem(goal.id, 'fields', 'doppeltes_feld')];
	}
	return [];
}

function parentProblems(goal: GoalNode, byId: ReadonlyMap<number, GoalNode>): GoalProblem[] {
	if (!(goalLevels as readonly string[]).includes(goal.level)) {
		return [problem(goal.id, 'level', 'unbekannte_ebene')];
	}
	const expected = PARENT_LEVEL[goal.level];
	if (expected === null) {
		return goal.parentId === null ? [] : [problem(goal.id, 'parentId', 'leitziel_mit_oberziel')];
	}
	if (goal.parentId === null) return [problem(goal.id, 'parentId', 'oberziel_fehlt')];
	const parent = byId.get(goal.parentId);
	if (!parent) return [problem(goal.id, 'parentId', 'oberziel_unbekannt')];
	// A goal that is its own parent is reported as a cycle, not as a wrong level.
	if (parent.id === goal.id) return [];
	return parent.level === expected ? [] : [problem(goal.id, 'parentId', 'oberziel_falsche_ebene')];
}

/**
 * The ids of goals that are their own ancestor. Following parents from each goal, a walk that
 * comes back to a goal of the same walk has found a cycle; only the goals on it are marked (a
 * goal hanging below a cycle is not on it, and its own parent link may be fine).
 */
function goalsOnCycles(
	goals: readonly GoalNode[],
	byId: ReadonlyMap<number, GoalNode>
): Set<number> {
	const onCycle = new Set<number>();
	const finished = new Set<number>();
	for (const start of goals) {
		const path: number[] = [];
		const inPath = new Set<number>();
		let current: GoalNode | undefined = start;
		while (current && !finished.has(current.id) && !inPath.has(current.id)) {
			path.push(current.id);
			inPath.add(current.id);
			current = current.parentId === null ? undefined : byId.get(current.parentId);
		}
		if (current && inPath.has(current.id)) {
			for (const id of path.slice(path.indexOf(current.id))) onCycle.add(id);
		}
		for (const id of path) finished.add(id);
	}
	return onCycle;
}
