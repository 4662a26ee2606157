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

/**
 * The text of an uploaded file for the archive's full-text search: PDFs through pdf-parse, plain
 * text as it is. A PDF without a text layer (a scan) or one pdf.js cannot read is still stored,
 * with a note saying why it is not found by the search.
 */
export async function extractText(type: FileType, bytes: Uint8Array): Promise<ExtractedText> {
	if (type === 'txt') return { body: clean(new TextDecoder().decode(bytes)), note: null };
	if (type !== 'pdf') {
		return {
			body: '',
			note: `Aus ${allowedFileTypes[type].label}-Dateien wird kein Text gelesen; die Suche findet Titel und Zusammenfassung.`
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
