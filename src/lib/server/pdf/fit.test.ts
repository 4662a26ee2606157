import { describe, expect, it } from 'vitest';
import { fitText, truncateToWidth, type BoxSize, type FittedText, type TextMeasure } from './fit';
import { FONT, createPdfDocument, textMeasure } from './fonts';

/** A stand-in font: every character 0.5 em wide, lines 1.2 em apart. */
const mono: TextMeasure = {
	width: (text, size) => [...text].length * 0.5 * size,
	lineHeight: (size) => 1.2 * size
};

/** The real name font of the badges. */
const bold = textMeasure(createPdfDocument(), FONT.bold);

function expectInside(fitted: FittedText, box: BoxSize, measure: TextMeasure, minSize: number) {
	expect(fitted.size).toBeGreaterThanOrEqual(minSize);
	for (const line of fitted.lines) {
		expect(measure.width(line, fitted.size)).toBeLessThanOrEqual(box.width);
	}
	expect(fitted.lines.length * measure.lineHeight(fitted.size)).toBeLessThanOrEqual(box.height);
}

describe('fitting text into a box', () => {
	it('keeps a short name on one line at the largest size', () => {
		expect(fitText('Jo Li', { width: 100, height: 30 }, mono, { maxSize: 20, minSize: 8 })).toEqual(
			{ size: 20, lines: ['Jo Li'], truncated: false }
		);
	});

	it('shrinks a name on one line before wrapping it, down to the one-line limit', () => {
		// 14 characters: 70 pt wide at 10 pt, 84 at 12.
		const name = 'Ğülşen Çelikoğ';
		const box = { width: 72, height: 40 };
		expect(fitText(name, box, mono, { maxSize: 12, minSize: 6, oneLineDownTo: 9 })).toEqual({
			size: 10,
			lines: [name],
			truncated: false
		});
		expect(fitText(name, box, mono, { maxSize: 12, minSize: 6 })).toEqual({
			size: 12,
			lines: ['Ğülşen', 'Çelikoğ'],
			truncated: false
		});
	});

	it('wraps at spaces and after hyphens, never inside a word, while a size fits', () => {
		const fitted = fitText('Şule Yıldız-Łukasiewicz', { width: 55, height: 100 }, mono, {
			maxSize: 10,
			minSize: 6
		});
		expect(fitted).toEqual({
			size: 10,
			lines: ['Şule', 'Yıldız-', 'Łukasiewicz'],
			truncated: false
		});
	});

	it('collapses runs of spaces and ignores an empty text', () => {
		expect(
			fitText('  Zoë   Ørsted ', { width: 100, height: 20 }, mono, { maxSize: 10, minSize: 6 })
		).toMatchObject({ lines: ['Zoë Ørsted'] });
		expect(fitText('   ', { width: 100, height: 20 }, mono, { maxSize: 10, minSize: 6 })).toEqual({
			size: 10,
			lines: [],
			truncated: false
		});
	});

	it('keeps a very long name inside its badge box, in the real font, at no less than the minimum size', () => {
		const box = { width: 226, height: 54 };
		const options = { maxSize: 20, minSize: 9, oneLineDownTo: 15 };
		for (const name of [
			'Şule Yıldız-Łukasiewicz',
			'Maximiliane Alexandra Friederike von Hohenzollern-Sigmaringen-Wittelsbach',
			'Ștefan-Constantin Țurcanu-Rădulescu-Brâncoveanu de la Mănăstirea Cozia și Horezu',
			'Αλέξανδρος-Κωνσταντίνος Παπαδοπουλόπουλος-Χατζηγεωργίου',
			'Александра Константиновна Преображенская-Воскресенская'
		]) {
			const fitted = fitText(name, box, bold, options);
			expectInside(fitted, box, bold, options.minSize);
			expect(fitted.lines.join(' ').replace(/- /g, '-')).toBe(name);
			expect(fitted.truncated).toBe(false);
		}
	});

	it('breaks a word longer than the box and cuts what does not fit with an ellipsis', () => {
		const box = { width: 120, height: 30 };
		const name = `Dr. ${'Wolfeschlegelsteinhausenbergerdorff'.repeat(4)}`;
		const fitted = fitText(name, box, bold, { maxSize: 16, minSize: 9 });
		expectInside(fitted, box, bold, 9);
		expect(fitted).toMatchObject({ size: 9, truncated: true });
		expect(fitted.lines.at(-1)).toMatch(/…$/);
		expect(fitted.lines).toHaveLength(2);
		expect(fitted.lines[0]).toBe('Dr.');
		expect(fitted.lines[1]).toMatch(/^Wolfeschlegel.*…$/);
	});

	it('draws nothing when not even one line fits the box’s height', () => {
		expect(fitText('Jo', { width: 100, height: 5 }, mono, { maxSize: 10, minSize: 8 })).toEqual({
			size: 8,
			lines: [],
			truncated: true
		});
	});
});

describe('shortening a text to a width', () => {
	const at10 = (text: string) => mono.width(text, 10);

	it('leaves a text that fits and ends a shortened one with an ellipsis', () => {
		expect(truncateToWidth('Sozialkonferenz', 100, at10)).toBe('Sozialkonferenz');
		expect(truncateToWidth('Sozialkonferenz Ruhr 2027', 50, at10)).toBe('Sozialkon…');
		expect(truncateToWidth('Sozialkonferenz', 3, at10)).toBe('');
	});
});
