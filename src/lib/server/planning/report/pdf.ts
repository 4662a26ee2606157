/**
 * The report as an A4 PDF: title page, table of contents with page numbers, running headers and
 * footers with page numbers (and the demo/draft mark), DejaVu Sans embedded, tagged (document
 * language, title shown by the viewer, the title H1, chapters H2, sections H3, paragraphs, lists,
 * tables with header cells, figures with alternative text and their legends as lists; rules,
 * shading, swatches and running headers are artifacts). Maps and
 * charts are drawn from their SVG as vectors (svg-to-pdfkit). The table of contents needs the
 * chapters' page numbers, so the document is laid out twice: the first run only counts pages.
 */
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT, renderPdf } from '../../pdf';
import { translator } from '$lib/i18n';
import type { Block, ReportDocument } from './build';

export const A4 = { margin: 56, top: 64, bottom: 64 };
export const INK = '#1b1f24';
export const MUTED = '#4a5560';

type Struct = PDFKit.PDFStructureElement;

export interface Layout {
	doc: PDFKit.PDFDocument;
	root: Struct;
	width: number;
	/** The counting run leaves the figures' room empty (drawing them there would only cost time). */
	drawFigures: boolean;
}

function bottomOf(doc: PDFKit.PDFDocument): number {
	return doc.page.height - A4.bottom;
}

function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
	if (doc.y + height > bottomOf(doc)) doc.addPage();
}

export function tagged(
	l: Layout,
	tag: string,
	draw: () => void,
	options: PDFKit.Mixins.StructureElementOptions = {}
): void {
	l.root.add(l.doc.struct(tag, options, draw));
}

/** Drawing that carries no content (rules, cell shading, legend swatches): an artifact. */
export function decoration(doc: PDFKit.PDFDocument, draw: () => void): void {
	doc.markContent('Artifact', { type: 'Layout' });
	draw();
	doc.endMarkedContent();
}

/**
 * A heading tagged H`level`; `look` sets its size (a chapter is an H2 under the report's title
 * but starts its page as large as the title).
 */
export function heading(l: Layout, level: 1 | 2 | 3, text: string, look: 1 | 2 | 3 = level): void {
	const size = look === 1 ? 20 : look === 2 ? 16 : 13;
	l.doc.font(FONT.bold).fontSize(size);
	ensureRoom(l.doc, l.doc.heightOfString(text, { width: l.width }) + 40);
	if (look > 1) l.doc.moveDown(0.6);
	tagged(l, `H${level}`, () => {
		l.doc.fillColor(INK).text(text, A4.margin, l.doc.y, { width: l.width });
	});
	l.doc.moveDown(0.3);
}

export function paragraph(l: Layout, text: string, role?: 'planner' | 'note'): void {
	l.doc.font(FONT.regular).fontSize(role === 'note' ? 9 : 10.5);
	ensureRoom(l.doc, l.doc.currentLineHeight() * 2);
	tagged(l, 'P', () => {
		l.doc
			.fillColor(role === 'note' ? MUTED : INK)
			.text(text, A4.margin + (role === 'planner' ? 10 : 0), l.doc.y, {
				width: l.width - (role === 'planner' ? 10 : 0)
			});
	});
	l.doc.moveDown(0.5);
}

function list(l: Layout, items: string[]): void {
	l.doc.font(FONT.regular).fontSize(10);
	const struct = l.doc.struct('L');
	l.root.add(struct);
	for (const item of items) {
		const indent = (item.length - item.trimStart().length) * 6;
		ensureRoom(l.doc, l.doc.currentLineHeight() * 2);
		struct.add(
			l.doc.struct('LI', {}, () => {
				l.doc
					.fillColor(INK)
					.text(`• ${item.trimStart()}`, A4.margin + indent, l.doc.y, { width: l.width - indent });
			})
		);
	}
	struct.end();
	l.doc.moveDown(0.5);
}

export interface TableSpec {
	caption: string;
	columns: string[];
	numeric: boolean[];
	rows: string[][];
}

const CELL_PAD = 3;

/** pdfkit writes a header cell's scope (its types do not list the option). */
const COLUMN_HEADER: PDFKit.Mixins.StructureElementOptions & { scope: 'Column' } = {
	scope: 'Column'
};

function columnWidths(l: Layout, block: TableSpec): number[] {
	const weights = block.columns.map((c, i) =>
		Math.max(c.length, ...block.rows.slice(0, 60).map((r) => Math.min((r[i] ?? '').length, 60)), 4)
	);
	const total = weights.reduce((a, b) => a + b, 0);
	return weights.map((w) => (w / total) * l.width);
}

