/**
 * The public view of a dataset: every value passes disclosure control before any page, export,
 * map or API response is built, and public outputs are built from this view only. A suppressed
 * cell carries no number (see disclosure.ts), so it cannot leak through any of them.
 *
 * Per indicator and year the areas of a municipality form one column of counts whose total (the
 * municipality) is published: primary suppression hides small counts, secondary suppression a
 * partner cell, so the total minus the published cells never gives a hidden count back. A share's
 * rate follows its numerator. Measures without counts (m² per resident, an index) are published as
 * given; so are shares imported without a numerator, which cannot be checked.
 */
import type { IndicatorKind } from '$lib/types/monitoring';
import { disclosedRate, published, suppressTable, suppressed, type Disclosed } from './disclosure';

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

export function discloseValues(
	values: readonly RawValue[],
	indicators: readonly IndicatorMeta[],
	threshold: number
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
	for (const [key, group] of groups) {
		const indicator = meta.get(group[0].indicatorKey);
		if (!indicator) continue;
		const total = discloseGroup(group, indicator, threshold, cells);
		if (total) totals.set(key, total);
	}
	return { threshold, cells, totals };
}

function discloseGroup(
	group: readonly RawValue[],
	indicator: IndicatorMeta,
	threshold: number,
	cells: Map<string, DisclosedCell>
): DisclosedTotal | null {
	const set = (v: RawValue, cell: DisclosedCell) =>
		cells.set(cellKey(v.areaId, v.indicatorKey, v.year), cell);

	if (indicator.kind === 'measure') {
		for (const v of group) set(v, { value: published(v.value), count: null });
		return null;
	}
	if (indicator.kind === 'count') {
		const counts = group.map((v) => Math.max(0, Math.round(v.value)));
		const table = suppressTable(
			counts.map((c) => [c]),
			{ threshold, rowTotals: false, columnTotals: true }
		);
		group.forEach((v, i) => {
			const figure = table.cells[i][0];
			set(v, { value: figure, count: figure });
		});
		const totalFigure = table.columnTotals![0];
		return { value: totalFigure, count: totalFigure };
	}

	// Shares: the cells with a numerator form the table; the others cannot be checked.
	const counted = group.filter((v) => v.numerator !== null && v.denominator !== null);
	for (const v of group) {
		if (v.numerator === null || v.denominator === null) {
			set(v, { value: published(v.value), count: null });
		}
	}
	if (counted.length === 0) return null;
	const table = suppressTable(
		counted.map((v) => [Math.max(0, Math.round(v.numerator!))]),
		{ threshold, rowTotals: false, columnTotals: true }
	);
	const per = indicator.per ?? 100;
	counted.forEach((v, i) => {
		const count = table.cells[i][0];
		const rate = disclosedRate(count, v.denominator!, per);
		// The stored value may be rounded in the source; publish it rather than our recomputation.
		set(v, { value: rate.suppressed ? rate : published(v.value), count });
	});
	if (counted.length !== group.length) return null;
	const totalCount = table.columnTotals![0];
	const denominator = counted.reduce((sum, v) => sum + v.denominator!, 0);
	return { value: disclosedRate(totalCount, denominator, per), count: totalCount };
}

/** For places that need "no figure" without a reason (e.g. a year without data). */
export const missing: Disclosed = suppressed('no_base');
