import { formatCount, formatMonth, intlLocale, type Locale, type Translate } from '$lib/i18n';

/** "März 2021" / "March 2021" from a calendar date (YYYY-MM-DD). */
export const monthYear = formatMonth;

/** "März 2021 – Dezember 2024", "ab März 2021", "bis …" or null without dates. */
export function period(
	startsOn: string | null,
	endsOn: string | null,
	locale: Locale,
	t: Translate
): string | null {
	if (startsOn && endsOn) return `${monthYear(startsOn, locale)} – ${monthYear(endsOn, locale)}`;
	if (startsOn) return t('practice.from', { date: monthYear(startsOn, locale) });
	if (endsOn) return t('practice.until', { date: monthYear(endsOn, locale) });
	return null;
}

export function count(value: number, locale: Locale): string {
	return formatCount(value, locale);
}

/** One/other plural of a catalogue pair (`….one` / `….other`). */
export function plural(
	t: Translate,
	key: 'practice.results' | 'practice.likeResults' | 'practice.withMeasures',
	n: number,
	locale: Locale
): string {
	const form = new Intl.PluralRules(intlLocale(locale)).select(n) === 'one' ? 'one' : 'other';
	return t(`${key}.${form}`, { count: count(n, locale) });
}
