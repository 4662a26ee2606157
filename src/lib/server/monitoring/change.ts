/**
 * The change map: how an indicator moved in each area between two years, from the public (disclosed)
 * values of both years, classed on a diverging scale centred on zero. Pure.
 *
 * A change is always the difference later − earlier in the indicator's unit; for a value in per
 * cent that difference is in percentage points ("Prozentpunkte"). A per cent change (relative to the
 * earlier value) is never shown: on small areas it divides by small and uncertain bases (3 → 6 cases
 * is "+100 %"), and for a rate it mixes two meanings of "%" (see docs/decisions/0027).
 *
 * Disclosure: a change is built from published values only. If either year's value is suppressed
 * the change is suppressed too (it would otherwise be one of the hidden values plus a published
 * one); an area without a value in one of the years has no change ("keine Angabe").
 */
import { schemePuOr } from 'd3-scale-chromatic';
import { formatSigned, translator, type Locale } from '$lib/i18n';
import type { IndicatorDirection } from '$lib/types/monitoring';
import { displayValue, type Disclosed, type Suppressed } from './disclosure';
import { unitText, type AtlasIndicator } from './format';

/** The unit of a change: percentage points for values in per cent, else the indicator's unit. */
export type ChangeBasis = 'points' | 'unit';

export function changeBasis(indicator: { readonly unit: string }): ChangeBasis {
	return indicator.unit === '%' ? 'points' : 'unit';
}

/** Reasons that hide a figure (secret) come before "no meaningful value" ('no_base'). */
function strongerReason(a: Suppressed, b: Suppressed | null): Suppressed {
	if (!b) return a;
	return a.reason === 'no_base' && b.reason !== 'no_base' ? b : a;
}

/**
 * The change of one area: null when a year has no value (keine Angabe); suppressed when either
 * year's value is (keeping a secret reason over "no meaningful value"); else later − earlier.
 */
export function changeOf(
	earlier: Disclosed | null | undefined,
	later: Disclosed | null | undefined
): Disclosed | null {
	if (!earlier || !later) return null;
	if (earlier.suppressed || later.suppressed) {
		const first = earlier.suppressed ? earlier : null;
		const second = later.suppressed ? later : null;
		return strongerReason((first ?? second)!, first ? second : null);
	}
	return { suppressed: false, value: later.value - earlier.value };
}

export interface DivergingClasses {
	/** Half the width of the middle class: values with |v| ≤ half are "about unchanged". */
	readonly step: number;
	/** Upper edges from the most negative class to the most positive, symmetric around zero. */
	readonly edges: readonly number[];
}

/** Number of classes of the change map: two below zero, one around it, two above. */
export const CHANGE_CLASS_COUNT = 5;

/** The smallest "nice" step (1, 2, 2.5 or 5 × 10ⁿ) of at least `x`. */
function niceCeil(x: number): number {
	const power = 10 ** Math.floor(Math.log10(x));
	for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= x * (1 - 1e-9)) return m * power;
	return 10 * power;
}

/**
 * Five classes of equal width symmetric around zero, with round edges: the middle class holds the
 * areas about unchanged (|v| ≤ step/2), two classes on each side the falls and rises; the outer
 * edges (±2.5 steps) cover the largest change. The step is at least two units of the last shown
 * decimal, so that no edge is written as 0.
 */
export function divergingBreaks(values: readonly number[], decimals: number): DivergingClasses {
	const largest = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
	const smallest = 2 * 10 ** -Math.max(0, decimals);
	const step = Math.max(smallest, largest > 0 ? niceCeil((2 * largest) / CHANGE_CLASS_COUNT) : 0);
	const half = step / 2;
	return { step, edges: [-3 * half, -half, half, 3 * half, 5 * half] };
}

/**
 * The class of a change: on a boundary a value belongs to the class nearer to zero, so that the
 * classes mirror each other (−1 and +1 fall into classes at the same distance from the middle).
 */
export function divergingClassOf(value: number, classes: DivergingClasses): number {
	const middle = (CHANGE_CLASS_COUNT - 1) / 2;
	const half = classes.step / 2;
	const distance = Math.abs(value);
	if (distance <= half + 1e-12) return middle;
	const away = Math.min(middle, Math.ceil((distance - half) / classes.step - 1e-12));
	return value > 0 ? middle + away : middle - away;
}

/**
 * The colours of the classes from the most negative to the most positive (ColorBrewer PuOr, safe
 * for colour-vision deficiency, light neutral middle). The purple side is the one of more need: a
 * rise where a higher value means more need (and for neutral indicators), a fall where a lower value
 * does.
 */
export function divergingColours(direction: IndicatorDirection): string[] {
	// d3 lists PuOr from purple to orange; the classes run from falls to rises.
	const risingPurple = [...(schemePuOr[CHANGE_CLASS_COUNT] as readonly string[])].reverse();
	return direction === 'need_down' ? risingPurple.reverse() : risingPurple;
}

/** The class edges as pairs [from, to] for legend lines, most negative first. */
export function divergingRanges(classes: DivergingClasses): [number, number][] {
	const lower = -classes.edges[classes.edges.length - 1];
	return classes.edges.map((to, i) => [i === 0 ? lower : classes.edges[i - 1], to]);
}

/** A change rounded to the shown decimals, so that −0,04 is written "0,0", not "−0,0". */
function shown(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	const rounded = Math.round(value * factor) / factor;
	return rounded === 0 ? 0 : rounded;
}

/** "+1,2" / "−0,4" / "0,0" with the indicator's decimals. */
export function formatChangeNumber(value: number, decimals: number, locale: Locale): string {
	return formatSigned(shown(value, decimals), locale, decimals);
}

/** The unit a change is written in: "Prozentpunkte" for per cent, else the indicator's unit. */
export function changeUnitText(
	indicator: Pick<AtlasIndicator, 'unit'>,
	basis: ChangeBasis,
	locale: Locale
): string {
	return basis === 'points' ? translator(locale)('atlas.change.points') : indicator.unit;
}

/** A change for a table cell or a map label: "+1,2 Prozentpunkte", "−35", "." (secret). */
export function formatChange(
	change: Disclosed,
	indicator: Pick<AtlasIndicator, 'decimals' | 'unit'>,
	locale: Locale
): string {
	const text = displayValue(change, (v) => formatChangeNumber(v, indicator.decimals, locale));
	if (change.suppressed) return text;
	const basis = changeBasis(indicator);
	const people = indicator.unit === 'Personen' || indicator.unit === unitText('Personen', 'en');
	return people && basis === 'unit' ? text : `${text} ${changeUnitText(indicator, basis, locale)}`;
}

/**
 * The legend line of a diverging class, signed: "−5,0 bis unter −3,0" below zero, "−1,0 bis +1,0"
 * around it, "über +1,0 bis +3,0" above (on a boundary a value belongs to the class nearer zero).
 */
export function changeClassLabel(
	index: number,
	from: number,
	to: number,
	decimals: number,
	locale: Locale
): string {
	const t = translator(locale);
	const f = (v: number) => formatChangeNumber(v, decimals, locale);
	const middle = (CHANGE_CLASS_COUNT - 1) / 2;
	if (index < middle) return t('atlas.legend.below', { from: f(from), to: f(to) });
	if (index === middle) return t('atlas.legend.range', { from: f(from), to: f(to) });
	return t('atlas.legend.above', { from: f(from), to: f(to) });
}
