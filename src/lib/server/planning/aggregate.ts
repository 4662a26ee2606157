/**
 * A Handlungsraum's value for one indicator and year, formed from its member areas the way the
 * monitoring forms a municipality's value from its areas: shares pooled (Σ numerators ÷
 * Σ denominators × per), counts summed, other measures weighted by population.
 *
 * Disclosure in the public view — the rule: **a Handlungsraum's value is published only when
 * every member's own value is published.** A member counts as hidden when its count is a small
 * count (0 < count < threshold, primary suppression as in monitoring's disclosure control) or when
 * the caller marks it `suppressed` (hidden in the public atlas, which includes the atlas's
 * secondary suppression that a member's own count cannot show). The published aggregate is then
 * a function of published figures only, so subtracting published member values from it (or from
 * the published municipal total) gives nothing that was not public already.
 *
 * Why not the table rule of monitoring (hidden cells are fine when at least two hide together and
 * their sum is no small count)? That rule protects one fixed table. Handlungsräume are drawn
 * freely by planners, overlap, and sit next to the published municipal total: a Handlungsraum
 * {hidden area, published area} gives the hidden value back by one subtraction, and so does its
 * complement within the municipality. With freely chosen sets of areas only aggregates of
 * published figures are safe for every combination. The internal view (planners of the
 * municipality) sees the aggregate of all members.
 */
import {
	disclosedRate,
	published,
	suppressSmallCount,
	type Disclosed
} from '$lib/server/monitoring';

export interface AreaCell {
	areaCode: string;
	/** The stored value; null when the area has no value for this indicator and year. */
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	/** Weight for kinds that cannot be pooled (measures, shares without parts). */
	population?: number | null;
	/** The public atlas hides this cell (primary or secondary suppression over the municipality). */
	suppressed?: boolean;
}

export interface AggregateOptions {
	kind: 'share' | 'count' | 'measure';
	/** Scale of a share (per 100, per 1,000 residents); ignored for other kinds. */
	per: number;
	/** Smallest count the municipality publishes (monitoring's disclosure threshold). */
	threshold: number;
}

export const aggregateReasons = [
	/** Public view: a member's value is hidden, and publishing the aggregate could reveal it. */
	'member_suppressed',
	/** Public view: the pooled count itself is a small count. */
	'small_count',
	/** A share over a base of 0. */
	'no_base',
	/** A measure (or a share without numerator and denominator) without populations to weight by. */
	'no_weights'
] as const;
export type AggregateReason = (typeof aggregateReasons)[number];

export type AggregateResult =
	| { state: 'value'; value: number; numerator: number | null; denominator: number | null }
	| { state: 'suppressed'; reason: AggregateReason }
	| { state: 'missing' };

/** A cell known to have a value (checked at the top of `aggregateCells`). */
type PresentCell = AreaCell & { value: number };

export function aggregateCells(
	cells: readonly AreaCell[],
	opts: AggregateOptions,
	view: 'public' | 'internal'
): AggregateResult {
	if (cells.length === 0 || cells.some((cell) => cell.value === null)) return { state: 'missing' };
	const present = cells as readonly PresentCell[];
	if (view === 'public' && present.some((cell) => isHiddenInPublic(cell, opts))) {
		return { state: 'suppressed', reason: 'member_suppressed' };
	}
	if (opts.kind === 'count') return sumOfCounts(present, opts, view);
	if (opts.kind === 'share' && present.every(hasParts)) return pooledShare(present, opts, view);
	return weightedMean(present);
}

/** The count a cell's disclosure depends on: a share's numerator, a count's value; measures none. */
function countOf(cell: PresentCell, kind: AggregateOptions['kind']): number | null {
	if (kind === 'count') return cell.value;
	if (kind === 'share') return cell.numerator;
	return null;
}

function isHiddenInPublic(cell: PresentCell, opts: AggregateOptions): boolean {
	if (cell.suppressed) return true;
	const count = countOf(cell, opts.kind);
	return count !== null && disclose(count, opts.threshold).suppressed;
}

/** Monitoring rounds imported counts the same way before its disclosure control. */
function disclose(count: number, threshold: number): Disclosed {
	return suppressSmallCount(Math.max(0, Math.round(count)), { threshold });
}

function sumOfCounts(
	cells: readonly PresentCell[],
	opts: AggregateOptions,
	view: 'public' | 'internal'
): AggregateResult {
	const total = sum(cells.map((cell) => cell.value));
	if (view === 'public' && disclose(total, opts.threshold).suppressed) {
		return { state: 'suppressed', reason: 'small_count' };
	}
	return { state: 'value', value: total, numerator: total, denominator: null };
}

function hasParts(cell: AreaCell): boolean {
	return cell.numerator !== null && cell.denominator !== null;
}

function pooledShare(
	cells: readonly PresentCell[],
	opts: AggregateOptions,
	view: 'public' | 'internal'
): AggregateResult {
	const numerator = sum(cells.map((cell) => cell.numerator ?? 0));
	const denominator = sum(cells.map((cell) => cell.denominator ?? 0));
	const count = view === 'public' ? disclose(numerator, opts.threshold) : published(numerator);
	const rate = disclosedRate(count, denominator, opts.per);
	if (rate.suppressed) {
		return { state: 'suppressed', reason: rate.reason === 'no_base' ? 'no_base' : 'small_count' };
	}
	return { state: 'value', value: rate.value, numerator, denominator };
}

/** Population-weighted mean; a single member needs no weight. */
function weightedMean(cells: readonly PresentCell[]): AggregateResult {
	if (cells.length === 1) {
		return { state: 'value', value: cells[0].value, numerator: null, denominator: null };
	}
	const weights = cells.map((cell) => cell.population ?? null);
	if (weights.some((w) => w === null || !(w >= 0))) {
		return { state: 'suppressed', reason: 'no_weights' };
	}
	const total = sum(weights as number[]);
	if (total <= 0) return { state: 'suppressed', reason: 'no_weights' };
	const value = sum(cells.map((cell, i) => cell.value * (weights[i] as number))) / total;
	return { state: 'value', value, numerator: null, denominator: null };
}

function sum(values: readonly number[]): number {
	return values.reduce((acc, v) => acc + v, 0);
}
