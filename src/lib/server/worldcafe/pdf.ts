import PDFDocument from 'pdfkit';
import type { HarvestSnapshot } from '../db/schema';

/** The harvest as an A4 PDF: per topic the key points, then the ideas by Handlungsfeld. */
export function harvestPdf(snapshot: HarvestSnapshot): Promise<Buffer> {
	return new Promise((resolvePdf, reject) => {
		const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: snapshot.title } });
		const chunks: Buffer[] = [];
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolvePdf(Buffer.concat(chunks)));
		doc.on('error', reject);
		doc.font('Helvetica-Bold').fontSize(18).text(snapshot.title);
		for (const topic of snapshot.topics) {
			doc.moveDown().font('Helvetica-Bold').fontSize(14).text(`Thema: ${topic.topic}`);
			if (topic.keyPoints.length) {
				doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11).text('Kernpunkte');
				for (const point of topic.keyPoints) {
					doc
						.font('Helvetica')
						.fontSize(10)
						.text(`${point.table}, Runde ${point.round}: ${point.text}`);
				}
			}
			for (const group of topic.fields) {
				doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11).text(`Handlungsfeld ${group.field}`);
				for (const idea of group.ideas) {
					doc
						.font('Helvetica')
						.fontSize(10)
						.text(
							`• ${idea.text} (${idea.votes} ${idea.votes === 1 ? 'Stimme' : 'Stimmen'}; ${idea.table}, Runde ${idea.round})`
						);
				}
			}
		}
		doc.end();
	});
}
