import { describe, expect, it } from 'vitest';
import { isMessageKey } from '$lib/i18n';
import { validateGoalTree, type GoalNode } from './goals';
import type { PlanningField } from '$lib/types/planning';

function aGoal(goal: Partial<GoalNode> & Pick<GoalNode, 'id'>): GoalNode {
	return {
		parentId: null,
		level: 'leitziel',
		fields: ['uebergreifend'],
		title: `Ziel ${goal.id}`,
		...goal
	};
}

/** Leitziel 1 → Handlungsziel 2 → Wirkungsziel 3, and a second Leitziel 4. */
function aTree(): GoalNode[] {
	return [
		aGoal({ id: 1, fields: ['uebergreifend'] }),
		aGoal({ id: 2, parentId: 1, level: 'handlungsziel', fields: ['bildung', 'arbeit'] }),
		aGoal({ id: 3, parentId: 2, level: 'wirkungsziel', fields: ['bildung'] }),
		aGoal({ id: 4, fields: ['wohnen'] })
	];
}

const codes = (goals: GoalNode[]) =>
	validateGoalTree(goals).map((p) => `${p.goalId}:${p.field}:${p.code}`);

describe('validateGoalTree', () => {
	it('accepts a tree of Leitziel, Handlungsziel and Wirkungsziel', () => {
		expect(validateGoalTree(aTree())).toEqual([]);
	});

	it('accepts an empty plan', () => {
		expect(validateGoalTree([])).toEqual([]);
	});

	it('refuses a Leitziel with a parent', () => {
		const tree = aTree();
		tree[3] = { ...tree[3], parentId: 1 };
		expect(codes(tree)).toEqual(['4:parentId:leitziel_mit_oberziel']);
	});

	it('refuses a Handlungsziel or Wirkungsziel without a parent', () => {
		const tree = aTree();
		tree[1] = { ...tree[1], parentId: null };
		tree[2] = { ...tree[2], parentId: null };
		expect(codes(tree)).toEqual(['2:parentId:oberziel_fehlt', '3:parentId:oberziel_fehlt']);
	});

	it('refuses a Wirkungsziel directly under a Leitziel and a Handlungsziel under a Handlungsziel', () => {
		const tree = [
			...aTree(),
			aGoal({ id: 5, parentId: 1, level: 'wirkungsziel' }),
			aGoal({ id: 6, parentId: 2, level: 'handlungsziel' })
		];
		expect(codes(tree)).toEqual([
			'5:parentId:oberziel_falsche_ebene',
			'6:parentId:oberziel_falsche_ebene'
		]);
	});

	it('refuses a parent that is not a goal of this plan', () => {
		const tree = [...aTree(), aGoal({ id: 5, parentId: 99, level: 'handlungsziel' })];
		expect(codes(tree)).toEqual(['5:parentId:oberziel_unbekannt']);
	});

	it('refuses a goal that is its own parent', () => {
		const tree = [...aTree(), aGoal({ id: 5, parentId: 5, level: 'handlungsziel' })];
		expect(codes(tree)).toEqual(['5:parentId:zyklus']);
	});

	it('marks every goal on a cycle, and not the goals hanging below it', () => {
		// 5 → 6 → 5 (two Handlungsziele holding each other), 7 hangs below 6.
		const tree = [
			...aTree(),
			aGoal({ id: 5, parentId: 6, level: 'handlungsziel' }),
			aGoal({ id: 6, parentId: 5, level: 'handlungsziel' }),
			aGoal({ id: 7, parentId: 6, level: 'wirkungsziel' })
		];
		const problems = validateGoalTree(tree).filter((p) => p.code === 'zyklus');
		expect(problems.map((p) => p.goalId)).toEqual([5, 6]);
	});

	it('finds a cycle created by moving a Leitziel below its own Wirkungsziel', () => {
		const tree = aTree();
		tree[0] = { ...tree[0], parentId: 3 };
		expect(codes(tree)).toEqual([
			'1:parentId:leitziel_mit_oberziel',
			'1:parentId:zyklus',
			'2:parentId:zyklus',
			'3:parentId:zyklus'
		]);
	});

	it('asks for at least one field, each field once, and only known fields', () => {
		const tree = [
			...aTree(),
			aGoal({ id: 5, fields: [] }),
			aGoal({ id: 6, fields: ['bildung', 'bildung'] }),
			aGoal({ id: 7, fields: ['bevoelkerung' as PlanningField] })
		];
		expect(codes(tree)).toEqual([
			'5:fields:kein_feld',
			'6:fields:doppeltes_feld',
			'7:fields:unbekanntes_feld'
		]);
	});

	it('refuses a blank title, also one of spaces only', () => {
		const tree = [...aTree(), aGoal({ id: 5, title: '' }), aGoal({ id: 6, title: '  \t ' })];
		expect(codes(tree)).toEqual(['5:title:titel_leer', '6:title:titel_leer']);
	});

	it('refuses an unknown level', () => {
		const tree = [...aTree(), aGoal({ id: 5, level: 'vision' as GoalNode['level'] })];
		expect(codes(tree)).toEqual(['5:level:unbekannte_ebene']);
	});

	it('reports every problem of a goal together', () => {
		const tree = [aGoal({ id: 1, title: ' ', fields: [], parentId: 1 })];
		expect(codes(tree)).toEqual([
			'1:title:titel_leer',
			'1:fields:kein_feld',
			'1:parentId:leitziel_mit_oberziel',
			'1:parentId:zyklus'
		]);
	});

	it('gives every problem a message from the catalogue', () => {
		const tree = [
			aGoal({ id: 1, title: '', fields: [], parentId: 1 }),
			aGoal({ id: 2, level: 'handlungsziel', parentId: 9 })
		];
		const problems = validateGoalTree(tree);
		expect(problems.length).toBeGreaterThan(0);
		for (const p of problems) expect(isMessageKey(p.message)).toBe(true);
	});
});
