import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractText, xmlText } from './text';

describe('text of uploaded files', () => {
	it('reads the paragraphs of a Word document', async () => {
		const docx = zipSync({
			'[Content_Types].xml': strToU8('<Types/>'),
			'word/document.xml': strToU8(
				'<w:document><w:body><w:p><w:r><w:t>Sozialplanung im Quartier</w:t></w:r></w:p>' +
					'<w:p><w:r><w:t>Kinder &amp; Jugend</w:t></w:r></w:p></w:body></w:document>'
			)
		});
		expect(await extractText('docx', docx)).toEqual({
			body: 'Sozialplanung im Quartier\nKinder & Jugend',
			note: null
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
		expect((await extractText('pptx', pptx)).body).toBe('Eins\nZwei\nZehn');
	});

	it('reads an OpenDocument text', async () => {
		const odt = zipSync({
			mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
			'content.xml': strToU8(
				'<office:text><text:h>Titel</text:h><text:p>Straße&#x20;1</text:p></office:text>'
			)
		});
		expect((await extractText('odt', odt)).body).toBe('Titel\nStraße 1');
	});

	it('stores an image without text, saying so', async () => {
		const result = await extractText('png', new Uint8Array([0x89, 0x50]));
		expect(result.body).toBe('');
		expect(result.note).toContain('Bilder');
	});

	it('notes a damaged PDF instead of failing', async () => {
		const result = await extractText('pdf', strToU8('%PDF-1.4 kaputt'));
		expect(result.body).toBe('');
		expect(result.note).toMatch(/ließ sich nicht lesen|keinen lesbaren Text/);
	});

	it('keeps tabs as spaces and drops tags', () => {
		expect(xmlText('<w:p><w:t>a</w:t><w:tab/><w:t>b</w:t></w:p>')).toBe('a b\n');
	});
});
