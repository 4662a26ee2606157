/**
 * The public view of a dataset: every value passes disclosure control before any page, export,
 * map or API response is built, and public outputs are built from this view only. A suppressed
 * cell carries no number (see disclosure.ts), so it cannot leak through any of them.
 *
 * Per indicator and year the areas of a municipality form one column of counts whose total (the
 * municipality) is published, and whose parent units' totals (Stadtbezirke) are assumed to be
 * published elsewhere: primary suppression hides small counts, secondary suppression partner
 * cells, so no subtraction gives a hidden count back (disclosure-linear.ts). Two linked
 * indicators (`NUMERATOR_PART_OF`) are protected together, so that their difference is safe too.
 *
 * A share's rate follows its numerator; without a numerator, the count is value × base ÷ per.
 * A share with neither numerator nor base cannot be checked and is not public; a rate over fewer
 * than `MIN_RATE_BASE` people is not shown ("/"). Measures without counts (m² per resident, an
 * index) are published as given.
 */
import type { IndicatorKind } from '$lib/types/monitoring';
import { MIN_RATE_BASE, disclosedRate, published, suppressed, type Disclosed } from './disclosure';
import { suppressLinear, type LinearLine } from './disclosure-linear';

export interface RawValue {
	readonly areaId: number;
	readonly indicatorKey: string;
	readonly year: number;
	readonly value: number;
	readonly numerator: number | null;
	readonly denominator: number | null;
}

export interface IndicatorMeta {
	readonly key: string;
	readonly kind: IndicatorKind;
	readonly per: number | null;
}

export interface DisclosedCell {
	readonly value: Disclosed;
	/** The count behind the value (numerator of a share, the value of a count); null if none. */
	readonly count: Disclosed | null;
}

export interface DisclosedTotal {
	/** The municipality's value aggregated from its areas, or null if it cannot be formed. */
	readonly value: Disclosed;
	readonly count: Disclosed | null;
}

export interface DisclosedValues {
	readonly threshold: number;
	/** Key: `${areaId}|${indicatorKey}|${year}`. */
	readonly cells: ReadonlyMap<string, DisclosedCell>;
	/** Key: `${indicatorKey}|${year}`. */
	readonly totals: ReadonlyMap<string, DisclosedTotal>;
}

export const cellKey = (areaId: number, indicatorKey: string, year: number) =>
	`${areaId}|${indicatorKey}|${year}`;
export const totalKey = (indicatorKey: string, year: number) => `${indicatorKey}|${year}`;

/** How strictly to disclose: the public view (the default) or a planner's own, complete view. */
export interface DisclosurePolicy {
	/**
	 * The Stadtbezirk (or other parent unit) of each area, by area id. The city publishes its
	 * parent units' totals elsewhere (statistical yearbook, Stadtbezirk profiles), so a single
	 * hidden area of a parent unit would be given back by subtraction.
	 */
	readonly parents?: ReadonlyMap<number, string | null>;
	/** The planner's own pages: only the threshold applies (1 shows everything). */
	readonly unrestricted?: boolean;
}

export function discloseValues(
	values: readonly RawValue[],
	indicators: readonly IndicatorMeta[],
	threshold: number,
	policy: DisclosurePolicy = {}
): DisclosedValues {
	const meta = new Map(indicators.map((i) => [i.key, i]));
	const groups = new Map<string, RawValue[]>();
	for (const v of values) {
		const key = totalKey(v.indicatorKey, v.year);
		const group = groups.get(key);
		if (group) group.push(v);
		else groups.set(key, [v]);
	}
	const cells = new Map<string, DisclosedCell>();
	const totals = new Map<string, DisclosedTotal>();
	const done = new Set<string>();
	const settle = (group: readonly RawValue[], indicator: IndicatorMeta, counts: Counted) => {
		const total = settleGroup(group, indicator, counts, policy, cells);
		if (total) totals.set(totalKey(indicator.key, group[0].year), total);
		done.add(totalKey(indicator.key, group[0].year));
	};

	// Linked indicators first: their difference is a count too and is protected with them.
	for (const [partKey, wholeKey] of Object.entries(NUMERATOR_PART_OF)) {
		const part = meta.get(partKey);
		const whole = meta.get(wholeKey);
		if (!part || !whole) continue;
		for (const [key, partGroup] of groups) {
			if (!key.startsWith(`${partKey}|`)) continue;
			const wholeGroup = groups.get(totalKey(wholeKey, partGroup[0].year));
			if (!wholeGroup || done.has(key)) continue;
			const linked = discloseLinked(partGroup, part, wholeGroup, whole, threshold, policy);
			if (!linked) continue;
			settle(partGroup, part, linked.part);
			settle(wholeGroup, whole, linked.whole);
		}
	}
	for (const [key, group] of groups) {
		const indicator = meta.get(group[0].indicatorKey);
		if (!indicator || done.has(key)) continue;
		if (indicator.kind === 'measure') {
			for (const v of group) {
				cells.set(cellKey(v.areaId, v.indicatorKey, v.year), {
					value: published(v.value),
					count: null
				});
			}
			continue;
		}
		const counts = countsOf(group, indicator);
		const system = hierarchy(
			group.filter((_, i) => counts[i] !== null),
			policy.parents
		);
		const figures = suppressLinear(
			[...counts.filter((c): c is number => c !== null), ...system.extraValues(counts)],
			system.lines,
			{ threshold, known: system.known }
		);
		settle(group, indicator, spread(counts, figures, system.totalIndex));
	}
	return { threshold, cells, totals };
}

