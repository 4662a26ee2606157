import type { Locale } from '$lib/i18n';

const intl: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** A figure with the indicator's decimals, in the page's language ("12,5" / "12.5"); "–" for none. */
export function figure(value: number | null | undefined, decimals: number, locale: Locale): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	return new Intl.NumberFormat(intl[locale], {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	}).format(value);
}

/** A signed difference ("+1,2" / "−0,4"). */
export function signed(value: number | null | undefined, decimals: number, locale: Locale): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	const text = figure(Math.abs(value), decimals, locale);
	return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** Euros from the exact decimal text ("12500.50" → "12.500,50 €"). */
export function euros(value: string | null, locale: Locale): string {
	if (value === null) return '–';
	return new Intl.NumberFormat(intl[locale], { style: 'currency', currency: 'EUR' }).format(
		Number(value)
	);
}
