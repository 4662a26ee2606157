/**
 * Numbers and dates in the page's language: one place for every `Intl` formatter, so an English
 * page never shows "6,9 %" or "14.06.2023" and a German page never "6.9 %". Formatters are costly
 * to build; one per locale and kind is kept for the process.
 */
import type { Locale } from './index';

const intlLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** The BCP 47 tag `Intl` wants for a page language. */
export function intlLocale(locale: Locale): string {
	return intlLocales[locale];
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `n:${locale}:${JSON.stringify(options)}`;
	let f = cache.get(key) as Intl.NumberFormat | undefined;
	if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocales[locale], options)));
	return f;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `d:${locale}:${JSON.stringify(options)}`;
	let f = cache.get(key) as Intl.DateTimeFormat | undefined;
	if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLocales[locale], options)));
	return f;
}

/**
 * "12,5" / "12.5" with exactly `decimals` decimals when given (else as many as needed, at most
 * three); thousands grouped ("12.500" / "12,500").
 */
export function formatNumber(value: number, locale: Locale, decimals?: number): string {
	return numberFormat(
		locale,
		decimals === undefined
			? { maximumFractionDigits: 3 }
			: { minimumFractionDigits: decimals, maximumFractionDigits: decimals }
	).format(value);
}

/** A whole count: "1.234" / "1,234". */
export function formatCount(value: number, locale: Locale): string {
	return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A signed difference: "+1,2" / "−0,4" (a true minus sign); no sign for zero. */
export function formatSigned(value: number, locale: Locale, decimals: number): string {
	const text = formatNumber(Math.abs(value), locale, decimals);
	return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** Euros: "12.500,50 €" / "€12,500.50". */
export function formatEuros(value: number, locale: Locale): string {
	return numberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);
}

function calendarDay(date: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d || 1));
}

/** "Mittwoch, 14. Juni 2023" / "Wednesday, 14 June 2023" from a calendar date (YYYY-MM-DD). */
export function formatDate(date: string, locale: Locale): string {
	return dateFormat(locale, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(calendarDay(date));
}

/** "14.06.2023" / "14 Jun 2023" from a calendar date (YYYY-MM-DD). */
export function formatShortDate(date: string, locale: Locale): string {
	return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(calendarDay(date));
}

/** "März 2021" / "March 2021" from a calendar date (YYYY-MM-DD or YYYY-MM). */
export function formatMonth(date: string, locale: Locale): string {
	return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		calendarDay(date)
	);
}

/** "09:00", the Berlin wall-clock time of an instant. */
export function formatTime(instant: Date, locale: Locale): string {
	return dateFormat(locale, {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: 'Europe/Berlin'
	}).format(instant);
}

/** "14.06.23, 09:00" / "14/06/2023, 09:00", an instant in Berlin time (seconds with 'medium'). */
export function formatDateTime(
	instant: Date,
	locale: Locale,
	dateStyle: 'short' | 'medium' = 'short',
	timeStyle: 'short' | 'medium' = 'short'
): string {
	return dateFormat(locale, { dateStyle, timeStyle, timeZone: 'Europe/Berlin' }).format(instant);
}

/** "14.06.2023" / "14 Jun 2023", the Berlin calendar day of an instant. */
export function formatDayOf(instant: Date, locale: Locale): string {
	return dateFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(instant);
}
