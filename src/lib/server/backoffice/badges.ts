import QRCode from 'qrcode';
import { badgeUrl } from '../registration/badge';
import { municipalityName } from './exports';
import {
	FONT,
	drawFitted,
	fitText,
	renderPdf,
	textMeasure,
	truncateToWidth,
	type Box
} from '../pdf';

export interface Badge {
	firstName: string;
	lastName: string;
	organisation: string | null;
	municipalityAgs: string | null;
	checkinCode: string;
}

export type BadgeLayout = 'a4' | 'a6';

const MM = 72 / 25.4;

/**
 * A4 sheets hold 2 × 4 badges of 90 × 60 mm (common perforated badge paper); A6 holds one.
 * Sizes in points: the name's largest and smallest size, the organisation's and municipality's,
 * and the QR code's edge.
 */
const layouts = {
	a4: {
		size: 'A4' as const,
		columns: 2,
		rows: 4,
		width: 90 * MM,
		height: 60 * MM,
		name: { maxSize: 20, minSize: 9 },
		detail: { maxSize: 10, minSize: 6.5 },
		qr: 24 * MM
	},
	a6: {
		size: 'A6' as const,
		columns: 1,
		rows: 1,
		width: 148 * MM,
		height: 105 * MM,
		name: { maxSize: 34, minSize: 14 },
		detail: { maxSize: 16, minSize: 9 },
		qr: 36 * MM
	}
};

const PAD = 5 * MM;
const GAP = 2 * MM;
const FOOTER_SIZE = 7;
const FOOTER_MIN_SIZE = 5;

/** Where each field of a badge goes, relative to the badge's top left corner. */
export interface BadgeBoxes {
	name: Box;
	organisation: Box;
	municipality: Box;
	qr: Box;
	footer: Box;
}

/**
 * The badge's fields as separate boxes: the name across the full width at the top, the QR code
 * at the bottom right, organisation and municipality to its left, the footer line below. The
 * boxes do not overlap, so text fitted into its box (`drawFitted`) never runs into another field.
 */
export function badgeBoxes(layout: BadgeLayout, lineHeight: (size: number) => number): BadgeBoxes {
	const spec = layouts[layout];
	const inner = spec.width - 2 * PAD;
	const footerHeight = lineHeight(FOOTER_SIZE);
	const footerTop = spec.height - PAD - footerHeight;
	const qrTop = footerTop - GAP - spec.qr;
	const detailWidth = inner - spec.qr - PAD;
	const municipalityHeight = lineHeight(spec.detail.maxSize);
	const municipalityTop = footerTop - GAP - municipalityHeight;
	return {
		name: { x: PAD, y: PAD, width: inner, height: qrTop - GAP - PAD },
		organisation: {
			x: PAD,
			y: qrTop,
			width: detailWidth,
			height: municipalityTop - GAP / 2 - qrTop
		},
		municipality: {
			x: PAD,
			y: municipalityTop,
			width: detailWidth,
			height: municipalityHeight
		},
		qr: { x: spec.width - PAD - spec.qr, y: qrTop, width: spec.qr, height: spec.qr },
		footer: { x: PAD, y: footerTop, width: inner, height: footerHeight }
	};
}

async function qrPng(text: string): Promise<Buffer> {
	return QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
}

const at = (box: Box, x: number, y: number): Box => ({ ...box, x: box.x + x, y: box.y + y });

/**
 * The footer names the edition and the check-in code. It shrinks to fit one line; if the
 * edition's title is still too long, the title is shortened, never the code.
 */
function drawFooter(doc: PDFKit.PDFDocument, box: Box, footer: string, code: string): void {
	const suffix = ` · ${code}`;
	const fitted = drawFittedLine(doc, `${footer}${suffix}`, box);
	if (fitted) return;
	const measure = textMeasure(doc, FONT.regular);
	const title = truncateToWidth(footer, box.width - measure.width(suffix, FOOTER_MIN_SIZE), (t) =>
		measure.width(t, FOOTER_MIN_SIZE)
	);
	doc
		.font(FONT.regular)
		.fontSize(FOOTER_MIN_SIZE)
		.text(`${title}${suffix}`, box.x, box.y, { lineBreak: false });
}

