import { strFromU8, unzipSync } from 'fflate';
import { allowedFileTypes, type FileType } from './files';

/** Long enough for any conference document, short enough for one tsvector (1 MB). */
export const MAX_BODY_CHARS = 200_000;

export interface ExtractedText {
	/** The searchable text; empty when there is none. */
	body: string;
	/** For organisers: why the file is not searchable, or null. */
	note: string | null;
}

/** PostgreSQL text cannot hold NUL; whitespace is folded so snippets read well. */
function clean(text: string): string {
	return text
		.replaceAll('\u0000', '')
		.replace(/[ \t\f\v]+/g, ' ')
		.replace(/\s*\n\s*/g, '\n')
		.trim()
		.slice(0, MAX_BODY_CHARS);
}

export async function pdfText(bytes: Uint8Array): Promise<string> {
	const { PDFParse } = await import('pdf-parse');
	// pdf.js may transfer (detach) the buffer it is given: hand it a copy.
	const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
	try {
		const result = await parser.getText();
		return result.pages.map((p) => p.text).join('\n');
	} finally {
		await parser.destroy();
	}
}

/** The XML parts of an office file that hold its words, in reading order. */
const textParts: Partial<Record<FileType, RegExp>> = {
	docx: /^word\/(document|footnotes|endnotes)\.xml$/,
	pptx: /^ppt\/slides\/slide\d+\.xml$/,
	xlsx: /^xl\/sharedStrings\.xml$/,
	odt: /^content\.xml$/,
	odp: /^content\.xml$/
};

/** No part may inflate beyond this: a small upload must not become gigabytes (a "zip bomb"). */
const MAX_PART_BYTES = 20 * 1024 * 1024;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Words of WordprocessingML, PresentationML, SpreadsheetML or ODF: tags out, paragraphs kept. */
export function xmlText(xml: string): string {
	return xml
		.replace(/<\/(w:p|a:p|text:p|text:h|si)>/g, '\n')
		.replace(/<(w:tab|text:tab|text:s)\b[^>]*\/>/g, ' ')
		.replace(/<[^>]+>/g, '')
		.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name])
		.replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) =>
			String.fromCodePoint(parseInt(code, hex ? 16 : 10))
		);
}

function officeText(type: FileType, bytes: Uint8Array): string {
	const wanted = textParts[type];
	if (!wanted) return '';
	const parts = unzipSync(bytes, {
		filter: (file) => wanted.test(file.name) && file.originalSize <= MAX_PART_BYTES
	});
	const slideNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
	return Object.keys(parts)
		.sort((a, b) => slideNumber(a) - slideNumber(b) || a.localeCompare(b))
		.map((name) => xmlText(strFromU8(parts[name])))
		.join('\n');
}

/**
 * The text of an uploaded file for the archive's full-text search: PDFs through pdf-parse, office
 * files from their XML, plain text as it is. A file whose text cannot be read (a scanned PDF, a
 * damaged file) is still stored, with a note saying why the search does not find its text.
 */
export async function extractText(type: FileType, bytes: Uint8Array): Promise<ExtractedText> {
	if (type === 'txt') return { body: clean(new TextDecoder().decode(bytes)), note: null };
	if (type in textParts) {
		let text: string;
		try {
			text = clean(officeText(type, bytes));
		} catch (error) {
			return {
				body: '',
				note: `Der Text dieser ${allowedFileTypes[type].label}-Datei ließ sich nicht lesen (${(error as Error).message}); die Suche findet nur Titel und Zusammenfassung.`
			};
		}
		return text
			? { body: text, note: null }
			: {
					body: '',
					note: `Diese ${allowedFileTypes[type].label}-Datei enthält keinen Text; die Suche findet nur Titel und Zusammenfassung.`
				};
	}
	if (type !== 'pdf') {
		return {
			body: '',
			note: `Bilder enthalten keinen durchsuchbaren Text; die Suche findet Titel und Zusammenfassung.`
		};
	}
	let text: string;
	try {
		text = clean(await pdfText(bytes));
	} catch (error) {
		return {
			body: '',
			note: `Der Text dieser PDF-Datei ließ sich nicht lesen (${(error as Error).message}); die Suche findet nur Titel und Zusammenfassung.`
		};
	}
	if (!/\p{L}/u.test(text)) {
		return {
			body: '',
			note: 'Diese PDF-Datei enthält keinen lesbaren Text (vielleicht ein Scan); die Suche findet nur Titel und Zusammenfassung.'
		};
	}
	return { body: text, note: null };
}
