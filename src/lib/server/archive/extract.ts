import { Inflate, Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { formatNumber } from '$lib/i18n';
import { allowedFileTypes, type FileType } from './files';

/**
 * Text extraction with bounds, as it runs inside the extraction worker (see `text.ts`). Nothing
 * a file declares about itself is trusted: office files are inflated as a stream, a small piece
 * of compressed input at a time, and the inflated bytes are counted as they come; extraction
 * stops as soon as the count passes the bound. PDF streams are checked the same way before
 * pdf.js sees the file, and pdf.js reads at most `maxPdfPages` pages.
 */

export interface ExtractionBounds {
	/** Inflated bytes one file may produce in total (office XML parts, PDF Flate streams). */
	readonly maxInflatedBytes: number;
	/** Wall-clock time one extraction may take before its worker is terminated. */
	readonly timeoutMs: number;
	/** V8 heap of the extraction worker (`resourceLimits.maxOldGenerationSizeMb`). */
	readonly workerHeapMb: number;
	/**
	 * Growth of the process's resident memory while a worker runs; typed arrays live outside the
	 * V8 heap, so this is what bounds the buffers pdf.js and fflate allocate.
	 */
	readonly workerMemoryMb: number;
	/** Pages of a PDF whose text is read; the rest is not searchable. */
	readonly maxPdfPages: number;
}

/**
 * The bounds in force (docs/security.md). A conference document of 25 MB holds a few
 * hundred thousand characters; its text parts inflate to a few MB and pdf.js reads it in a
 * second or two, so these leave an order of magnitude of room and still keep one upload from
 * taking more than a sliver of the machine.
 */
export const extractionBounds: ExtractionBounds = {
	maxInflatedBytes: 64 * 1024 * 1024,
	timeoutMs: 20_000,
	workerHeapMb: 256,
	workerMemoryMb: 512,
	maxPdfPages: 200
};

/** Long enough for any conference document, short enough for one tsvector (1 MB). */
export const MAX_BODY_CHARS = 200_000;

/** Which bound stopped an extraction. */
export type ExtractionLimit = 'size' | 'time' | 'memory';

export interface ExtractedText {
	/** The searchable text; empty when there is none. */
	body: string;
	/** For organisers: why the file is not searchable, or null. */
	note: string | null;
	/** Set when a bound stopped the extraction: the file is stored without text. */
	limit: ExtractionLimit | null;
}

/** Compressed input handed to the inflater at once: at most ~1,032 × this (4 MB) comes out per step. */
export const INFLATE_STEP = 4 * 1024;

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The note for a file a bound stopped, in the organiser's words. */
export function limitNote(limit: ExtractionLimit, bounds: ExtractionBounds): string {
	const reason =
		limit === 'size'
			? `entpackt wäre die Datei größer als ${megabytes(bounds.maxInflatedBytes)} MB`
			: limit === 'time'
				? `das Lesen dauerte länger als ${formatNumber(bounds.timeoutMs / 1000, 'de')} Sekunden`
				: `das Lesen brauchte mehr als ${bounds.workerMemoryMb} MB Arbeitsspeicher`;
	return `Der Text dieser Datei wurde nicht gelesen: ${reason}. Die Datei ist gespeichert; die Suche findet nur Titel und Zusammenfassung.`;
}

export function tooLarge(bounds: ExtractionBounds): ExtractedText {
	return { body: '', note: limitNote('size', bounds), limit: 'size' };
}

/** PostgreSQL text cannot hold NUL; whitespace is folded so snippets read well. */
export function clean(text: string): string {
	return text
		.slice(0, MAX_BODY_CHARS * 2)
		.replaceAll('\u0000', '')
		.replace(/[ \t\f\v]+/g, ' ')
		.replace(/\s*\n\s*/g, '\n')
		.trim()
		.slice(0, MAX_BODY_CHARS);
}

/** The XML parts of an office file that hold its words, in reading order. */
export const textParts: Partial<Record<FileType, RegExp>> = {
	docx: /^word\/(document|footnotes|endnotes)\.xml$/,
	pptx: /^ppt\/slides\/slide\d+\.xml$/,
	xlsx: /^xl\/sharedStrings\.xml$/,
	odt: /^content\.xml$/,
	odp: /^content\.xml$/
};

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Words of WordprocessingML, PresentationML, SpreadsheetML or ODF: tags out, paragraphs kept. */
export function xmlText(xml: string): string {
	return xml
		.replace(/<\/(w:p|a:p|text:p|text:h|si)>/g, '\n')
		.replace(/<(w:tab|text:tab|text:s)\b[^>]*\/>/g, ' ')
		.replace(/<[^>]+>/g, '')
		.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name])
		.replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) => {
			const point = parseInt(code, hex ? 16 : 10);
			return point <= 0x10ffff ? String.fromCodePoint(point) : '';
		});
}

