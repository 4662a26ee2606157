import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { TextMeasure } from './fit';

/**
 * Every PDF the platform makes is set in DejaVu Sans, embedded (as a subset) from the npm package
 * `dejavu-fonts-ttf`. pdfkit's built-in Helvetica knows only WinAnsi and garbles names such as
 * "Şule Yıldız-Łukasiewicz"; DejaVu Sans covers Latin with Extended-A/B (Turkish, Polish,
 * Romanian, Kurdish in Latin script), Greek and Cyrillic. The files are resolved from
 * node_modules at run time (the built server is started where node_modules exists: `npm start`).
 * Licence: Bitstream Vera / DejaVu (free), listed on /quellen and in the README.
 */
const resolve = createRequire(import.meta.url).resolve;

export const fontFiles = {
	regular: resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
	bold: resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')
} as const;

/** The registered font names to pass to `doc.font(…)`. */
export const FONT = { regular: 'Sans', bold: 'Sans-Bold' } as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

export type PdfOptions = Omit<PDFKit.PDFDocumentOptions, 'font'>;

let fontData: { regular: Buffer; bold: Buffer } | undefined;

/** The font files, read once per process. */
function fonts(): { regular: Buffer; bold: Buffer } {
	fontData ??= { regular: readFileSync(fontFiles.regular), bold: readFileSync(fontFiles.bold) };
	return fontData;
}

/**
 * A pdfkit document with the platform's fonts registered and the regular one selected. (pdfkit
 * still opens its default Helvetica, but a font that sets no text is not written to the PDF.)
 */
export function createPdfDocument(options: PdfOptions = {}): PDFKit.PDFDocument {
	const doc = new PDFDocument(options);
	doc.registerFont(FONT.regular, fonts().regular);
	doc.registerFont(FONT.bold, fonts().bold);
	return doc.font(FONT.regular);
}

/**
 * A whole PDF as bytes: `draw` fills a fresh document (see `createPdfDocument`), which is then
 * ended. Drawing errors reject the promise.
 */
export async function renderPdf(
	options: PdfOptions,
	draw: (doc: PDFKit.PDFDocument) => void | Promise<void>
): Promise<Buffer> {
	const doc = createPdfDocument(options);
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolvePdf, reject) => {
		doc.on('end', () => resolvePdf(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	await draw(doc);
	doc.end();
	return done;
}

/** Widths and line heights of `font` as this document sets them (for `fitText`). */
export function textMeasure(doc: PDFKit.PDFDocument, font: FontName): TextMeasure {
	return {
		width: (text, size) => doc.font(font).fontSize(size).widthOfString(text),
		lineHeight: (size) => doc.font(font).fontSize(size).currentLineHeight()
	};
}
