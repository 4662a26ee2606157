import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { badgeUrl } from '../registration/badge';
import { municipalityName } from './exports';

export interface Badge {
	firstName: string;
	lastName: string;
	organisation: string | null;
	municipalityAgs: string | null;
	checkinCode: string;
}

export type BadgeLayout = 'a4' | 'a6';

const MM = 72 / 25.4;

/** A4 sheets hold 2 × 4 badges of 90 × 60 mm (common perforated badge paper); A6 holds one. */
const layouts = {
	a4: { size: 'A4' as const, columns: 2, rows: 4, width: 90 * MM, height: 60 * MM },
	a6: { size: 'A6' as const, columns: 1, rows: 1, width: 148 * MM, height: 105 * MM }
};

async function qrPng(text: string): Promise<Buffer> {
	return QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
}

function drawBadge(
	doc: PDFKit.PDFDocument,
	badge: Badge,
	qr: Buffer,
	x: number,
	y: number,
	w: number,
	h: number,
	footer: string
): void {
	const pad = 5 * MM;
	const qrSize = Math.min(h * 0.45, 30 * MM);
	doc.save().lineWidth(0.5).strokeColor('#999999').rect(x, y, w, h).stroke().restore();
	const textWidth = w - 2 * pad - qrSize - pad;
	const nameSize = h > 80 * MM ? 26 : 16;
	doc
		.fillColor('#000000')
		.font('Helvetica-Bold')
		.fontSize(nameSize)
		.text(`${badge.firstName} ${badge.lastName}`, x + pad, y + pad, { width: textWidth });
	doc.font('Helvetica').fontSize(nameSize * 0.6);
	if (badge.organisation) doc.text(badge.organisation, { width: textWidth });
	doc.text(municipalityName(badge.municipalityAgs), { width: textWidth });
	doc.image(qr, x + w - pad - qrSize, y + pad, { width: qrSize, height: qrSize });
	doc
		.fontSize(7)
		.fillColor('#444444')
		.text(`${footer} · ${badge.checkinCode}`, x + pad, y + h - pad - 8, {
			width: w - 2 * pad,
			lineBreak: false
		});
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
	const doc = new PDFDocument({ size: spec.size, margin: 0, autoFirstPage: false });
	doc.info.Title = footer;
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	const perPage = spec.columns * spec.rows;
	const pageWidth = layout === 'a4' ? 210 * MM : 148 * MM;
	const pageHeight = layout === 'a4' ? 297 * MM : 105 * MM;
	const left = (pageWidth - spec.columns * spec.width) / 2;
	const top = (pageHeight - spec.rows * spec.height) / 2;
	if (!badges.length)
		doc.addPage({ size: spec.size, layout: layout === 'a6' ? 'landscape' : 'portrait', margin: 0 });
	for (const [i, badge] of badges.entries()) {
		if (i % perPage === 0) {
			doc.addPage({
				size: spec.size,
				layout: layout === 'a6' ? 'landscape' : 'portrait',
				margin: 0
			});
		}
		const slot = i % perPage;
		const x = left + (slot % spec.columns) * spec.width;
		const y = top + Math.floor(slot / spec.columns) * spec.height;
		const qr = await qrPng(badgeUrl(origin, badge.checkinCode));
		drawBadge(doc, badge, qr, x, y, spec.width, spec.height, footer);
	}
	doc.end();
	return done;
}