/** Counts inflated bytes against the bound; `exceeded` stops the caller's feeding loop. */
class InflatedBudget {
	used = 0;
	exceeded = false;
	constructor(readonly limit: number) {}
	take(bytes: number): boolean {
		this.used += bytes;
		if (this.used > this.limit) this.exceeded = true;
		return !this.exceeded;
	}
}

export type OfficeParts =
	| { ok: true; parts: Map<string, Uint8Array[]>; inflated: number }
	| { ok: false; inflated: number };

/**
 * The wanted parts of a ZIP container, inflated as a stream from the local entries (the sizes in
 * the headers and the central directory are never used to size anything). Stops, with
 * `ok: false`, once more than `maxInflatedBytes` came out.
 */
export function inflateParts(
	bytes: Uint8Array,
	wanted: RegExp,
	maxInflatedBytes: number
): OfficeParts {
	const budget = new InflatedBudget(maxInflatedBytes);
	const parts = new Map<string, Uint8Array[]>();
	let failure: Error | null = null;
	const unzip = new Unzip((file: UnzipFile) => {
		if (!wanted.test(file.name)) return;
		const chunks: Uint8Array[] = [];
		parts.set(file.name, chunks);
		file.ondata = (error, chunk) => {
			if (error) {
				failure = error;
				return;
			}
			if (budget.exceeded) return;
			if (budget.take(chunk.length)) chunks.push(chunk);
		};
		file.start();
	});
	unzip.register(UnzipInflate);
	for (let offset = 0; offset < bytes.length; offset += INFLATE_STEP) {
		const end = Math.min(bytes.length, offset + INFLATE_STEP);
		unzip.push(bytes.subarray(offset, end), end === bytes.length);
		if (budget.exceeded) return { ok: false, inflated: budget.used };
		if (failure) throw failure;
	}
	return { ok: true, parts, inflated: budget.used };
}

function joined(chunks: Uint8Array[]): string {
	const decoder = new TextDecoder();
	return chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
}

function officeText(type: FileType, bytes: Uint8Array, bounds: ExtractionBounds): string | null {
	const wanted = textParts[type];
	if (!wanted) return '';
	const result = inflateParts(bytes, wanted, bounds.maxInflatedBytes);
	if (!result.ok) return null;
	const slideNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
	return [...result.parts.keys()]
		.sort((a, b) => slideNumber(a) - slideNumber(b) || a.localeCompare(b))
		.map((name) => xmlText(joined(result.parts.get(name)!)))
		.join('\n');
}

/**
 * How many bytes the Flate-compressed streams of a PDF inflate to, counted as a stream and
 * stopped once past `limit` (then the result is above `limit`). Image streams are skipped: text
 * extraction never decodes them. Streams that are not zlib data are left to pdf.js.
 */