function rowHeight(l: Layout, widths: number[], cells: string[], font: string, size: number) {
	l.doc.font(font).fontSize(size);
	return (
		Math.max(
			...cells.map((c, i) => l.doc.heightOfString(c || ' ', { width: widths[i] - 2 * CELL_PAD }))
		) +
		2 * CELL_PAD
	);
}

/** The height of a table's header and rows (without its caption) at a font size. */
export function tableHeight(l: Layout, block: TableSpec, size: number): number {
	const widths = columnWidths(l, block);
	return [block.columns, ...block.rows].reduce(
		(sum, cells, i) => sum + rowHeight(l, widths, cells, i === 0 ? FONT.bold : FONT.regular, size),
		0
	);
}

/**
 * A table tagged as Table → TR → TH/TD (header cells with column scope), its caption first; it
 * breaks across pages and repeats the header row there. Rules and shading are artifacts.
 */
export function table(l: Layout, block: TableSpec, size = 8.5): void {
	const { doc } = l;
	const widths = columnWidths(l, block);
	const struct = doc.struct('Table');
	l.root.add(struct);
	const drawRow = (cells: string[], header: boolean) => {
		const font = header ? FONT.bold : FONT.regular;
		const height = rowHeight(l, widths, cells, font, size);
		if (doc.y + height > bottomOf(doc)) {
			doc.addPage();
			if (!header) drawRow(block.columns, true);
		}
		const top = doc.y;
		if (header) decoration(doc, () => doc.rect(A4.margin, top, l.width, height).fill('#e8edf2'));
		const row = doc.struct('TR');
		struct.add(row);
		let x = A4.margin;
		cells.forEach((cell, i) => {
			const left = x;
			row.add(
				doc.struct(header ? 'TH' : 'TD', header ? COLUMN_HEADER : {}, () => {
					doc.font(font).fontSize(size).fillColor(INK);
					doc.text(cell, left + CELL_PAD, top + CELL_PAD, {
						width: widths[i] - 2 * CELL_PAD,
						align: block.numeric[i] && !header ? 'right' : 'left'
					});
				})
			);
			x += widths[i];
		});
		row.end();
		decoration(doc, () =>
			doc
				.moveTo(A4.margin, top + height)
				.lineTo(A4.margin + l.width, top + height)
				.lineWidth(0.4)
				.stroke('#b8c2cc')
		);
		doc.y = top + height;
	};
	doc.font(FONT.bold).fontSize(9);
	ensureRoom(doc, 60);
	struct.add(
		doc.struct('Caption', {}, () =>
			doc.fillColor(MUTED).text(block.caption, A4.margin, doc.y, { width: l.width })
		)
	);
	doc.moveDown(0.2);
	drawRow(block.columns, true);
	for (const row of block.rows) drawRow(row, false);
	struct.end();
	doc.x = A4.margin;
	doc.moveDown(0.8);
}

function figure(l: Layout, block: Extract<Block, { kind: 'figure' }>): void {
	const { doc } = l;
	const width = Math.min(l.width, block.figure === 'map' ? l.width : 400);
	const height = (block.height / block.width) * width;
	const legendHeight = block.legend.length * 13;
	ensureRoom(doc, height + legendHeight + 30);
	const top = doc.y;
	tagged(
		l,
		'Figure',
		() => {
			if (!l.drawFigures) return;
			SVGtoPDF(doc, block.svg, A4.margin, top, {
				width,
				height,
				fontCallback: () => FONT.regular,
				warningCallback: () => undefined,
				// Fit the drawing into the box (without this, the SVG's own size in px is used).
				preserveAspectRatio: 'xMidYMid meet'
			});
		},
		{ alt: block.alt }
	);
	doc.y = top + height + 4;
	if (block.legend.length) {
		// The legend is a list of the classes: the swatch is decoration, the label is text.
		const legend = doc.struct('L');
		l.root.add(legend);
		for (const item of block.legend) {
			const y = doc.y;
			decoration(doc, () => legendSwatch(doc, A4.margin, y, item));
			legend.add(
				doc.struct('LI', {}, () => {
					doc.font(FONT.regular).fontSize(8.5).fillColor(INK);
					doc.text(item.label, A4.margin + 16, y, { width: l.width - 16 });
				})
			);
			doc.y = Math.max(doc.y, y + 12);
		}
		legend.end();
	}
	doc.font(FONT.regular).fontSize(9);
	tagged(l, 'Caption', () =>
		doc.fillColor(MUTED).text(block.caption, A4.margin, doc.y + 2, { width: l.width })
	);
	doc.x = A4.margin;
	doc.moveDown(0.8);
}

function block(l: Layout, b: Block): void {
	switch (b.kind) {
		case 'heading':
			return heading(l, b.level, b.text);
		case 'paragraph':
			return paragraph(l, b.text, b.role);
		case 'list':
			return list(l, b.items);
		case 'table':
			return table(l, b);
		case 'figure':
			return figure(l, b);
	}
}