function drawFittedLine(doc: PDFKit.PDFDocument, text: string, box: Box): boolean {
	const measure = textMeasure(doc, FONT.regular);
	const fitted = fitText(text, box, measure, {
		maxSize: FOOTER_SIZE,
		minSize: FOOTER_MIN_SIZE,
		oneLineDownTo: FOOTER_MIN_SIZE
	});
	if (fitted.lines.length !== 1 || fitted.truncated) return false;
	doc.font(FONT.regular).fontSize(fitted.size).text(fitted.lines[0], box.x, box.y, {
		lineBreak: false
	});
	return true;
}

function drawBadge(
	doc: PDFKit.PDFDocument,
	layout: BadgeLayout,
	badge: Badge,
	qr: Buffer,
	x: number,
	y: number,
	footer: string
): void {
	const spec = layouts[layout];
	const boxes = badgeBoxes(layout, textMeasure(doc, FONT.regular).lineHeight);
	doc.save().lineWidth(0.5).strokeColor('#999999').rect(x, y, spec.width, spec.height).stroke();
	doc.restore();
	doc.fillColor('#000000');
	drawFitted(doc, `${badge.firstName} ${badge.lastName}`, at(boxes.name, x, y), FONT.bold, {
		...spec.name,
		oneLineDownTo: spec.name.maxSize * 0.75
	});
	if (badge.organisation) {
		drawFitted(doc, badge.organisation, at(boxes.organisation, x, y), FONT.regular, spec.detail);
	}
	drawFitted(
		doc,
		municipalityName(badge.municipalityAgs),
		at(boxes.municipality, x, y),
		FONT.regular,
		{ ...spec.detail, oneLineDownTo: spec.detail.minSize }
	);
	const q = at(boxes.qr, x, y);
	doc.image(qr, q.x, q.y, { width: q.width, height: q.height });
	doc.fillColor('#444444');
	drawFooter(doc, at(boxes.footer, x, y), footer, badge.checkinCode);
}

/**
 * Name badges as a PDF. The QR code carries the address of the badge page (`badgeUrl`): scanned
 * by the participant's phone it opens their workshop and World Café tables; scanned at the
 * check-in, the code at its end marks arrival (`codeFrom`). The code is also printed small, to be
 * typed in when no camera works. PDF text is real text so it can be searched and read aloud.
 */
export async function badgesPdf(
	badges: Badge[],
	layout: BadgeLayout,
	footer: string,
	origin: string
): Promise<Buffer> {
	const spec = layouts[layout];
	const perPage = spec.columns * spec.rows;
	const orientation = layout === 'a6' ? 'landscape' : 'portrait';
	const pageWidth = layout === 'a4' ? 210 * MM : 148 * MM;
	const pageHeight = layout === 'a4' ? 297 * MM : 105 * MM;
	const left = (pageWidth - spec.columns * spec.width) / 2;
	const top = (pageHeight - spec.rows * spec.height) / 2;
	const qrs = await Promise.all(badges.map((b) => qrPng(badgeUrl(origin, b.checkinCode))));
	return renderPdf(
		{ size: spec.size, margin: 0, autoFirstPage: false, info: { Title: footer } },
		(doc) => {
			if (!badges.length) doc.addPage({ size: spec.size, layout: orientation, margin: 0 });
			for (const [i, badge] of badges.entries()) {
				if (i % perPage === 0) doc.addPage({ size: spec.size, layout: orientation, margin: 0 });
				const slot = i % perPage;
				const x = left + (slot % spec.columns) * spec.width;
				const y = top + Math.floor(slot / spec.columns) * spec.height;
				drawBadge(doc, layout, badge, qrs[i], x, y, footer);
			}
		}
	);
}
