import { createDeflate, createDeflateRaw } from 'node:zlib';
import { Zlib, strToU8 } from 'fflate';

/**
 * Hostile files for tests and `bench:uploads`, built in small pieces so that making a bomb never
 * needs the memory it would inflate to.
 */

const STEP = 1024 * 1024;

/** Zeros compressed by the native zlib, pushed a megabyte at a time (fast, little memory). */
async function compressedZeros(
	inflatedBytes: number,
	wrapper: 'zlib' | 'raw'
): Promise<Uint8Array> {
	const stream = wrapper === 'zlib' ? createDeflate({ level: 9 }) : createDeflateRaw({ level: 9 });
	const chunks: Uint8Array[] = [];
	stream.on('data', (chunk: Buffer) => chunks.push(new Uint8Array(chunk)));
	const ended = new Promise((resolve, reject) => stream.on('end', resolve).on('error', reject));
	const zeros = Buffer.alloc(STEP);
	for (let done = 0; done < inflatedBytes; done += STEP) {
		const size = Math.min(STEP, inflatedBytes - done);
		if (!stream.write(size === STEP ? zeros : zeros.subarray(0, size))) {
			await new Promise((resolve) => stream.once('drain', resolve));
		}
	}
	stream.end();
	await ended;
	return concat(chunks);
}

function concat(chunks: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.length;
	}
	return out;
}

interface ZipEntry {
	name: string;
	data: Uint8Array;
	method: 0 | 8;
	/** What the headers claim the entry inflates to. */
	declaredSize: number;
}

/** A ZIP written by hand, so that its local headers and central directory can lie. */
function zip(entries: ZipEntry[]): Uint8Array {
	const parts: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = strToU8(entry.name);
		const local = new Uint8Array(30 + name.length);
		const l = new DataView(local.buffer);
		l.setUint32(0, 0x04034b50, true);
		l.setUint16(4, 20, true);
		l.setUint16(8, entry.method, true);
		l.setUint32(18, entry.data.length, true);
		l.setUint32(22, entry.declaredSize, true);
		l.setUint16(26, name.length, true);
		local.set(name, 30);
		const record = new Uint8Array(46 + name.length);
		const c = new DataView(record.buffer);
		c.setUint32(0, 0x02014b50, true);
		c.setUint16(4, 20, true);
		c.setUint16(6, 20, true);
		c.setUint16(10, entry.method, true);
		c.setUint32(20, entry.data.length, true);
		c.setUint32(24, entry.declaredSize, true);
		c.setUint16(28, name.length, true);
		c.setUint32(42, offset, true);
		record.set(name, 46);
		parts.push(local, entry.data);
		central.push(record);
		offset += local.length + entry.data.length;
	}
	const directory = concat(central);
	const end = new Uint8Array(22);
	const e = new DataView(end.buffer);
	e.setUint32(0, 0x06054b50, true);
	e.setUint16(8, entries.length, true);
	e.setUint16(10, entries.length, true);
	e.setUint32(12, directory.length, true);
	e.setUint32(16, offset, true);
	return concat([...parts, directory, end]);
}

/** A DOCX whose `word/document.xml` claims 1,000 bytes and inflates to `inflatedBytes`. */
export async function docxBomb(inflatedBytes: number): Promise<Uint8Array> {
	const types = strToU8('<Types/>');
	return zip([
		{ name: '[Content_Types].xml', data: types, method: 0, declaredSize: types.length },
		{
			name: 'word/document.xml',
			data: await compressedZeros(inflatedBytes, 'raw'),
			method: 8,
			declaredSize: 1000
		}
	]);
}

/** A one-page PDF with the given content stream (already encoded) and filter. */
function pdfWithContent(stream: Uint8Array, filter: string | null): Uint8Array {
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		null,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
	];
	const chunks: Uint8Array[] = [strToU8('%PDF-1.4\n')];
	let offset = chunks[0].length;
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(offset);
		const text =
			body === null
				? `${i + 1} 0 obj\n<< /Length ${stream.length}${filter ? ` /Filter /${filter}` : ''} >>\nstream\n`
				: `${i + 1} 0 obj\n${body}\nendobj\n`;
		const head = strToU8(text);
		chunks.push(head);
		offset += head.length;
		if (body === null) {
			const tail = strToU8('\nendstream\nendobj\n');
			chunks.push(stream, tail);
			offset += stream.length + tail.length;
		}
	});
	const xref =
		`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
		offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
		`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
	chunks.push(strToU8(xref));
	return concat(chunks);
}

/** A PDF whose content stream (FlateDecode) inflates to `inflatedBytes`. */
export async function pdfBomb(inflatedBytes: number): Promise<Uint8Array> {
	return pdfWithContent(await compressedZeros(inflatedBytes, 'zlib'), 'FlateDecode');
}

/** A PDF with one line of text, its content stream compressed like a real one. */
export function pdfWithText(text: string): Uint8Array {
	const content = strToU8(`BT /F1 12 Tf 72 760 Td (${text}) Tj ET`);
	const chunks: Uint8Array[] = [];
	const z = new Zlib({}, (c) => chunks.push(c));
	z.push(content, true);
	return pdfWithContent(concat(chunks), 'FlateDecode');
}
