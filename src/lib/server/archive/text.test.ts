import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractText, extractionBounds, xmlText } from './text';
import { docxBomb, pdfWithText } from './testing';

const MB = 1024 * 1024;
// Under Vitest the worker runs the TypeScript source through tsx, which on a loaded machine can
// take longer than the production time bound; the tests of other bounds must not trip over it.
const patient = { ...extractionBounds, timeoutMs: 300_000, workerMemoryMb: 4096 };

describe('text of uploaded files', () => {
	it('reads the paragraphs of a Word document', async () => {
		const docx = zipSync({
			'[Content_Types].xml': strToU8('<Types/>'),
			'word/document.xml': strToU8(
				'<w:document><w:body><w:p><w:r><w:t>Sozialplanung im Quartier</w:t></w:r></w:p>' +
					'<w:p><w:r><w:t>Kinder &amp; Jugend</w:t></w:r></w:p></w:body></w:document>'
			)
		});
		expect(await extractText('docx', docx, { bounds: patient })).toEqual({
			body: 'Sozialplanung im Quartier\nKinder & Jugend',
			note: null,
			limit: null
		});
	});

	it('reads slides in their order', async () => {
		const slide = (text: string) =>
			strToU8(`<p:sld><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:sld>`);
		const pptx = zipSync({
			'[Content_Types].xml': strToU8('<Types/>'),
			'ppt/slides/slide10.xml': slide('Zehn'),
			'ppt/slides/slide2.xml': slide('Zwei'),
			'ppt/slides/slide1.xml': slide('Eins')
		});
		expect((await extractText('pptx', pptx, { bounds: patient })).body).toBe('Eins\nZwei\nZehn');
	});

	it('reads an OpenDocument text', async () => {
		const odt = zipSync({
			mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
			'content.xml': strToU8(
				'<office:text><text:h>Titel</text:h><text:p>Straße&#x20;1</text:p></office:text>'
			)
		});
		expect((await extractText('odt', odt, { bounds: patient })).body).toBe('Titel\nStraße 1');
	});

	it('stores an image without text, saying so', async () => {
		const result = await extractText('png', new Uint8Array([0x89, 0x50]));
		expect(result.body).toBe('');
		expect(result.note).toContain('Bilder');
	});

	it('notes a damaged PDF instead of failing', async () => {
		const result = await extractText('pdf', strToU8('%PDF-1.4 kaputt'), { bounds: patient });
		expect(result.body).toBe('');
		expect(result.note).toMatch(/ließ sich nicht lesen|keinen lesbaren Text/);
	});

	it('keeps tabs as spaces and drops tags', () => {
		expect(xmlText('<w:p><w:t>a</w:t><w:tab/><w:t>b</w:t></w:p>')).toBe('a b\n');
	});

	it('reads the text of a compressed PDF in the extraction worker', async () => {
		const result = await extractText('pdf', pdfWithText('Sozialbericht Ruhr 2025'), {
			bounds: patient
		});
		expect(result).toEqual({ body: 'Sozialbericht Ruhr 2025', note: null, limit: null });
	});

	it('keeps the event loop turning while a bomb is being read', async () => {
		const bomb = await docxBomb(256 * MB);
		let ticks = 0;
		const counter = setInterval(() => (ticks += 1), 1);
		try {
			const result = await extractText('docx', bomb, {
				bounds: { ...patient, maxInflatedBytes: 128 * MB }
			});
			expect(result.limit).toBe('size');
		} finally {
			clearInterval(counter);
		}
		expect(ticks).toBeGreaterThanOrEqual(3);
	});

	it('terminates an extraction that runs past the time bound and reads the next file', async () => {
		const hung = await extractText('pdf', pdfWithText('nie gelesen'), {
			bounds: { ...extractionBounds, timeoutMs: 300 },
			workerUrl: new URL('./fixtures/hang-worker.mjs', import.meta.url)
		});
		expect(hung).toMatchObject({ body: '', limit: 'time' });
		expect(hung.note).toContain('länger als 0,3 Sekunden');
		const next = await extractText('txt', new TextEncoder().encode('Danach geht es weiter'), {
			bounds: patient
		});
		expect(next.body).toBe('Danach geht es weiter');
	});
});
