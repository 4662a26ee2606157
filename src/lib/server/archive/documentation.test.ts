import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { auditLog, documents, editions } from '../db/schema';
import {
	ArchiveError,
	addLink,
	deleteDocument,
	documentFile,
	LinkForm,
	updateDocumentationSummary,
	uploadDocument,
	uploadDocuments
} from './documentation';
import { documentsOfEdition, searchArchive } from './store';
import { docxBomb } from './testing';
import { extractionBounds } from './text';

function pdfWith(lines: string[]): Promise<Uint8Array> {
	return new Promise((resolvePdf) => {
		const doc = new PDFDocument({ size: 'A4' });
		const chunks: Buffer[] = [];
		doc.on('data', (c: Buffer) => chunks.push(c));
		doc.on('end', () => resolvePdf(new Uint8Array(Buffer.concat(chunks))));
		for (const line of lines) doc.text(line);
		doc.end();
	});
}

/** A page with a drawing but no text: what a scan looks like to a text extractor. */
function pdfWithoutText(): Promise<Uint8Array> {
	return new Promise((resolvePdf) => {
		const doc = new PDFDocument({ size: 'A4' });
		const chunks: Buffer[] = [];
		doc.on('data', (c: Buffer) => chunks.push(c));
		doc.on('end', () => resolvePdf(new Uint8Array(Buffer.concat(chunks))));
		doc.rect(50, 50, 200, 100).fill('#333');
		doc.end();
	});
}

const actor = { actorUserId: null, now: new Date('2026-11-25T10:00:00Z') };
const input = { kind: 'dokumentation' as const, title: null, summary: null };

