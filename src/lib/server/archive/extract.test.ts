import { describe, expect, it } from 'vitest';
import {
	INFLATE_STEP,
	extractBounded,
	extractionBounds,
	inflateParts,
	pdfInflatedBytes,
	textParts
} from './extract';
import { sniffFileType } from './files';
import { docxBomb, pdfBomb, pdfWithText } from './testing';

const MB = 1024 * 1024;
/** The most one step of compressed input can inflate to (deflate's ratio is at most ~1,032). */
const ONE_STEP = INFLATE_STEP * 1032;
const bounds = { ...extractionBounds, maxInflatedBytes: 4 * MB };

describe('bounded text extraction', () => {
	it('stops inflating a DOCX whose headers claim 1,000 bytes at the bound, not at the end', async () => {
		const bomb = await docxBomb(256 * MB);
		expect(sniffFileType(bomb)).toBe('docx');
		const result = inflateParts(bomb, textParts.docx!, 4 * MB);
		expect(result.ok).toBe(false);
		expect(result.inflated).toBeGreaterThan(4 * MB);
		expect(result.inflated).toBeLessThanOrEqual(4 * MB + ONE_STEP);
	});

	it('stores such a DOCX without text and says why', async () => {
		const result = await extractBounded('docx', await docxBomb(64 * MB), bounds);
		expect(result.body).toBe('');
		expect(result.limit).toBe('size');
		expect(result.note).toContain('größer als 4 MB');
	});

	it('counts the inflated bytes of a PDF content stream and stops at the bound', async () => {
		const counted = pdfInflatedBytes(await pdfBomb(256 * MB), 4 * MB);
		expect(counted).toBeGreaterThan(4 * MB);
		expect(counted).toBeLessThanOrEqual(4 * MB + ONE_STEP);
	});

	it('refuses to hand such a PDF to pdf.js', async () => {
		const result = await extractBounded('pdf', await pdfBomb(64 * MB), bounds);
		expect(result).toMatchObject({ body: '', limit: 'size' });
	});

	it('still reads an ordinary compressed PDF', async () => {
		const pdf = pdfWithText('Quartiersarbeit in Gelsenkirchen');
		expect(pdfInflatedBytes(pdf, 4 * MB)).toBeLessThan(1000);
		const result = await extractBounded('pdf', pdf, bounds);
		expect(result).toEqual({ body: 'Quartiersarbeit in Gelsenkirchen', note: null, limit: null });
	});
});
