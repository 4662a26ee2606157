import type { HarvestSnapshot } from '../db/schema';
import { FONT, renderPdf } from '../pdf';

/** The harvest as an A4 PDF: per topic the key points, then the ideas by Handlungsfeld. */
export function harvestPdf(snapshot: HarvestSnapshot): Promise<Buffer> {
	return renderPdf({ size: 'A4', margin: 56, info: { Title: snapshot.title } }, (doc) => {
		doc.font(FONT.bold).fontSize(18).text(snapshot.title);
		for (const topic of snapshot.topics) {
			doc.moveDown().font(FONT.bold).fontSize(14).text(`Thema: ${topic.topic}`);
			if (topic.keyPoints.length) {
				doc.moveDown(0.5).font(FONT.bold).fontSize(11).text('Kernpunkte');
				for (const point of topic.keyPoints) {
					doc
						.font(FONT.regular)
						.fontSize(10)
						.text(`${point.table}, Runde ${point.round}: ${point.text}`);
				}
			}
			for (const group of topic.fields) {
				doc.moveDown(0.5).font(FONT.bold).fontSize(11).text(`Handlungsfeld ${group.field}`);
				for (const idea of group.ideas) {
					doc
						.font(FONT.regular)
						.fontSize(10)
						.text(
							`• ${idea.text} (${idea.votes} ${idea.votes === 1 ? 'Stimme' : 'Stimmen'}; ${idea.table}, Runde ${idea.round})`
						);
				}
			}
		}
	});
}
