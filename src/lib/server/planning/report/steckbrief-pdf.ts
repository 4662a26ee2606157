/**
 * The Quartierssteckbrief as one tagged A4 page, set with the report's building blocks (headings,
 * paragraphs, the tagged table, figures with alternative text, DejaVu Sans). The key-figure table
 * takes the room that is left; its type shrinks until it fits, and the page never breaks.
 */
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT, renderPdf } from '../../pdf';
import { A4, INK, MUTED, decoration, heading, paragraph, table, tableHeight, tagged } from './pdf';
import type { Layout } from './pdf';
import type { SteckbriefDocument } from './steckbrief';

const PAGE = { margin: 42, top: 40, bottom: 40 };
const MAP_WIDTH = 190;
const MAP_HEIGHT = 150;
/** Font sizes the table tries, largest first. */
const TABLE_SIZES = [8.5, 8, 7.5, 7, 6.5, 6];

/** Height of `texts` at `size` over the page's width. */
function textHeight(l: Layout, texts: readonly string[], size: number): number {
	l.doc.font(FONT.regular).fontSize(size);
	return texts.reduce(
		(sum, text) => sum + l.doc.heightOfString(text, { width: l.width }) + size * 0.3,
		0
	);
}

export async function steckbriefPdf(s: SteckbriefDocument): Promise<Buffer> {
	return renderPdf(
		{
			size: 'A4',
			margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
			pdfVersion: '1.7',
			tagged: true,
			lang: s.language === 'de' ? 'de-DE' : 'en-GB',
			displayTitle: true,
			info: { Title: s.title, Subject: s.place }
		},
		(doc) => {
			const root = doc.struct('Document');
			doc.addStructure(root);
			const l: Layout = { doc, root, width: doc.page.width - 2 * PAGE.margin, drawFigures: true };
			// The report's blocks place text at A4.margin; this page has narrower margins.
			doc.translate(PAGE.margin - A4.margin, 0);
			const bottom = doc.page.height - PAGE.bottom - 14;

			doc.y = PAGE.top;
			heading(l, 1, s.title);
			paragraph(l, s.place);
			for (const mark of s.marks) {
				doc.font(FONT.bold).fontSize(11);
				tagged(l, 'P', () =>
					doc.fillColor('#9b1c1c').text(mark, A4.margin, doc.y, { width: l.width })
				);
				doc.moveDown(0.3);
			}

			// Facts on the left, the locator map on the right.
			const top = doc.y + 4;
			const mapHeight = s.map ? Math.min(MAP_HEIGHT, (s.map.height / s.map.width) * MAP_WIDTH) : 0;
			const mapWidth = s.map ? (s.map.width / s.map.height) * mapHeight : 0;
			const factsWidth = s.map ? l.width - MAP_WIDTH - 16 : l.width;
			doc.y = top;
			doc.font(FONT.bold).fontSize(12);
			tagged(l, 'H2', () =>
				doc.fillColor(INK).text(s.factsHeading, A4.margin, doc.y, { width: factsWidth })
			);
			doc.moveDown(0.2);
			for (const fact of s.facts) {
				tagged(l, 'P', () => {
					doc.font(FONT.bold).fontSize(9).fillColor(INK);
					doc.text(`${fact.label}: `, A4.margin, doc.y, { width: factsWidth, continued: true });
					doc.font(FONT.regular).text(fact.value);
				});
				doc.moveDown(0.25);
			}
			const factsBottom = doc.y;
			let figureBottom = top;
			if (s.map) {
				const left = A4.margin + l.width - mapWidth;
				const map = s.map;
				tagged(
					l,
					'Figure',
					() =>
						SVGtoPDF(doc, map.svg, left, top, {
							width: mapWidth,
							height: mapHeight,
							warningCallback: () => undefined,
							// Fit the drawing into the box (without this, the SVG's own size in px is used).
							preserveAspectRatio: 'xMidYMid meet'
						}),
					{ alt: map.alt }
				);
				doc.font(FONT.regular).fontSize(7.5);
				tagged(l, 'Caption', () =>
					doc.fillColor(MUTED).text(map.caption, left, top + mapHeight + 3, { width: mapWidth })
				);
				figureBottom = doc.y;
			}
			doc.y = Math.max(factsBottom, figureBottom) + 8;

			// Sources at the foot of the page; the table gets the room between.
			const sourceSize = 7;
			const sourcesHeight = 20 + textHeight(l, s.sources, sourceSize);
			const tableTop = doc.y;
			const room = bottom - sourcesHeight - tableTop - 20;
			if (s.figures) {
				const figures = s.figures;
				let size = TABLE_SIZES[TABLE_SIZES.length - 1];
				let rows = figures.rows;
				for (const candidate of TABLE_SIZES) {
					if (tableHeight(l, figures, candidate) <= room) {
						size = candidate;
						break;
					}
				}
				// Even the smallest type is too large: keep as many rows as fit.
				while (rows.length > 1 && tableHeight(l, { ...figures, rows }, size) > room) {
					rows = rows.slice(0, -1);
				}
				table(l, { ...figures, rows }, size);
			} else {
				paragraph(l, s.noFigures);
			}

			doc.y = Math.max(doc.y, bottom - sourcesHeight);
			doc.font(FONT.bold).fontSize(9);
			tagged(l, 'H2', () =>
				doc.fillColor(INK).text(s.sourcesHeading, A4.margin, doc.y, { width: l.width })
			);
			doc.font(FONT.regular).fontSize(sourceSize);
			for (const source of s.sources) {
				tagged(l, 'P', () =>
					doc.fillColor(MUTED).text(source, A4.margin, doc.y, { width: l.width })
				);
				doc.moveDown(0.3);
			}

			// The footer is pagination furniture: an artifact.
			const margin = doc.page.margins.bottom;
			doc.page.margins.bottom = 0;
			decoration(doc, () => {
				doc.font(FONT.regular).fontSize(7.5).fillColor(MUTED);
				doc.text([s.footer, ...s.marks].join(' · '), A4.margin, doc.page.height - PAGE.bottom + 8, {
					width: l.width,
					lineBreak: false
				});
			});
			doc.page.margins.bottom = margin;
		}
	);
}
