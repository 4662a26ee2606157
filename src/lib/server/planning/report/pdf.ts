/**
 * The report as an A4 PDF: title page, table of contents with page numbers, running headers and
 * footers with page numbers (and the demo/draft mark), DejaVu Sans embedded, tagged (document
 * language, title, headings H1–H3, paragraphs, tables, figures with alternative text). Maps and
 * charts are drawn from their SVG as vectors (svg-to-pdfkit). The table of contents needs the
 * chapters' page numbers, so the document is laid out twice: the first run only counts pages.
 */
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT, renderPdf } from '../../pdf';
import { translator } from '$lib/i18n';
import type { Block, ReportDocument } from './build';

const A4 = { margin: 56, top: 64, bottom: 64 };
const INK = '#1b1f24';
const MUTED = '#4a5560';

type Struct = PDFKit.PDFStructureElement;

interface Layout {
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

function tagged(
	l: Layout,
	tag: string,
	draw: () => void,
	options: PDFKit.Mixins.StructureElementOptions = {}
): void {
	l.root.add(l.doc.struct(tag, options, draw));
}

function heading(l: Layout, level: 1 | 2 | 3, text: string): void {
	const size = level === 1 ? 20 : level === 2 ? 16 : 13;
	l.doc.font(FONT.bold).fontSize(size);
	ensureRoom(l.doc, l.doc.heightOfString(text, { width: l.width }) + 40);
	if (level > 1) l.doc.moveDown(0.6);
	tagged(l, `H${level}`, () => {
		l.doc.fillColor(INK).text(text, A4.margin, l.doc.y, { width: l.width });
	});
	l.doc.moveDown(0.3);
}

function paragraph(l: Layout, text: string, role?: 'planner' | 'note'): void {
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
	tagged(l, 'L', () => {
		for (const item of items) {
			const indent = (item.length - item.trimStart().length) * 6;
			ensureRoom(l.doc, l.doc.currentLineHeight() * 2);
			l.doc
				.fillColor(INK)
				.text(`• ${item.trimStart()}`, A4.margin + indent, l.doc.y, { width: l.width - indent });
		}
	});
	l.doc.moveDown(0.5);
}

function table(l: Layout, block: Extract<Block, { kind: 'table' }>): void {
	const { doc } = l;
	const weights = block.columns.map((c, i) =>
		Math.max(c.length, ...block.rows.slice(0, 60).map((r) => Math.min((r[i] ?? '').length, 60)), 4)
	);
	const total = weights.reduce((a, b) => a + b, 0);
	const widths = weights.map((w) => (w / total) * l.width);
	const pad = 3;
	const rowHeight = (cells: string[], font: string) => {
		doc.font(font).fontSize(8.5);
		return (
			Math.max(
				...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i] - 2 * pad }))
			) +
			2 * pad
		);
	};
	const drawRow = (cells: string[], header: boolean) => {
		const font = header ? FONT.bold : FONT.regular;
		const height = rowHeight(cells, font);
		if (doc.y + height > bottomOf(doc)) {
			doc.addPage();
			if (!header) drawRow(block.columns, true);
		}
		const top = doc.y;
		if (header) doc.rect(A4.margin, top, l.width, height).fill('#e8edf2');
		tagged(l, 'TR', () => {
			let x = A4.margin;
			cells.forEach((cell, i) => {
				doc.font(font).fontSize(8.5).fillColor(INK);
				doc.text(cell, x + pad, top + pad, {
					width: widths[i] - 2 * pad,
					align: block.numeric[i] && !header ? 'right' : 'left'
				});
				x += widths[i];
			});
		});
		doc
			.moveTo(A4.margin, top + height)
			.lineTo(A4.margin + l.width, top + height)
			.lineWidth(0.4)
			.stroke('#b8c2cc');
		doc.y = top + height;
	};
	doc.font(FONT.bold).fontSize(9);
	ensureRoom(doc, 60);
	tagged(l, 'Caption', () =>
		doc.fillColor(MUTED).text(block.caption, A4.margin, doc.y, { width: l.width })
	);
	doc.moveDown(0.2);
	drawRow(block.columns, true);
	for (const row of block.rows) drawRow(row, false);
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
				warningCallback: () => undefined
			});
		},
		{ alt: block.alt }
	);
	doc.y = top + height + 4;
	for (const item of block.legend) {
		const y = doc.y;
		doc.rect(A4.margin, y, 10, 9).fillAndStroke(item.fill, '#5a6570');
		doc.font(FONT.regular).fontSize(8.5).fillColor(INK);
		doc.text(item.label, A4.margin + 16, y, { width: l.width - 16 });
		doc.y = Math.max(doc.y, y + 12);
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
			heading(l, 1, t('report.contents'));
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
				heading(l, 1, chapter.title);
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