/** Lays the report out; returns the page (1-based) each chapter starts on. */
async function layout(
	report: ReportDocument,
	pages: readonly number[] | null
): Promise<{ pdf: Buffer; starts: number[] }> {
	const t = translator(report.language);
	const starts: number[] = [];
	const pdf = await renderPdf(
		{
			size: 'A4',
			margins: { top: A4.top, bottom: A4.bottom, left: A4.margin, right: A4.margin },
			bufferPages: true,
			pdfVersion: '1.7',
			tagged: true,
			lang: report.language === 'de' ? 'de-DE' : 'en-GB',
			displayTitle: true,
			info: { Title: report.title, Subject: report.subtitle }
		},
		(doc) => {
			const root = doc.struct('Document');
			doc.addStructure(root);
			const l: Layout = {
				doc,
				root,
				width: doc.page.width - 2 * A4.margin,
				drawFigures: pages !== null
			};
			// Title page
			doc.y = 200;
			heading(l, 1, report.title);
			paragraph(l, report.subtitle);
			for (const mark of report.marks) {
				doc.font(FONT.bold).fontSize(12);
				tagged(l, 'P', () =>
					doc.fillColor('#9b1c1c').text(mark, A4.margin, doc.y, { width: l.width })
				);
				doc.moveDown(0.4);
			}
			paragraph(l, report.stand, 'note');
			// Contents (one page)
			doc.addPage();
			heading(l, 2, t('report.contents'), 1);
			doc.font(FONT.regular).fontSize(11);
			tagged(l, 'TOC', () => {
				report.chapters.forEach((chapter, i) => {
					const y = doc.y;
					doc.fillColor(INK).text(chapter.title, A4.margin, y, { width: l.width - 40 });
					doc.text(pages ? String(pages[i]) : '', A4.margin + l.width - 40, y, {
						width: 40,
						align: 'right'
					});
					doc.y = Math.max(doc.y, y + 16);
				});
			});
			for (const chapter of report.chapters) {
				doc.addPage();
				starts.push(doc.bufferedPageRange().start + doc.bufferedPageRange().count);
				doc.outline.addItem(chapter.title);
				heading(l, 2, chapter.title, 1);
				for (const b of chapter.blocks) block(l, b);
			}
			// Running header and footer on every page but the title page.
			const range = doc.bufferedPageRange();
			for (let i = range.start + 1; i < range.start + range.count; i++) {
				doc.switchToPage(i);
				const bottom = doc.page.margins.bottom;
				doc.page.margins.bottom = 0;
				doc.markContent('Artifact', { type: 'Pagination' });
				doc.font(FONT.regular).fontSize(8).fillColor(MUTED);
				doc.text(report.title, A4.margin, 30, { width: l.width, lineBreak: false });
				doc.text(report.footer, A4.margin, doc.page.height - 40, {
					width: l.width - 60,
					lineBreak: false
				});
				doc.text(
					t('report.page', { page: i + 1 }),
					A4.margin + l.width - 60,
					doc.page.height - 40,
					{
						width: 60,
						align: 'right',
						lineBreak: false
					}
				);
				doc.endMarkedContent();
				doc.page.margins.bottom = bottom;
			}
		}
	);
	return { pdf, starts };
}

/** The report's PDF. */
export async function reportPdf(report: ReportDocument): Promise<Buffer> {
	const first = await layout(report, null);
	return (await layout(report, first.starts)).pdf;
}

/** A legend swatch as the map draws the class: a colour, hatching (geheim) or a dashed outline. */
function legendSwatch(
	doc: PDFKit.PDFDocument,
	x: number,
	y: number,
	item: { readonly fill: string; readonly pattern?: 'suppressed' | 'missing' }
): void {
	doc.save();
	if (item.pattern === 'suppressed') {
		doc.rect(x, y, 10, 9).fill('#ffffff');
		doc.save().rect(x, y, 10, 9).clip();
		for (let d = -9; d < 10; d += 3.5) {
			doc
				.moveTo(x + d, y + 9)
				.lineTo(x + d + 9, y)
				.lineWidth(1)
				.stroke('#3d4650');
		}
		doc.restore();
		doc.rect(x, y, 10, 9).lineWidth(0.6).stroke('#5a6570');
	} else if (item.pattern === 'missing') {
		doc.rect(x, y, 10, 9).fill(item.fill);
		doc.rect(x, y, 10, 9).dash(2, { space: 1.5 }).lineWidth(0.6).stroke('#5a6570').undash();
	} else {
		doc.rect(x, y, 10, 9).fillAndStroke(item.fill, '#5a6570');
	}
	doc.restore();
}
