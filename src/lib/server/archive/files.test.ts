import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
	checkFileType,
	contentDisposition,
	sanitiseFileName,
	sniffFileType,
	titleFromFileName
} from './files';

const pdf = strToU8('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const docx = zipSync({
	'[Content_Types].xml': strToU8('<Types/>'),
	'word/document.xml': strToU8('<w:document/>')
});
const xlsx = zipSync({
	'[Content_Types].xml': strToU8('<Types/>'),
	'xl/workbook.xml': strToU8('<workbook/>')
});
const pptx = zipSync({
	'[Content_Types].xml': strToU8('<Types/>'),
	'ppt/presentation.xml': strToU8('<p/>')
});
// ODF: `mimetype` first and stored uncompressed.
const odt = zipSync({
	mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
	'content.xml': strToU8('<office:document-content/>')
});
const odp = zipSync({
	mimetype: [strToU8('application/vnd.oasis.opendocument.presentation'), { level: 0 }],
	'content.xml': strToU8('<x/>')
});
const plainZip = zipSync({ 'a.txt': strToU8('hallo') });
const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);

describe('file types by content', () => {
	it.each([
		['pdf', pdf],
		['png', png],
		['jpeg', jpeg],
		['docx', docx],
		['xlsx', xlsx],
		['pptx', pptx],
		['odt', odt],
		['odp', odp],
		['txt', strToU8('Grüße aus dem Quartier\n')]
	] as const)('recognises %s', (type, bytes) => {
		expect(sniffFileType(bytes)).toBe(type);
	});

	it('recognises neither a plain ZIP nor an executable', () => {
		expect(sniffFileType(plainZip)).toBeNull();
		expect(sniffFileType(exe)).toBeNull();
	});

	it('accepts a file whose extension and content agree', () => {
		expect(checkFileType('Bericht.PDF', pdf)).toEqual({ ok: true, type: 'pdf' });
		expect(checkFileType('foto.jpg', jpeg)).toEqual({ ok: true, type: 'jpeg' });
	});

	it('refuses an extension that is not allowed, naming it', () => {
		const check = checkFileType('setup.exe', exe);
		expect(check.ok).toBe(false);
		expect(!check.ok && check.reason).toContain('„.exe“ sind nicht erlaubt');
	});

	it('refuses content that does not match the extension', () => {
		const html = checkFileType('bericht.pdf', strToU8('<html><script>alert(1)</script>'));
		expect(!html.ok && html.reason).toBe('Der Inhalt ist Text, nicht PDF wie die Endung sagt.');
		const zip = checkFileType('folien.pptx', plainZip);
		expect(!zip.ok && zip.reason).toBe('Der Inhalt ist keine gültige PowerPoint (PPTX)-Datei.');
	});
});

describe('file names', () => {
	it('keeps umlauts and drops paths, quotes and control characters', () => {
		expect(sanitiseFileName('C:\\Users\\x\\Ergebnisse Übersicht 2025.pdf', 'pdf')).toBe(
			'Ergebnisse-Übersicht-2025.pdf'
		);
		expect(sanitiseFileName('../../etc/"passwd".txt', 'txt')).toBe('passwd_.txt');
		expect(sanitiseFileName('.htaccess.txt', 'txt')).toBe('htaccess.txt');
		expect(sanitiseFileName('a\u0000b<script>.pdf', 'pdf')).toBe('a_b_script_.pdf');
	});

	it('gives a name to a file that has none left', () => {
		expect(sanitiseFileName('???.pdf', 'pdf')).toBe('dokument.pdf');
	});

	it('bounds the length and keeps the extension', () => {
		const name = sanitiseFileName(`${'x'.repeat(300)}.docx`, 'docx');
		expect(name.length).toBeLessThanOrEqual(100);
		expect(name.endsWith('.docx')).toBe(true);
	});

	it('makes a title from the name', () => {
		expect(titleFromFileName('Protokoll_Workshop_3.pdf')).toBe('Protokoll Workshop 3');
	});

	it('writes an ASCII fallback and the UTF-8 name into Content-Disposition', () => {
		expect(contentDisposition('Übersicht.pdf', true)).toBe(
			`inline; filename="Ubersicht.pdf"; filename*=UTF-8''%C3%9Cbersicht.pdf`
		);
		expect(contentDisposition('a.docx', false).startsWith('attachment;')).toBe(true);
	});
});
