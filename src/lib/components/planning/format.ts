import { formatEuros, formatNumber, formatSigned, type Locale, type Translate } from '$lib/i18n';

/** A figure with the indicator's decimals, in the page's language ("12,5" / "12.5"); "–" for none. */
export function figure(value: number | null | undefined, decimals: number, locale: Locale): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	return formatNumber(value, locale, decimals);
}

/** A signed difference ("+1,2" / "−0,4"). */
export function signed(value: number | null | undefined, decimals: number, locale: Locale): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	return formatSigned(value, locale, decimals);
}

/** Euros from the exact decimal text ("12500.50" → "12.500,50 €"). */
export function euros(value: string | null, locale: Locale): string {
	if (value === null) return '–';
	return formatEuros(Number(value), locale);
}

/**
 * A Handlungsraum's name in the page's language: the whole municipality, which every plan has
 * from the start under the name "Gesamte Kommune <Gemeinde>", is named in the reader's language;
 * a name a planner chose stays as it is.
 */
export function raumName(t: Translate, name: string): string {
	const municipality = /^Gesamte Kommune (.+)$/.exec(name)?.[1];
	return municipality ? t('programme.wholeMunicipality', { name: municipality }) : name;
}
