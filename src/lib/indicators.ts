import type { Locale } from '$lib/i18n';

/** An indicator's name in the page's language (the German one where the catalogue has no English). */
export function indicatorName(
	indicator: { readonly name: string; readonly nameEn?: string | null },
	locale: Locale
): string {
	return locale === 'en' ? (indicator.nameEn ?? indicator.name) : indicator.name;
}

/** An indicator's definition in the page's language (German where there is no English). */
export function indicatorDefinition(
	indicator: { readonly definition: string; readonly definitionEn?: string | null },
	locale: Locale
): string {
	return locale === 'en' ? (indicator.definitionEn ?? indicator.definition) : indicator.definition;
}