/**
 * Numerators that are part of another indicator's numerator ("part → whole"): the long-term
 * unemployed are unemployed, children in SGB II households are SGB II recipients. Publishing
 * both would publish the difference (the short-term unemployed, the adults), so the difference
 * must not be a small count either.
 */
export const NUMERATOR_PART_OF: Readonly<Record<string, string>> = {
	langzeitarbeitslose_je_100: 'arbeitslose_je_100',
	kinderarmut: 'sgb2_quote'
};

/** Per value of a group: its disclosed count (null: no count known) and the total's. */
interface Counted {
	readonly counts: readonly (Disclosed | null)[];
	readonly total: Disclosed | null;
}

/** The case count behind each value: a count, a share's numerator, or value × base ÷ per. */
function countsOf(group: readonly RawValue[], indicator: IndicatorMeta): (number | null)[] {
	const per = indicator.per ?? 100;
	return group.map((v) => {
		if (indicator.kind === 'count') return Math.max(0, Math.round(v.value));
		if (v.numerator !== null) return Math.max(0, Math.round(v.numerator));
		if (v.denominator !== null) return Math.max(0, Math.round((v.value * v.denominator) / per));
		return null;
	});
}

/**
 * The sums that bind one indicator's counts: every parent unit's areas add up to the parent's
 * total (known from elsewhere), and the parents and the areas without one add up to the
 * municipality. Cells: the counted values in order, then one per parent, then the municipality.
 */
function hierarchy(counted: readonly RawValue[], parents?: ReadonlyMap<number, string | null>) {
	const n = counted.length;
	const byParent = new Map<string, number[]>();
	const top: number[] = [];
	counted.forEach((v, i) => {
		const parent = parents?.get(v.areaId) ?? null;
		if (parent === null) top.push(i);
		else byParent.set(parent, [...(byParent.get(parent) ?? []), i]);
	});
	const parentCells = [...byParent.values()];
	const totalIndex = n + parentCells.length;
	const lines: LinearLine[] = parentCells.map((members, p) => ({ members, total: n + p }));
	lines.push({ members: [...top, ...parentCells.map((_, p) => n + p)], total: totalIndex });
	const known = new Set(parentCells.map((_, p) => n + p));
	return {
		lines,
		known,
		totalIndex,
		/** The parents' and the municipality's counts, after the areas' counts. */
		extraValues(counts: readonly (number | null)[]): number[] {
			const present = counts.filter((c): c is number => c !== null);
			const sums = parentCells.map((members) => members.reduce((s, i) => s + present[i], 0));
			return [...sums, present.reduce((s, c) => s + c, 0)];
		}
	};
}

/** Back from the figures of the counted values to one entry per value of the group. */
function spread(
	counts: readonly (number | null)[],
	figures: readonly Disclosed[],
	totalIndex: number
): Counted {
	let next = 0;
	const out = counts.map((c) => (c === null ? null : figures[next++]));
	const complete = counts.every((c) => c !== null);
	return { counts: out, total: complete ? figures[totalIndex] : null };
}

/**
 * Two linked indicators of one year, protected together: per area, part + rest = whole, where
 * the rest (whole − part) is never shown but anyone could compute it. Only when both have a
 * count for the same areas and the part never exceeds the whole; otherwise null (each is then
 * protected on its own).
 */
