import { describe, expect, it } from 'vitest';
import { harvestPdf } from './pdf';

const names = [
	'Şule Yıldız-Łukasiewicz',
	'Ğülşen Çelik',
	'Zoë Ørsted-Müller',
	'Ștefan Țurcanu',
	'Αλέξανδρος Παπαδόπουλος',
	'Олена Ковальчук'
];

describe('the harvest PDF', () => {
	it('keeps names and text in every script as they were written', async () => {
		const pdf = await harvestPdf({
			title: 'Ernte des World Cafés „Nachbarschaft“',
			topics: [
				{
					topic: 'Begegnung im Quartier',
					keyPoints: names.map((name, i) => ({ table: name, round: i + 1, text: 'Sprechstunde' })),
					fields: [
						{
							field: 'Wohnen',
							ideas: names.map((name) => ({ text: name, table: 'Tisch 1', round: 2, votes: 1 }))
						}
					]
				}
			]
		});
		const { PDFParse } = await import('pdf-parse');
		const lines = (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text.split('\n');
		expect(lines).toContain('Ernte des World Cafés „Nachbarschaft“');
		for (const [i, name] of names.entries()) {
			expect(lines).toContain(`${name}, Runde ${i + 1}: Sprechstunde`);
			expect(lines).toContain(`• ${name} (1 Stimme; Tisch 1, Runde 2)`);
		}
	});
});
