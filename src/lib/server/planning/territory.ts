/**
 * A Handlungsraum across boundary changes (decision 0029): its members are boundary versions,
 * each valid for some years. Its values of a year are those of the members valid then, so a
 * target compares a baseline and a latest value of the same ground only while the members valid
 * in both years cover the same territory. Pure: the geometries come in.
 */
import { compareTerritories, validIn, type AreaGeometry } from '../monitoring';

export interface MemberVersion {
	readonly id: number;
	readonly validFrom: number | null;
	readonly validTo: number | null;
}

/**
 * The years after `baselineYear` in which another set of members is valid than in the baseline
 * year: the first years of versions that began later, and the years after versions that ended.
 */
export function membershipChangeYears(
	members: readonly MemberVersion[],
	baselineYear: number
): number[] {
	const years = new Set<number>();
	for (const m of members) {
		if (m.validFrom !== null && m.validFrom > baselineYear) years.add(m.validFrom);
		if (m.validTo !== null && m.validTo >= baselineYear) years.add(m.validTo + 1);
	}
	return [...years].sort((a, b) => a - b);
}

/**
 * The first year after `baselineYear` whose valid members cover materially other ground than
 * those of the baseline year (the monitoring's 1 % rule, on the union of the outlines), or null.
 * A split whose parts are all members is the same ground; a part left out, or a successor that
 * took in ground from outside, is not. A member without a known outline counts as changed.
 */
export function territoryBreakYear(
	members: readonly MemberVersion[],
	baselineYear: number,
	geometryOf: (id: number) => AreaGeometry | undefined
): number | null {
	const ids = (year: number) =>
		members
			.filter((m) => validIn(m, year))
			.map((m) => m.id)
			.sort((a, b) => a - b);
	const before = ids(baselineYear);
	for (const year of membershipChangeYears(members, baselineYear)) {
		const after = ids(year);
		if (after.length === before.length && after.every((id, i) => id === before[i])) continue;
		const outlines = (list: number[]) => list.map(geometryOf);
		const a = outlines(before);
		const b = outlines(after);
		if (a.some((g) => !g) || b.some((g) => !g)) return year;
		if (compareTerritories(a as AreaGeometry[], b as AreaGeometry[]).material) return year;
	}
	return null;
}

/** Which version followed which across a boundary change (`area_successors`). */
export interface SuccessorLink {
	readonly areaId: number;
	readonly successorId: number;
}

export interface CarryOverProposal {
	/** Members whose boundary ended and whose successors the Handlungsraum does not all hold. */
	readonly ended: readonly number[];
	/** The successor versions (and theirs, down to the current ones) it does not hold yet. */
	readonly successors: readonly {
		readonly id: number;
		/** Other predecessors of this successor outside the Handlungsraum: ground it takes in. */
		readonly alsoFrom: readonly number[];
	}[];
}

/**
 * What carrying a Handlungsraum over a boundary change adds: every later version of its ended
 * members that have no successor in it yet. The ended members stay (they carry the years before
 * the change). Null when nothing is to be carried over.
 */
export function carryOverProposal(
	members: readonly MemberVersion[],
	links: readonly SuccessorLink[]
): CarryOverProposal | null {
	const held = new Set(members.map((m) => m.id));
	const next = new Map<number, number[]>();
	const previous = new Map<number, number[]>();
	for (const l of links) {
		next.set(l.areaId, [...(next.get(l.areaId) ?? []), l.successorId]);
		previous.set(l.successorId, [...(previous.get(l.successorId) ?? []), l.areaId]);
	}
	const ended: number[] = [];
	const found = new Set<number>();
	for (const m of members) {
		if (m.validTo === null) continue;
		// A member with a successor in the Handlungsraum was carried over already: what the
		// planner left out then was left out on purpose (a later change shows at that successor).
		if ((next.get(m.id) ?? []).some((id) => held.has(id))) continue;
		const missing: number[] = [];
		const seen = new Set<number>([m.id]);
		const queue = [...(next.get(m.id) ?? [])];
		while (queue.length) {
			const id = queue.shift()!;
			if (seen.has(id)) continue;
			seen.add(id);
			if (held.has(id)) continue;
			missing.push(id);
			queue.push(...(next.get(id) ?? []));
		}
		if (missing.length === 0) continue;
		ended.push(m.id);
		for (const id of missing) found.add(id);
	}
	if (found.size === 0) return null;
	const within = new Set([...held, ...found]);
	const successors = [...found]
		.sort((a, b) => a - b)
		.map((id) => ({
			id,
			alsoFrom: (previous.get(id) ?? []).filter((p) => !within.has(p)).sort((a, b) => a - b)
		}));
	return { ended, successors };
}
