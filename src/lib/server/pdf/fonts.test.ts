import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT, createPdfDocument, fontFiles, renderPdf } from './fonts';

/** The fontkit font behind pdfkit's current font (pdfkit does not type this). */
interface WithGlyphs {
	_font: { font: { hasGlyphForCodePoint(codePoint: number): boolean } };
}

function codePoints(from: number, to: number, pattern: RegExp): number[] {
	const points: number[] = [];
	for (let cp = from; cp <= to; cp++) if (pattern.test(String.fromCodePoint(cp))) points.push(cp);
	return points;
}

const scripts = {
	'Latin Extended-A': codePoints(0x0100, 0x017f, /\p{L}/u),
	'Latin Extended-B': codePoints(0x0180, 0x024f, /\p{L}/u),
	Greek: codePoints(0x0370, 0x03ff, /\p{Script=Greek}/u),
	Cyrillic: codePoints(0x0400, 0x04ff, /\p{L}/u)
};

describe('the PDF font', () => {
	it('is read from the installed package', () => {
		expect(existsSync(fontFiles.regular)).toBe(true);
		expect(existsSync(fontFiles.bold)).toBe(true);
	});

	it.each(Object.entries(scripts))(
		'has a glyph for every letter of %s, regular and bold',
		(_, points) => {
			const doc = createPdfDocument();
			for (const font of [FONT.regular, FONT.bold]) {
				const glyphs = (doc.font(font) as unknown as WithGlyphs)._font.font;
				const missing = points.filter((cp) => !glyphs.hasGlyphForCodePoint(cp));
				expect(missing.map((cp) => String.fromCodePoint(cp))).toEqual([]);
			}
		}
	);

	it('keeps names from across Europe intact as text in the PDF', async () => {
		const names = [
			'Şule Yıldız-Łukasiewicz',
			'Ğülşen Çelik',
			'İbrahim Doğan',
			'Zoë Ørsted-Müller',
			'Ștefan Țurcanu',
			'Žofie Dvořáková',
			'Αλέξανδρος Παπαδόπουλος',
			'Олена Ковальчук'
		];
		const pdf = await renderPdf({ size: 'A4' }, (doc) => {
			doc.font(FONT.bold).text(names.slice(0, 4).join('\n'));
			doc.font(FONT.regular).text(names.slice(4).join('\n'));
		});
		const { PDFParse } = await import('pdf-parse');
		const { text } = await new PDFParse({ data: new Uint8Array(pdf) }).getText();
		expect(text.split('\n').slice(0, names.length)).toEqual(names);
		// Embedded, not one of the 14 standard fonts that know only WinAnsi.
		expect(pdf.toString('latin1')).toContain('DejaVuSans-Bold');
		expect(pdf.toString('latin1')).not.toContain('/Helvetica');
	});
});
