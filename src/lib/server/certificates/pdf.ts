import QRCode from 'qrcode';
import { formatDate, formatNumber, translator } from '$lib/i18n';
import { FONT, drawFitted, renderPdf } from '../pdf';
import { groupedCode, verificationUrl } from './rules';
import type { Certificate } from './store';

const MM = 72 / 25.4;
const MARGIN = 25 * MM;
const WIDTH = 210 * MM - 2 * MARGIN;

function place(c: Certificate): string | null {
	const parts = [c.edition.venueName, c.edition.venueCity].filter(Boolean);
	return parts.length ? parts.join(', ') : null;
}

async function drawCertificate(doc: PDFKit.PDFDocument, c: Certificate, origin: string) {
	const t = translator(c.language);
	const url = verificationUrl(origin, c.code);
	doc.font(FONT.regular).fontSize(11).fillColor('#444444');
	doc.text(t('cert.series'), MARGIN, MARGIN, { width: WIDTH });
	doc.fillColor('#000000').font(FONT.bold).fontSize(26);
	doc.text(t('cert.title'), MARGIN, MARGIN + 14 * MM, { width: WIDTH });
	doc.font(FONT.regular).fontSize(12);
	doc.text(t('cert.confirms'), MARGIN, MARGIN + 34 * MM, { width: WIDTH });
	drawFitted(
		doc,
		`${c.firstName} ${c.lastName}`,
		{ x: MARGIN, y: MARGIN + 44 * MM, width: WIDTH, height: 22 * MM },
		FONT.bold,
		{ maxSize: 22, minSize: 11, oneLineDownTo: 16 }
	);
	const ordinal = c.edition.number ? `${c.edition.number}. ` : '';
	doc.font(FONT.regular).fontSize(12);
	doc.text(
		t('cert.attended', { ordinal, year: c.edition.year, title: c.edition.title }),
		MARGIN,
		MARGIN + 70 * MM,
		{ width: WIDTH }
	);
	doc.moveDown(1);
	const facts: [string, string][] = [];
	if (c.edition.date) facts.push([t('cert.date'), formatDate(c.edition.date, c.language)]);
	if (c.edition.startTime && c.edition.endTime) {
		facts.push([
			t('cert.time'),
			t('cert.timeValue', {
				from: c.edition.startTime.slice(0, 5),
				to: c.edition.endTime.slice(0, 5)
			})
		]);
	}
	const where = place(c);
	if (where) facts.push([t('cert.place'), where]);
	if (c.hours !== null) {
		facts.push([
			t('cert.hours'),
			t('cert.hoursValue', { hours: formatNumber(c.hours, c.language) })
		]);
	}
	facts.push([
		c.workshops.length > 1 ? t('cert.workshops') : t('cert.workshop'),
		c.workshops.length ? c.workshops.join('\n') : t('cert.noWorkshop')
	]);
	for (const [label, value] of facts) {
		const y = doc.y;
		doc
			.font(FONT.bold)
			.fontSize(11)
			.text(label, MARGIN, y, { width: 40 * MM });
		doc
			.font(FONT.regular)
			.fontSize(11)
			.text(value, MARGIN + 42 * MM, y, { width: WIDTH - 42 * MM });
		doc.moveDown(0.4);
	}

	// The signature block.
	const signTop = 200 * MM;
	doc.font(FONT.regular).fontSize(11);
	doc.text(t('cert.issuedBy'), MARGIN, signTop, { width: WIDTH });
	doc.font(FONT.bold).text(c.organisers.join(', '), { width: WIDTH });
	doc
		.moveTo(MARGIN, signTop + 28 * MM)
		.lineTo(MARGIN + 80 * MM, signTop + 28 * MM)
		.lineWidth(0.5)
		.stroke();
	doc.font(FONT.regular).fontSize(9);
	doc.text(t('cert.signature'), MARGIN, signTop + 30 * MM, { width: 80 * MM });
	doc.fontSize(8).fillColor('#444444');
	doc.text(t('cert.noSignatureNeeded'), MARGIN, signTop + 36 * MM, { width: WIDTH });

	// Verification: the code, the address and a QR code of it.
	const qrSize = 28 * MM;
	const qr = await QRCode.toBuffer(url, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
	const bottom = 297 * MM - MARGIN;
	doc.image(qr, MARGIN + WIDTH - qrSize, bottom - qrSize, { width: qrSize, height: qrSize });
	doc.fillColor('#000000').font(FONT.regular).fontSize(9);
	doc.text(t('cert.verify'), MARGIN, bottom - qrSize, { width: WIDTH - qrSize - 5 * MM });
	doc
		.font(FONT.bold)
		.fontSize(11)
		.text(groupedCode(c.code), { width: WIDTH - qrSize - 5 * MM });
	doc
		.font(FONT.regular)
		.fontSize(9)
		.text(url, { width: WIDTH - qrSize - 5 * MM });
}

/** Certificates as one PDF, one A4 page each (a participant's own, or all of an edition). */
export async function certificatesPdf(list: Certificate[], origin: string): Promise<Buffer> {
	return renderPdf(
		{
			size: 'A4',
			margin: 0,
			autoFirstPage: false,
			info: { Title: 'Teilnahmebescheinigung – Sozialkonferenz Ruhr' }
		},
		async (doc) => {
			for (const c of list) {
				doc.addPage({ size: 'A4', margin: 0 });
				await drawCertificate(doc, c, origin);
			}
			if (!list.length) doc.addPage({ size: 'A4', margin: 0 });
		}
	);
}
