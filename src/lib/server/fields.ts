import { z } from 'zod';

/**
 * The fields every form and API schema is built from, so that bad input is refused the same way
 * everywhere: as a field error, before anything reaches the database. PostgreSQL refuses a NUL
 * byte in text, a 31 February, a time of 25:99 and an integer above 2³¹−1 with an exception,
 * and JavaScript's `Date` silently turns 31 February into 3 March; both end here.
 *
 * Messages are catalogue keys (`field.err.…`, German and English) unless a domain passes its own
 * (a key or code of its catalogue, or German text); pages show keys in the reader's language.
 */

/** PostgreSQL `integer` (int4), the type of every id and count column. */
export const INT4_MAX = 2_147_483_647;

/**
 * C0 controls, DEL and C1 controls; tab, line feed and carriage return are allowed where a field
 * takes several lines (a textarea sends CR LF). In a one-line field they become spaces anyway.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** With the `u` flag this matches only a surrogate half without its partner. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/**
 * Characters that take no room on screen: zero-width space/joiners, word joiner, byte-order mark,
 * soft hyphen, direction marks and embeddings. Inside a word they may belong there (a joiner in
 * a Persian name, an emoji sequence); at the edges and as the whole value they never do.
 */
const INVISIBLE =
	'\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF';
const EDGES = new RegExp(`^[\\s${INVISIBLE}]+|[\\s${INVISIBLE}]+$`, 'gu');

