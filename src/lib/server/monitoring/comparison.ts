/**
 * Comparable definitions: a figure is set beside another only when both hold for the same time
 * basis (reference date 31.12. or annual average) and the same year. INKAR publishes unemployment
 * as an annual average, the municipalities' small-area counts are taken on 31 December: the two
 * differ by seasonal and intra-year movement, so an area's Stichtag figure beside the Ruhr's
 * annual average would show a difference that is partly the definition. Such figures are kept
 * apart, labelled with their time basis; and years are matched exactly, never the nearest one.
 */
import { translator, type Locale } from '$lib/i18n';
import type { TimeBasis } from '$lib/types/monitoring';

export interface BasisFigure<T> {
	readonly year: number;
	readonly timeBasis: TimeBasis;
	readonly figure: T;
}

export interface Matched<T> {
	/** Same definition, same year: may stand beside the own figure. */
	readonly comparable: T | null;
	/** Same year, other time basis: shown apart and labelled, never as a comparison. */
	readonly apart: BasisFigure<T> | null;
}

/** The reference figure for an own figure of `year` and `timeBasis`, split by comparability. */
export function matchReference<T>(
	own: { readonly year: number; readonly timeBasis: TimeBasis },
	references: readonly BasisFigure<T>[]
): Matched<T> {
	const sameYear = references.filter((r) => r.year === own.year);
	const same = sameYear.find((r) => r.timeBasis === own.timeBasis);
	const other = sameYear.find((r) => r.timeBasis !== own.timeBasis);
	return { comparable: same?.figure ?? null, apart: other ?? null };
}

/**
 * A reference series along the own years: for each year, the reference of the same time basis
 * and exactly that year, else null (a gap, not the neighbouring year's figure).
 */
export function comparableSeries<T>(
	years: readonly number[],
	timeBasis: TimeBasis,
	references: readonly BasisFigure<T>[]
): (T | null)[] {
	return years.map((year) => matchReference({ year, timeBasis }, references).comparable);
}

/** "Stichtag 31.12." / "Jahresdurchschnitt" in the reader's language. */
export function timeBasisLabel(basis: TimeBasis, locale: Locale = 'de'): string {
	return translator(locale)(`timeBasis.${basis}`);
}
