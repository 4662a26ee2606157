/**
 * How the atlas writes numbers and names its indicators: number format and indicator names in the
 * page's language (German by default, as in the downloads), units, the "." of a suppressed figure,
 * and the public description of an indicator.
 */
import { indicatorName } from '$lib/indicators';
import { formatNumber as formatLocal, translator, type Locale } from '$lib/i18n';
import { displayValue, type Disclosed } from './disclosure';
import type { IndicatorRow } from './catalogue';
import type { TypeProfile } from './typology';

export interface AtlasIndicator {
	readonly key: string;
	readonly name: string;
	readonly definition: string;
	readonly unit: string;
	readonly kind: IndicatorRow['kind'];
	readonly direction: IndicatorRow['direction'];
	readonly handlungsfeld: IndicatorRow['handlungsfeld'];
	readonly source: string;
	readonly decimals: number;
	readonly numeratorLabel: string | null;
	readonly denominatorLabel: string | null;
}

export { indicatorName };

/** The unit as a reader of `locale` writes it ("Personen" / "people"; symbols stay). */
export function unitText(unit: string, locale: Locale): string {
	return unit === 'Personen' ? translator(locale)('unit.Personen') : unit;
}

export const toAtlasIndicator = (i: IndicatorRow, locale: Locale = 'de'): AtlasIndicator => ({
	key: i.key,
	name: indicatorName(i, locale),
	definition: locale === 'en' ? (i.definitionEn ?? i.definition) : i.definition,
	unit: unitText(i.unit, locale),
	kind: i.kind,
	direction: i.direction,
	handlungsfeld: i.handlungsfeld,
	source: i.source,
	decimals: i.decimals,
	numeratorLabel: i.numeratorLabel,
	denominatorLabel: i.denominatorLabel
});

export function formatNumber(value: number, decimals: number, locale: Locale = 'de'): string {
	return formatLocal(value, locale, decimals);
}

export function formatFigure(
	figure: Disclosed,
	indicator: Pick<AtlasIndicator, 'decimals' | 'unit'>,
	locale: Locale = 'de'
): string {
	const text = displayValue(figure, (v) => formatNumber(v, indicator.decimals, locale));
	if (figure.suppressed) return text;
	// A head count needs no unit ("12.345", not "12.345 Personen"), in either language.
	const people = indicator.unit === 'Personen' || indicator.unit === unitText('Personen', 'en');
	return indicator.unit === '%' ? `${text} %` : people ? text : `${text} ${indicator.unit}`;
}

/** The legend line of a class: "6,6 bis 8,1" (the first), "über 8,1 bis 11,7" (the others). */
export function classLabel(
	first: boolean,
	from: number,
	to: number,
	decimals: number,
	locale: Locale
): string {
	const t = translator(locale);
	const f = (v: number) => formatNumber(v, decimals, locale);
	return first
		? t('atlas.legend.range', { from: f(from), to: f(to) })
		: t('atlas.legend.above', { from: f(from), to: f(to) });
}

/** The most a type's description names before it needs more to tell two types apart. */
const DESCRIBED_INDICATORS = 4;

/**
 * What sets each type apart, in the page's language: the indicators on which its mean lies
 * furthest above and below the municipal average, with the distance in standard deviations —
 * "hoch: SGB-II-Quote (+1,4), Kinderarmut (+0,9); niedrig: Wohnfläche je Einwohner (−0,8)".
 * Every indicator at least `threshold` away is named (up to four); a type with none is "nahe am
 * Durchschnitt". Two types never share a description: while two read the same, both name their
 * next indicator, and if even all of them agree to one decimal the type number tells them apart.
 */
export function typeDescriptions(
	profiles: readonly Pick<TypeProfile, 'meanZ' | 'type'>[],
	indicators: readonly { key: string; name: string; nameEn?: string | null }[],
	threshold: number,
	locale: Locale
): string[] {
	const t = translator(locale);
	const ranked = profiles.map((p) =>
		indicators
			.map((indicator, order) => ({ indicator, order, z: p.meanZ[indicator.key] ?? 0 }))
			.sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.order - b.order)
	);
	const shown = ranked.map((list) =>
		Math.min(DESCRIBED_INDICATORS, list.filter((e) => Math.abs(e.z) >= threshold).length)
	);
	const text = (i: number): string => {
		const taken = ranked[i].slice(0, shown[i]);
		const named = (entries: typeof taken) =>
			entries
				.map((e) => `${indicatorName(e.indicator, locale)} (${signed(e.z, locale)})`)
				.join(', ');
		const high = taken.filter((e) => e.z > 0);
		const low = taken.filter((e) => e.z < 0);
		const parts: string[] = [];
		if (high.length) parts.push(t('type.high', { names: named(high) }));
		if (low.length) parts.push(t('type.low', { names: named(low) }));
		const near = taken.every((e) => Math.abs(e.z) < threshold);
		if (near) parts.unshift(t('type.average'));
		return parts.join('; ');
	};
	let texts = profiles.map((_, i) => text(i));
	for (;;) {
		const seen = new Map<string, number[]>();
		texts.forEach((s, i) => seen.set(s, [...(seen.get(s) ?? []), i]));
		const clashing = [...seen.values()].filter((group) => group.length > 1).flat();
		const widened = clashing.filter((i) => shown[i] < ranked[i].length);
		if (widened.length === 0) {
			return texts.map((s, i) =>
				clashing.includes(i) ? `${s} (${t('atlas.typeName', { type: profiles[i].type })})` : s
			);
		}
		for (const i of widened) shown[i] += 1;
		texts = profiles.map((_, i) => text(i));
	}
}

/** A z-score to one decimal with its sign, never "−0,0". */
function signed(z: number, locale: Locale): string {
	const rounded = Math.round(z * 10) / 10;
	if (rounded === 0) return formatLocal(0, locale, 1);
	return (rounded > 0 ? '+' : '−') + formatLocal(Math.abs(rounded), locale, 1);
}