function discloseLinked(
	partGroup: readonly RawValue[],
	part: IndicatorMeta,
	wholeGroup: readonly RawValue[],
	whole: IndicatorMeta,
	threshold: number,
	policy: DisclosurePolicy
): { part: Counted; whole: Counted } | null {
	if (part.kind === 'measure' || whole.kind === 'measure') return null;
	const partCounts = countsOf(partGroup, part);
	const wholeCounts = countsOf(wholeGroup, whole);
	if (partCounts.some((c) => c === null) || wholeCounts.some((c) => c === null)) return null;
	const wholeIndex = new Map(wholeGroup.map((v, i) => [v.areaId, i]));
	if (wholeGroup.length !== partGroup.length) return null;
	const pairs = partGroup.map((v, i) => ({ i, j: wholeIndex.get(v.areaId) }));
	if (pairs.some((p) => p.j === undefined || partCounts[p.i]! > wholeCounts[p.j]!)) return null;

	// Three copies of the area hierarchy (part, rest, whole), then one line per area and per
	// parent and for the municipality: part + rest = whole.
	const ordered = pairs.map((p) => partGroup[p.i]);
	const system = hierarchy(ordered, policy.parents);
	const size = system.totalIndex + 1;
	const partValues = pairs.map((p) => partCounts[p.i]!);
	const wholeValues = pairs.map((p) => wholeCounts[p.j!]!);
	const restValues = wholeValues.map((w, k) => w - partValues[k]);
	const block = (vals: number[]) => [...vals, ...system.extraValues(vals)];
	const values = [...block(partValues), ...block(restValues), ...block(wholeValues)];
	const shift = (offset: number) => (line: LinearLine) => ({
		members: line.members.map((m) => m + offset),
		total: line.total + offset
	});
	const lines: LinearLine[] = [0, size, 2 * size].flatMap((offset) =>
		system.lines.map(shift(offset))
	);
	for (let k = 0; k < size; k += 1) lines.push({ members: [k, size + k], total: 2 * size + k });
	const known = new Set(
		[0, size, 2 * size].flatMap((offset) => [...system.known].map((k) => k + offset))
	);
	const unshown = new Set(Array.from({ length: size }, (_, k) => size + k));
	const figures = suppressLinear(values, lines, { threshold, known, unshown });

	const partFigures: (Disclosed | null)[] = new Array(partGroup.length).fill(null);
	const wholeFigures: (Disclosed | null)[] = new Array(wholeGroup.length).fill(null);
	pairs.forEach((p, k) => {
		partFigures[p.i] = figures[k];
		wholeFigures[p.j!] = figures[2 * size + k];
	});
	return {
		part: { counts: partFigures, total: figures[system.totalIndex] },
		whole: { counts: wholeFigures, total: figures[2 * size + system.totalIndex] }
	};
}

/** Turns disclosed counts into the cells (value and count) and the municipality's total. */
function settleGroup(
	group: readonly RawValue[],
	indicator: IndicatorMeta,
	counted: Counted,
	policy: DisclosurePolicy,
	cells: Map<string, DisclosedCell>
): DisclosedTotal | null {
	const set = (v: RawValue, cell: DisclosedCell) =>
		cells.set(cellKey(v.areaId, v.indicatorKey, v.year), cell);
	if (indicator.kind === 'count') {
		group.forEach((v, i) => {
			const figure = counted.counts[i]!;
			set(v, { value: figure, count: figure });
		});
		return counted.total ? { value: counted.total, count: counted.total } : null;
	}
	const per = indicator.per ?? 100;
	const minBase = policy.unrestricted ? 0 : MIN_RATE_BASE;
	const rateOf = (count: Disclosed, base: number, stored: number): Disclosed => {
		const rate = disclosedRate(count, base, per);
		if (rate.suppressed) return rate;
		if (base < minBase) return suppressed('small_base');
		// The stored value may be rounded in the source; publish it rather than our recomputation.
		return published(stored);
	};
	group.forEach((v, i) => {
		const count = counted.counts[i];
		if (count === null) {
			// Neither numerator nor base: nothing to check it against.
			set(v, {
				value: policy.unrestricted ? published(v.value) : suppressed('unchecked'),
				count: null
			});
		} else if (v.denominator === null) {
			// A numerator without base: the count is checked, the share is as imported.
			set(v, { value: count.suppressed ? count : published(v.value), count });
		} else {
			// A count worked out from value and base was only used for the check: not a figure
			// of the source, so it is not shown as one.
			const shown = v.numerator === null ? null : count;
			set(v, { value: rateOf(count, v.denominator, v.value), count: shown });
		}
	});
	if (!counted.total || group.some((v) => v.denominator === null)) return null;
	const base = group.reduce((sum, v) => sum + v.denominator!, 0);
	const total = disclosedRate(counted.total, base, per);
	const derived = group.some((v) => v.numerator === null);
	return { value: total, count: derived ? null : counted.total };
}

/** For places that need "no figure" without a reason (e.g. a year without data). */
export const missing: Disclosed = suppressed('no_base');
