/**
 * CSV as German offices write it: semicolon or comma, decimal comma, UTF-8 with or without BOM
 * or Windows-1252. Pure functions; the records come out one at a time, so a file of a million
 * rows is never held twice.
 */

export type TextEncoding = 'utf-8' | 'windows-1252';
export type Delimiter = ';' | ',' | '\t';

export interface DecodedText {
	readonly text: string;
	readonly encoding: TextEncoding;
	readonly hadBom: boolean;
}

/**
 * UTF-8 when the bytes are valid UTF-8 (with or without BOM), otherwise Windows-1252: Excel on
 * German Windows saves "CSV (Trennzeichen-getrennt)" in that code page, and every byte sequence
 * is valid in it, so it is the right fallback (Latin-1 would lose €, „ and “).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = hadBom ? bytes.subarray(3) : bytes;
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true }).decode(body),
			encoding: 'utf-8',
			hadBom
		};
	} catch {
		return { text: decodeWindows1252(body), encoding: 'windows-1252', hadBom };
	}
}

/** 0x80–0x9F of Windows-1252 (the rest is Latin-1); undefined bytes map to U+FFFD. */
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/**
 * Node's TextDecoder treats "windows-1252" as ISO-8859-1 (the C1 range becomes control
 * characters), which would turn „“ and € into garbage, so the table is applied here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	const chunk = 8192;
	for (let start = 0; start < bytes.length; start += chunk) {
		const codes = Array.from(bytes.subarray(start, start + chunk), (b) =>
			b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b
		);
		parts.push(String.fromCharCode(...codes));
	}
	return parts.join('');
}

/** The delimiter that occurs most often outside quotes in the header line. */
export function detectDelimiter(headerLine: string): Delimiter {
	const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
	let quoted = false;
	for (const ch of headerLine) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
	}
	if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
	if (counts['\t'] > counts[',']) return '\t';
	return ',';
}

export interface CsvRecord {
	/** 1-based line number where the record starts (line 1 = header). */
	readonly line: number;
	readonly fields: string[];
}

/**
 * Splits CSV text into records (RFC 4180 quoting: fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes). Blank lines are skipped. Lines without a quote take
 * a fast path, which is what nearly every line of an office export is.
 */
export function* csvRecords(text: string, delimiter: Delimiter): Generator<CsvRecord> {
	const length = text.length;
	let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	let line = 1;
	while (position < length) {
		let end = text.indexOf('\n', position);
		if (end === -1) end = length;
		const raw = text.slice(position, end > position && text[end - 1] === '\r' ? end - 1 : end);
		if (raw.indexOf('"') === -1) {
			if (raw.trim() !== '') yield { line, fields: raw.split(delimiter) };
			position = end + 1;
			line += 1;
			continue;
		}
		const parsed = parseQuoted(text, position, delimiter);
		yield { line, fields: parsed.fields };
		line += parsed.lines;
		position = parsed.next;
	}
}

function parseQuoted(
	text: string,
	start: number,
	delimiter: string
): { fields: string[]; next: number; lines: number } {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	let lines = 1;
	let i = start;
	for (; i < text.length; i += 1) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i += 1;
			} else if (ch === '"') {
				quoted = false;
			} else {
				if (ch === '\n') lines += 1;
				field += ch;
			}
			continue;
		}
		if (ch === '"') quoted = true;
		else if (ch === delimiter) {
			fields.push(field);
			field = '';
		} else if (ch === '\n') break;
		else if (ch !== '\r') field += ch;
	}
	fields.push(field);
	return { fields, next: i + 1, lines };
}

/** The first line of the text (for delimiter detection), without BOM and line ending. */
export function firstLine(text: string): string {
	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const end = text.indexOf('\n', start);
	return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

/** Header names compared without case, umlauts, spaces or punctuation: "Zähler" = "zaehler". */
export function normaliseHeader(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.replace(/[\s\-./]+/g, '_')
		.replace(/[^a-z0-9_]/g, '');
}

const GERMAN_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const ENGLISH_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const SIMPLE_INTEGER = /^-?\d{1,15}$/;
const SIMPLE_DECIMAL_COMMA = /^-?\d{1,15},\d{1,15}$/;

/**
 * A number as German or English offices write it, or null when the text is not a number:
 * "12,5", "1.234,5", "12.5", "1 234", "−3,2". In a semicolon file (the German convention) a dot
 * followed by groups of three digits is a thousands separator ("1.234" = 1234); elsewhere a single
 * dot is a decimal point. A lone comma is always a decimal comma.
 */
export function parseNumber(input: string, germanFile: boolean): number | null {
	// Fast path for the cells of almost every file, "12" and "12,5": same result as below, without
	// the clean-up passes (a million-value import spends a good part of its checking time here).
	if (SIMPLE_INTEGER.test(input)) return Number(input);
	if (SIMPLE_DECIMAL_COMMA.test(input)) return Number(input.replace(',', '.'));
	let s = input
		.trim()
		.replace(/[\u00a0\u202f ]/g, '')
		.replace('\u2212', '-');
	if (s === '') return null;
	const comma = s.lastIndexOf(',');
	const dot = s.lastIndexOf('.');
	if (comma !== -1 && dot !== -1) {
		if (comma > dot) {
			if (!GERMAN_THOUSANDS.test(s)) return null;
			s = s.replaceAll('.', '').replace(',', '.');
		} else {
			if (!ENGLISH_THOUSANDS.test(s)) return null;
			s = s.replaceAll(',', '');
		}
	} else if (comma !== -1) {
		if (s.indexOf(',') !== comma) {
			if (!ENGLISH_THOUSANDS.test(s)) return null;
			s = s.replaceAll(',', '');
		} else {
			s = s.replace(',', '.');
		}
	} else if (dot !== -1 && germanFile && GERMAN_THOUSANDS.test(s)) {
		s = s.replaceAll('.', '');
	}
	if (!PLAIN_NUMBER.test(s)) return null;
	const value = Number(s);
	return Number.isFinite(value) ? value : null;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
	let n = index + 1;
	let letters = '';
	while (n > 0) {
		const rest = (n - 1) % 26;
		letters = String.fromCharCode(65 + rest) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}

/** One CSV field, quoted when needed; used by the exports. */
export function csvField(value: string | number | null, delimiter: Delimiter = ';'): string {
	if (value === null) return '';
	const text = String(value);
	return /["\n\r]/.test(text) || text.includes(delimiter)
		? `"${text.replaceAll('"', '""')}"`
		: text;
}
