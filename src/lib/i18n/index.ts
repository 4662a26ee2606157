import { de, en, type MessageKey } from './catalogues';

export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'de';
export type { MessageKey };

const catalogues: Record<Locale, Record<MessageKey, string>> = { de, en };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** `t('home.toEdition', { year: 2023 })`; a missing parameter stays visible as `{name}`. */
export function translator(locale: Locale): Translate {
	const catalogue = catalogues[locale];
	return (key, params) => {
		const message = catalogue[key] ?? de[key];
		if (!params) return message;
		return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
			name in params ? String(params[name]) : whole
		);
	};
}

const intlLocale: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

// Intl formatters are costly to build; one per locale and kind is kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, kind: 'date' | 'time'): Intl.DateTimeFormat {
	const key = `${locale}:${kind}`;
	let f = formatters.get(key);
	if (!f) {
		f =
			kind === 'date'
				? new Intl.DateTimeFormat(intlLocale[locale], {
						weekday: 'long',
						day: 'numeric',
						month: 'long',
						year: 'numeric',
						timeZone: 'UTC'
					})
				: new Intl.DateTimeFormat(intlLocale[locale], {
						hour: '2-digit',
						minute: '2-digit',
						hourCycle: 'h23',
						timeZone: 'Europe/Berlin'
					});
		formatters.set(key, f);
	}
	return f;
}

/** "Mittwoch, 14. Juni 2023" from a calendar date (YYYY-MM-DD), independent of the server zone. */
export function formatDate(date: string, locale: Locale): string {
	const [y, m, d] = date.split('-').map(Number);
	return formatter(locale, 'date').format(new Date(Date.UTC(y, m - 1, d)));
}

/** "09:00", Berlin wall-clock time of an instant. */
export function formatTime(instant: Date, locale: Locale): string {
	return formatter(locale, 'time').format(instant);
}

export function formatBytes(bytes: number, locale: Locale): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || value >= 10 ? 0 : 1;
	return `${new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** Some problems arrive as catalogue keys (schema messages), others as text; both as text here. */
export function messageText(t: Translate, message: string): string {
	return isMessageKey(message) ? t(message) : message;
}

export function isMessageKey(text: string): text is MessageKey {
	return Object.hasOwn(de, text);
}

/** A form's problems by field, each as text in the reader's language (see `messageText`). */
export function localised(t: Translate, errors: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(errors).map(([f, m]) => [f, messageText(t, m)]));
}