describe.each(backends)('archive documentation on $name', (backend) => {
	let handle: DatabaseHandle;
	let dir: string;
	let published: number;
	let hidden: number;

	beforeAll(async () => {
		handle = await backend.open();
		dir = await mkdtemp(join(tmpdir(), 'sk-uploads-'));
		[{ id: published }] = await handle.db
			.insert(editions)
			.values({ year: 2105, title: 'Dokumentierte Konferenz' })
			.returning({ id: editions.id });
		[{ id: hidden }] = await handle.db
			.insert(editions)
			.values({ year: 2106, title: 'Entwurf', published: false })
			.returning({ id: editions.id });
	});

	afterAll(async () => {
		await handle?.close();
		await rm(dir, { recursive: true, force: true });
	});

	// Under Vitest the worker runs the TypeScript source through tsx, which on a loaded machine
	// can take longer than the production time bound, and compiling pdf.js there grows the
	// process by hundreds of MB; the bounds on inflated size stay as they are.
	const settings = () => ({
		dir,
		maxBytes: 1024 * 1024,
		extraction: { ...extractionBounds, timeoutMs: 300_000, workerMemoryMb: 4096 }
	});

	it('stores a PDF, reads its text and finds it with the German full-text search', async () => {
		const bytes = await pdfWith(['Bericht über Quartiersnetzwerke in Gelsenkirchen-Ückendorf']);
		const id = await uploadDocument(
			handle.db,
			published,
			{ ...input, title: 'Bericht Netzwerke' },
			{ name: 'Bericht Netzwerke.pdf', bytes },
			settings(),
			actor
		);
		const [row] = await handle.db.select().from(documents).where(eq(documents.id, id));
		expect(row.fileName).toBe('Bericht-Netzwerke.pdf');
		expect(row.body).toContain('Quartiersnetzwerke');
		expect(row.textNote).toBeNull();
		expect(await readFile(join(dir, row.filePath!))).toEqual(Buffer.from(bytes));
		expect((await readdir(join(dir, 'dokumente'))).filter((n) => n.endsWith('.part'))).toEqual([]);

		const hits = await searchArchive(handle.db, 'Quartiersnetzwerk');
		const hit = hits.find((h) => h.title === 'Bericht Netzwerke');
		expect(hit?.url).toBe(`/archiv/dokumente/${id}/Bericht-Netzwerke.pdf`);
		expect(hit?.snippet.some((p) => p.match && p.text.startsWith('Quartiersnetzwerke'))).toBe(true);

		const [entry] = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.subjectId, String(id)));
		expect(entry.action).toBe('document.uploaded');
		expect(entry.details).toMatchObject({ fileName: 'Bericht-Netzwerke.pdf', textExtracted: true });
	});

	it('stores a PDF without text with a note saying the search will not find its text', async () => {
		const id = await uploadDocument(
			handle.db,
			published,
			input,
			{ name: 'scan.pdf', bytes: await pdfWithoutText() },
			settings(),
			actor
		);
		const [row] = await handle.db.select().from(documents).where(eq(documents.id, id));
		expect(row.body).toBe('');
		expect(row.textNote).toContain('keinen lesbaren Text');
		expect(row.title).toBe('scan');
	});

	it('stores a DOCX that would inflate past the bound without text and names it', async () => {
		const result = await uploadDocuments(
			handle.db,
			published,
			input,
			[{ name: 'Protokoll.docx', bytes: await docxBomb(128 * 1024 * 1024) }],
			settings(),
			actor
		);
		expect(result.rejected).toEqual([]);
		expect(result.withoutText).toEqual(['Protokoll.docx']);
		const [row] = await handle.db
			.select()
			.from(documents)
			.where(eq(documents.id, result.stored[0]));
		expect(row.body).toBe('');
		expect(row.textNote).toContain('wurde nicht gelesen: entpackt wäre die Datei größer als 64 MB');
	});

	it('refuses a disguised or too large file by name and reason, storing nothing', async () => {
		const before = await handle.db.select().from(documents);
		const result = await uploadDocuments(
			handle.db,
			published,
			input,
			[
				{ name: 'rechnung.pdf', bytes: new TextEncoder().encode('<html>nope</html>') },
				{ name: 'gross.txt', bytes: new Uint8Array(2 * 1024 * 1024).fill(65) },
				{ name: 'tool.exe', bytes: new Uint8Array([0x4d, 0x5a]) }
			],
			settings(),
			actor
		);
		expect(result.stored).toEqual([]);
		expect(result.rejected).toEqual([
			'„rechnung.pdf“: Der Inhalt ist Text, nicht PDF wie die Endung sagt.',
			'„gross.txt“: Die Datei ist 2 MB groß; erlaubt sind höchstens 1 MB.',
			'„tool.exe“: Dateien vom Typ „.exe“ sind nicht erlaubt (erlaubt: PDF, DOCX, PPTX, XLSX, ODT, ODP, PNG, JPEG, TXT).'
		]);
		expect(await handle.db.select().from(documents)).toHaveLength(before.length);
	});

	it('removes the written file when the database refuses the row', async () => {
		const files = async () => (await readdir(join(dir, 'dokumente'))).sort();
		const before = await files();
		await expect(
			uploadDocument(
				handle.db,
				999_999,
				input,
				{ name: 'notiz.txt', bytes: new TextEncoder().encode('Notiz') },
				settings(),
				actor
			)
		).rejects.toThrow();
		expect(await files()).toEqual(before);
	});

	it('serves a file only under its name, and of an unpublished edition only to organisers', async () => {
		const bytes = new TextEncoder().encode('Entwurf der Dokumentation');
		const open = await uploadDocument(
			handle.db,
			published,
			input,
			{ name: 'notiz.txt', bytes },
			settings(),
			actor
		);
		const draft = await uploadDocument(
			handle.db,
			hidden,
			input,
			{ name: 'entwurf.txt', bytes },
			settings(),
			actor
		);
		const options = { dir, includeUnpublished: false };
		const served = await documentFile(handle.db, open, 'notiz.txt', options);
		expect(served?.headers).toMatchObject({
			'Content-Type': 'text/plain; charset=utf-8',
			'X-Content-Type-Options': 'nosniff'
		});
		expect(await documentFile(handle.db, open, 'anders.txt', options)).toBeNull();
		expect(await documentFile(handle.db, draft, 'entwurf.txt', options)).toBeNull();
		expect(
			await documentFile(handle.db, draft, 'entwurf.txt', { dir, includeUnpublished: true })
		).not.toBeNull();
		expect((await documentsOfEdition(handle.db, published)).map((d) => d.isFile)).toContain(true);
	});

	it('deletes a document together with its file', async () => {
		const id = await uploadDocument(
			handle.db,
			published,
			input,
			{ name: 'weg.txt', bytes: new TextEncoder().encode('weg') },
			settings(),
			actor
		);
		const [row] = await handle.db.select().from(documents).where(eq(documents.id, id));
		await deleteDocument(handle.db, published, id, settings(), actor);
		await expect(readFile(join(dir, row.filePath!))).rejects.toThrow(/ENOENT/);
		expect(await handle.db.select().from(documents).where(eq(documents.id, id))).toEqual([]);
		await expect(deleteDocument(handle.db, published, id, settings(), actor)).rejects.toThrow(
			ArchiveError
		);
	});

	it('adds links only with an http(s) address', async () => {
		const bad = LinkForm.safeParse({ kind: 'quelle', title: 'X', url: 'javascript:alert(1)' });
		expect(bad.success).toBe(false);
		const good = LinkForm.parse({
			kind: 'quelle',
			title: 'Pressemitteilung',
			url: 'https://www.rvr.ruhr/presse'
		});
		const id = await addLink(handle.db, published, good, actor);
		const docs = await documentsOfEdition(handle.db, published);
		expect(docs.find((d) => d.id === id)).toMatchObject({
			url: 'https://www.rvr.ruhr/presse',
			isFile: false
		});
	});

	it('saves the documentation summary, which the search then finds', async () => {
		await updateDocumentationSummary(
			handle.db,
			published,
			'Die Konferenz diskutierte Altersarmut im Revier.',
			actor
		);
		const hits = await searchArchive(handle.db, 'Altersarmut');
		expect(hits.some((h) => h.type === 'edition' && h.year === 2105)).toBe(true);
	});
});
