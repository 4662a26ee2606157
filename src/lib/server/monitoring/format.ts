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

/**
 * What sets a type apart, in the page's language: "hoch: …; niedrig: …" with the indicators
 * whose mean z-score is at least `threshold` above or below the municipal average.
 */
export function typeDescription(
	profile: Pick<TypeProfile, 'meanZ'>,
	indicators: readonly { key: string; name: string; nameEn?: string | null }[],
	threshold: number,
	locale: Locale
): string {
	const t = translator(locale);
	const names = (pick: (z: number) => boolean) =>
		indicators.filter((i) => pick(profile.meanZ[i.key])).map((i) => indicatorName(i, locale));
	const high = names((z) => z >= threshold);
	const low = names((z) => z <= -threshold);
	const parts: string[] = [];
	if (high.length) parts.push(t('type.high', { names: high.join(', ') }));
	if (low.length) parts.push(t('type.low', { names: low.join(', ') }));
	return parts.length ? parts.join('; ') : t('type.average');
}
