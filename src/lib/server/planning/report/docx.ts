/**
 * The report as a Word document (the `docx` package) with the PDF's content: real Word headings
 * (Heading 1–3, so Word's navigation and its own table of contents work), real tables, maps and
 * charts as SVG with a PNG fallback and alternative text, the demo/draft mark in every footer.
 * The office edits the final wording in it.
 */
import {
	AlignmentType,
	Document,
	Footer,
	Header,
	HeadingLevel,
	ImageRun,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableOfContents,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { Resvg } from '@resvg/resvg-js';
import { fontFiles } from '../../pdf';
import type { Block, ReportDocument } from './build';
import { translator } from '$lib/i18n';

const FONT = 'DejaVu Sans';
const LEVEL = {
	1: HeadingLevel.HEADING_1,
	2: HeadingLevel.HEADING_2,
	3: HeadingLevel.HEADING_3
} as const;
/**
 * The PNG fallback of a figure for Word versions without SVG, at its own size. Only the
 * embedded DejaVu Sans is loaded (scanning the system's fonts for every figure is slow).
 */
function fallbackPng(svg: string, width: number): Buffer {
	return new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		background: '#ffffff',
		font: {
			loadSystemFonts: false,
			fontFiles: [fontFiles.regular],
			defaultFontFamily: 'DejaVu Sans'
		}
	})
		.render()
		.asPng();
}

/** Printable width of A4 with 2 cm margins, in pixels at 96 dpi (docx sizes images in px). */
const PAGE_PX = 642;

function cell(text: string, header: boolean, numeric: boolean): TableCell {
	return new TableCell({
		children: [
			new Paragraph({
				alignment: numeric && !header ? AlignmentType.RIGHT : AlignmentType.LEFT,
				children: [new TextRun({ text, bold: header, size: 17 })]
			})
		]
	});
}

function blockParts(b: Block): (Paragraph | Table)[] {
	switch (b.kind) {
		case 'heading':
			return [new Paragraph({ heading: LEVEL[b.level], text: b.text })];
		case 'paragraph':
			return [
				new Paragraph({
					indent: b.role === 'planner' ? { left: 200 } : undefined,
					children: [
						new TextRun({
							text: b.text,
							size: b.role === 'note' ? 18 : 21,
							color: b.role === 'note' ? '4A5560' : undefined
						})
					]
				})
			];
		case 'list':
			return b.items.map(
				(item) =>
					new Paragraph({
						bullet: { level: Math.min(Math.floor((item.length - item.trimStart().length) / 2), 8) },
						text: item.trimStart()
					})
			);
		case 'table':
			return [
				new Paragraph({ children: [new TextRun({ text: b.caption, bold: true, size: 18 })] }),
				new Table({
					width: { size: 100, type: WidthType.PERCENTAGE },
					rows: [
						new TableRow({
							tableHeader: true,
							children: b.columns.map((c) => cell(c, true, false))
						}),
						...b.rows.map(
							(r) => new TableRow({ children: r.map((c, i) => cell(c, false, b.numeric[i])) })
						)
					]
				}),
				new Paragraph({ text: '' })
			];
		case 'figure': {
			const width = Math.min(PAGE_PX, b.figure === 'map' ? PAGE_PX : 480);
			const height = Math.round((b.height / b.width) * width);
			return [
				new Paragraph({
					children: [
						new ImageRun({
							type: 'svg',
							data: Buffer.from(b.svg),
							fallback: { type: 'png', data: fallbackPng(b.svg, b.width) },
							transformation: { width, height },
							altText: { name: b.caption, title: b.caption, description: b.alt }
						})
					]
				}),
				...b.legend.map(
					(item) =>
						new Paragraph({
							children: [
								// Hatched "geheim" as on the map; the other swatches in their colour.
								item.pattern === 'suppressed'
									? new TextRun({ text: '▨ ', color: '3D4650', size: 20 })
									: new TextRun({ text: '■ ', color: item.fill.replace('#', ''), size: 20 }),
								new TextRun({ text: item.label, size: 17 })
							]
						})
				),
				new Paragraph({ children: [new TextRun({ text: b.caption, italics: true, size: 18 })] })
			];
		}
	}
}

/** The report's DOCX. */
export async function reportDocx(report: ReportDocument): Promise<Buffer> {
	const t = translator(report.language);
	const footerLine = new Paragraph({
		children: [
			new TextRun({ text: `${report.footer} · `, size: 16 }),
			new TextRun({
				children: [t('report.page', { page: '' }).trim(), ' ', PageNumber.CURRENT],
				size: 16
			})
		]
	});
	const doc = new Document({
		title: report.title,
		description: report.subtitle,
		creator: 'Sozialkonferenz Ruhr',
		features: { updateFields: true },
		styles: { default: { document: { run: { font: FONT, size: 21 } } } },
		sections: [
			{
				properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
				headers: {
					default: new Header({
						children: [new Paragraph({ children: [new TextRun({ text: report.title, size: 16 })] })]
					})
				},
				footers: { default: new Footer({ children: [footerLine] }) },
				children: [
					new Paragraph({ heading: HeadingLevel.TITLE, text: report.title }),
					new Paragraph({ text: report.subtitle }),
					...report.marks.map(
						(mark) =>
							new Paragraph({
								children: [new TextRun({ text: mark, bold: true, color: '9B1C1C' })]
							})
					),
					new Paragraph({ children: [new TextRun({ text: report.stand, size: 18 })] }),
					new Paragraph({
						heading: HeadingLevel.HEADING_1,
						text: t('report.contents'),
						pageBreakBefore: true
					}),
					new TableOfContents(t('report.contents'), { hyperlink: true, headingStyleRange: '1-2' }),
					...report.chapters.flatMap((chapter) => [
						new Paragraph({
							heading: HeadingLevel.HEADING_1,
							text: chapter.title,
							pageBreakBefore: true
						}),
						...chapter.blocks.flatMap(blockParts)
					])
				]
			}
		]
	});
	return Packer.toBuffer(doc);
}
