import { de, en, type MessageKey } from './catalogues';
import { formatNumber } from './format';

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

export {
	formatCount,
	formatDate,
	formatDateTime,
	formatDayOf,
	formatEuros,
	formatMonth,
	formatNumber,
	formatShortDate,
	formatSigned,
	formatTime,
	intlLocale
} from './format';

export function formatBytes(bytes: number, locale: Locale): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || value >= 10 ? 0 : 1;
	const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
	return `${formatNumber(rounded, locale)} ${units[unit]}`;
}

/**
 * A catalogue message with its parameters as one string ("bo.err.maxChars?max=300"), for places
 * that carry a message as text: a schema's issue, a domain error. `messageText` reads it back.
 */
export function messageRef(key: MessageKey, params?: Params): string {
	if (!params) return key;
	const query = new URLSearchParams(
		Object.entries(params).map(([name, value]) => [name, String(value)])
	);
	return `${key}?${query}`;
}

/**
 * Some problems arrive as catalogue keys or references (`messageRef`: schema messages, domain
 * errors), others as text; all as text in the reader's language here.
 */
export function messageText(t: Translate, message: string): string {
	if (isMessageKey(message)) return t(message);
	const at = message.indexOf('?');
	const key = at > 0 ? message.slice(0, at) : '';
	if (!isMessageKey(key)) return message;
	return t(key, Object.fromEntries(new URLSearchParams(message.slice(at + 1))));
}

export function isMessageKey(text: string): text is MessageKey {
	return Object.hasOwn(de, text);
}

/** A form's problems by field, each as text in the reader's language (see `messageText`). */
export function localised(t: Translate, errors: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(errors).map(([f, m]) => [f, messageText(t, m)]));
}