export function pdfInflatedBytes(bytes: Uint8Array, limit: number): number {
	const text = new TextDecoder('latin1').decode(bytes);
	const budget = new InflatedBudget(limit);
	const keyword = /stream\r?\n/g;
	let match: RegExpExecArray | null;
	while ((match = keyword.exec(text)) !== null) {
		if (match.index > 0 && text[match.index - 1] === 'd') continue; // "endstream"
		const head = text.slice(Math.max(0, match.index - 4096), match.index);
		const dictionary = head.slice(head.lastIndexOf('obj') + 1);
		if (!/\/FlateDecode\b/.test(dictionary) || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
		const start = match.index + match[0].length;
		let end = text.indexOf('endstream', start);
		if (end === -1) end = bytes.length;
		inflateCounted(bytes.subarray(start, end), budget);
		if (budget.exceeded) return budget.used;
		keyword.lastIndex = end;
	}
	return budget.used;
}

/** Inflates zlib (or raw deflate) data in small steps, counting into the budget. */
function inflateCounted(data: Uint8Array, budget: InflatedBudget): void {
	const zlibHeader =
		data.length > 2 && (data[0] & 0x0f) === 8 && (data[0] * 256 + data[1]) % 31 === 0;
	const body = zlibHeader ? data.subarray(2) : data;
	let done = false;
	const inflate = new Inflate((chunk, final) => {
		budget.take(chunk.length);
		if (final) done = true;
	});
	try {
		for (let offset = 0; offset < body.length && !done; offset += INFLATE_STEP) {
			const end = Math.min(body.length, offset + INFLATE_STEP);
			inflate.push(body.subarray(offset, end), end === body.length);
			if (budget.exceeded) return;
		}
	} catch {
		// Damaged or not deflate: pdf.js decides what to make of it.
	}
}

async function pdfText(bytes: Uint8Array, bounds: ExtractionBounds): Promise<string> {
	const { PDFParse } = await import('pdf-parse');
	// pdf.js may transfer (detach) the buffer it is given: hand it a copy.
	const parser = new PDFParse({
		data: new Uint8Array(bytes),
		verbosity: 0,
		isEvalSupported: false,
		stopAtErrors: false
	});
	try {
		const result = await parser.getText({ first: bounds.maxPdfPages });
		return result.pages.map((p) => p.text).join('\n');
	} finally {
		await parser.destroy();
	}
}

function unreadable(type: FileType, error: unknown): ExtractedText {
	const message = error instanceof Error ? error.message : String(error);
	return {
		body: '',
		note: `Der Text dieser ${allowedFileTypes[type].label}-Datei ließ sich nicht lesen (${message}); die Suche findet nur Titel und Zusammenfassung.`,
		limit: null
	};
}

/**
 * The text of an uploaded file for the archive's full-text search: PDFs through pdf-parse, office
 * files from their XML, plain text as it is. A file whose text cannot be read (a scanned PDF, a
 * damaged file) or that passes a bound is still stored, with a note saying why the search does
 * not find its text. Runs in the extraction worker; call `extractText` from `text.ts`.
 */
export async function extractBounded(
	type: FileType,
	bytes: Uint8Array,
	bounds: ExtractionBounds
): Promise<ExtractedText> {
	if (type === 'txt')
		return { body: clean(new TextDecoder().decode(bytes)), note: null, limit: null };
	if (type in textParts) {
		let text: string | null;
		try {
			text = officeText(type, bytes, bounds);
		} catch (error) {
			return unreadable(type, error);
		}
		if (text === null) return tooLarge(bounds);
		const body = clean(text);
		return body
			? { body, note: null, limit: null }
			: {
					body: '',
					note: `Diese ${allowedFileTypes[type].label}-Datei enthält keinen Text; die Suche findet nur Titel und Zusammenfassung.`,
					limit: null
				};
	}
	if (type !== 'pdf') {
		return {
			body: '',
			note: `Bilder enthalten keinen durchsuchbaren Text; die Suche findet Titel und Zusammenfassung.`,
			limit: null
		};
	}
	if (pdfInflatedBytes(bytes, bounds.maxInflatedBytes) > bounds.maxInflatedBytes) {
		return tooLarge(bounds);
	}
	let text: string;
	try {
		text = clean(await pdfText(bytes, bounds));
	} catch (error) {
		return unreadable(type, error);
	}
	if (!/\p{L}/u.test(text)) {
		return {
			body: '',
			note: 'Diese PDF-Datei enthält keinen lesbaren Text (vielleicht ein Scan); die Suche findet nur Titel und Zusammenfassung.',
			limit: null
		};
	}
	return { body: text, note: null, limit: null };
}