/** True when the text holds a character no form field may contain (see `CONTROL`). */
export function hasForbiddenCharacters(text: string): boolean {
	return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

/** A name the platform stores but nobody typed (an uploaded file's name): forbidden characters go. */
export function withoutForbiddenCharacters(text: string): string {
	return text.replace(new RegExp(CONTROL.source, 'g'), '').replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
}

/** Trims whitespace and invisible characters at both ends; one-line text also loses inner runs. */
export function normaliseText(text: string, multiline = false): string {
	const flat = multiline ? text : text.replace(/\s+/g, ' ');
	return flat.replace(EDGES, '');
}

export interface TextMessages {
	/** The value is missing or empty (also: only invisible characters). */
	required?: string;
	tooLong?: string;
	/** Control characters or a broken character. */
	invalid?: string;
}

export interface TextOptions extends TextMessages {
	max: number;
	/** A textarea: keeps tabs and line breaks. */
	multiline?: boolean;
}

const defaults = {
	required: 'field.err.required',
	tooLong: 'field.err.tooLong',
	invalid: 'field.err.characters'
} as const;

function checkedText(options: TextOptions) {
	const invalid = options.invalid ?? defaults.invalid;
	return z
		.string()
		.refine((v) => !hasForbiddenCharacters(v), { message: invalid, abort: true })
		.transform((v) => normaliseText(v, options.multiline))
		.pipe(z.string().max(options.max, options.tooLong ?? defaults.tooLong));
}

/** A text that must be given (a name, a title). */
export function requiredText(options: TextOptions) {
	const required = options.required ?? defaults.required;
	return z
		.string({ error: required })
		.pipe(checkedText(options))
		.refine((v) => v !== '', required);
}

/** A text that may be left empty: `null` when empty, missing or only invisible characters. */
export function optionalText(options: TextOptions) {
	return z
		.string({ error: 'field.err.text' })
		.nullish()
		.transform((v) => v ?? '')
		.pipe(checkedText(options))
		.transform((v) => (v === '' ? null : v));
}

/**
 * A search box: never an error page. A query with forbidden characters is no query, and the
 * page says so (`{ query: null, invalid: true }`).
 */
export function searchText(raw: string | null | undefined, max: number): SearchText {
	if (raw === null || raw === undefined) return { query: null, invalid: false };
	if (hasForbiddenCharacters(raw)) return { query: null, invalid: true };
	const query = normaliseText(raw).slice(0, max);
	return { query: query === '' ? null : query, invalid: false };
}
export interface SearchText {
	query: string | null;
	invalid: boolean;
}

export interface IntegerOptions {
	min?: number;
	max?: number;
	/** Message for a missing value (only for required integers). */
	required?: string;
	/** Message for anything that is not a whole number in range. */
	invalid?: string;
	tooSmall?: string;
	tooLarge?: string;
}

const WHOLE = /^[+-]?\d+$/;

function wholeNumber(v: number | string): number {
	if (typeof v === 'number') return Number.isInteger(v) ? v : NaN;
	return WHOLE.test(v.trim()) ? Number(v.trim()) : NaN;
}

/**
 * A whole number from a form (a string of digits) or from JSON (a number), within PostgreSQL's
 * `integer` unless a smaller range is given. "1e3", "0x10", "1.5" and " " are not numbers here;
 * 99999999999999999999 is one, and too large.
 */
function integerValue(options: IntegerOptions) {
	const min = options.min ?? 0;
	const max = Math.min(options.max ?? INT4_MAX, INT4_MAX);
	const invalid = options.invalid ?? 'field.err.integer';
	const required = options.required ?? invalid;
	return z
		.union([z.number(), z.string()], {
			error: (issue) => (issue.input === undefined ? required : invalid)
		})
		.transform((v) => wholeNumber(v))
		.pipe(
			z
				.number({ error: invalid })
				.min(min, options.tooSmall ?? (min > 0 ? 'field.err.tooSmall' : 'field.err.negative'))
				.max(max, options.tooLarge ?? 'field.err.tooLarge')
		);
}

const blank = (v: unknown) =>
	v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A whole number that must be given. */
export function integer(options: IntegerOptions = {}) {
	return z.preprocess((v) => (blank(v) ? undefined : v), integerValue(options));
}

/** A whole number that may be left empty (`null`). */
export function optionalInteger(options: IntegerOptions = {}) {
	return z.preprocess((v) => (blank(v) ? null : v), integerValue(options).nullable());
}

/** The id of a stored row (a select, a hidden field, a JSON id): a positive `integer`. */
export function rowId(invalid?: string) {
	return integer({ min: 1, invalid, tooSmall: invalid, tooLarge: invalid });
}
export function optionalRowId(invalid?: string) {
	return optionalInteger({ min: 1, invalid, tooSmall: invalid, tooLarge: invalid });
}

/**
 * An id from a path or a hand-read form field: a positive `integer`, or null. Routes answer null
 * with 404 (or look up `NO_ROW`, which no row has, so the domain says "not found" as usual).
 */
export function rowIdFrom(value: unknown): number | null {
	const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
	if (!/^\d{1,10}$/.test(text)) return null;
	const id = Number(text);
	return id >= 1 && id <= INT4_MAX ? id : null;
}
export const NO_ROW = 0;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A real calendar day: the date survives the round trip through the calendar (no 31 February). */
export function isCalendarDate(text: string): boolean {
	const m = DATE.exec(text);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (year < 1000) return false;
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A wall-clock time 00:00–23:59 (seconds allowed, as some browsers send them). */
export function isClockTime(text: string): boolean {
	const m = TIME.exec(text);
	return !!m && Number(m[1]) < 24 && Number(m[2]) < 60 && (m[3] === undefined || Number(m[3]) < 60);
}

/** `datetime-local`: a real day and a real time, `T` between. */
export function isLocalDateTime(text: string): boolean {
	const [date, time, ...rest] = text.split('T');
	return rest.length === 0 && time !== undefined && isCalendarDate(date) && isClockTime(time);
}

function optionalFormatted(
	check: (v: string) => boolean,
	invalid: string,
	shape: (v: string) => string
) {
	return z
		.string({ error: invalid })
		.nullish()
		.transform((v) => (v ?? '').trim())
		.refine((v) => v === '' || check(v), invalid)
		.transform((v) => (v === '' ? null : shape(v)));
}

/** YYYY-MM-DD or empty (`null`). */
export function optionalDate(invalid = 'field.err.date') {
	return optionalFormatted(isCalendarDate, invalid, (v) => v);
}
/** HH:MM or empty (`null`); seconds are dropped. */
export function optionalTime(invalid = 'field.err.time') {
	return optionalFormatted(isClockTime, invalid, (v) => v.slice(0, 5));
}
/** YYYY-MM-DDTHH:MM or empty (`null`); seconds are dropped. */
export function optionalDateTime(invalid = 'field.err.dateTime') {
	return optionalFormatted(isLocalDateTime, invalid, (v) => v.slice(0, 16));
}
