import { randomUUID } from 'node:crypto';
import { formatNumber, translator } from '$lib/i18n';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { and, asc, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { documentKinds } from '$lib/types/enums';
import type { Database, Transaction } from '../db';
import { documents, editions, reports } from '../db/schema';
import { publishedReportUrls, reportScopeLabel } from '../planning/report/public';
import { recordAudit } from '../audit';
import {
	allowedFileTypes,
	checkFileType,
	contentDisposition,
	sanitiseFileName,
	titleFromFileName
} from './files';
import { extractText, type ExtractionBounds, type ExtractionLimit } from './text';
import {
	hasForbiddenCharacters,
	optionalText as sharedOptionalText,
	requiredText,
	rowId
} from '../fields';

/**
 * Organisers' work on an edition's documentation: uploaded files, links and the summary. Every
 * change is one transaction with its audit entry; a file is on disk before its row commits and is
 * removed again when the row does not.
 */
export class ArchiveError extends Error {
	constructor(
		message: string,
		readonly field: string
	) {
		super(message);
		this.name = 'ArchiveError';
	}
}

export interface ArchiveActor {
	actorUserId: number | null;
	now: Date;
}

export interface UploadSettings {
	/** `UPLOAD_DIR`; archive files go to its `dokumente/` folder. */
	dir: string;
	maxBytes: number;
	/** Bounds of the text extraction; default `extractionBounds`. */
	extraction?: ExtractionBounds;
}

const SUBFOLDER = 'dokumente';

const optionalText = (maxLength: number, multiline = false) =>
	sharedOptionalText({ max: maxLength, multiline, tooLong: `Höchstens ${maxLength} Zeichen.` });
const title = (required: string) =>
	requiredText({ max: 300, required, tooLong: 'Höchstens 300 Zeichen.' });

export const UploadForm = z.object({
	kind: z.enum(documentKinds, { error: 'Bitte eine Art des Dokuments wählen.' }),
	title: optionalText(300),
	summary: optionalText(2000, true)
});
export type UploadInput = z.infer<typeof UploadForm>;

export const LinkForm = z.object({
	kind: z.enum(documentKinds, { error: 'Bitte eine Art des Dokuments wählen.' }),
	title: title('Bitte einen Titel für den Link angeben.'),
	url: z
		.string()
		.refine((v) => !hasForbiddenCharacters(v), { message: 'field.err.characters', abort: true })
		.trim()
		.max(2000, 'Höchstens 2000 Zeichen.')
		.pipe(
			z.url({
				protocol: /^https?$/,
				error: 'Bitte eine vollständige Adresse mit http:// oder https:// angeben.'
			})
		),
	summary: optionalText(2000, true)
});
export type LinkInput = z.infer<typeof LinkForm>;

export const SummaryForm = z.object({ summary: optionalText(10_000, true) });

export interface UploadedFile {
	name: string;
	bytes: Uint8Array;
}

function megabytes(bytes: number): string {
	return formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, 'de');
}

/** Why a file is refused, naming the file; null when it may be stored. */
export function uploadProblem(file: UploadedFile, maxBytes: number): string | null {
	const name = file.name || 'ohne Namen';
	if (file.bytes.length === 0) return `„${name}“: Die Datei ist leer.`;
	if (file.bytes.length > maxBytes) {
		return `„${name}“: Die Datei ist ${megabytes(file.bytes.length)} MB groß; erlaubt sind höchstens ${megabytes(maxBytes)} MB.`;
	}
	const check = checkFileType(file.name, file.bytes);
	return check.ok ? null : `„${name}“: ${check.reason}`;
}

async function nextPosition(db: Database | Transaction, editionId: number): Promise<number> {
	const [{ last }] = await db
		.select({ last: max(documents.position) })
		.from(documents)
		.where(eq(documents.editionId, editionId));
	return (last ?? -1) + 1;
}

export interface StoredDocument {
	id: number;
	fileName: string;
	/** Set when a bound of the text extraction stopped it: the file is stored without text. */
	textLimit: ExtractionLimit | null;
}

/**
 * Stores one file of an edition's documentation. Its text is read in a worker within the
 * extraction bounds (`text.ts`); a file past a bound is stored without text. The file is written
 * under a temporary name and renamed, so a reader never sees half a file; the row and
 * `document.uploaded` commit together, and if they fail the file is removed.
 */
export async function uploadDocument(
	db: Database,
	editionId: number,
	input: UploadInput,
	file: UploadedFile,
	settings: UploadSettings,
	actor: ArchiveActor
): Promise<number> {
	return (await storeDocument(db, editionId, input, file, settings, actor)).id;
}

async function storeDocument(
	db: Database,
	editionId: number,
	input: UploadInput,
	file: UploadedFile,
	settings: UploadSettings,
	actor: ArchiveActor
): Promise<StoredDocument> {
	const problem = uploadProblem(file, settings.maxBytes);
	if (problem) throw new ArchiveError(problem, 'file');
	const check = checkFileType(file.name, file.bytes);
	if (!check.ok) throw new ArchiveError(check.reason, 'file');
	const type = check.type;
	const fileName = sanitiseFileName(file.name, type);
	const text = await extractText(type, file.bytes, { bounds: settings.extraction });

	const folder = join(settings.dir, SUBFOLDER);
	await mkdir(folder, { recursive: true });
	const storedName = `${randomUUID()}.${fileName.slice(fileName.lastIndexOf('.') + 1)}`;
	const temporary = join(folder, `.${storedName}.part`);
	const final = join(folder, storedName);
	try {
		await writeFile(temporary, file.bytes, { flag: 'wx' });
		await rename(temporary, final);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}

	try {
		const id = await db.transaction(async (tx) => {
			const [row] = await tx
				.insert(documents)
				.values({
					editionId,
					kind: input.kind,
					title: input.title ?? titleFromFileName(file.name),
					summary: input.summary,
					filePath: `${SUBFOLDER}/${storedName}`,
					fileName,
					mediaType: allowedFileTypes[type].mediaType,
					sizeBytes: file.bytes.length,
					body: text.body,
					textNote: text.note,
					position: await nextPosition(tx, editionId)
				})
				.returning({ id: documents.id });
			await recordAudit(
				tx,
				{
					actorUserId: actor.actorUserId,
					action: 'document.uploaded',
					subjectType: 'document',
					subjectId: row.id,
					details: {
						editionId,
						fileName,
						sizeBytes: file.bytes.length,
						textExtracted: text.note === null,
						textLimit: text.limit
					}
				},
				actor.now
			);
			return row.id;
		});
		return { id, fileName, textLimit: text.limit };
	} catch (error) {
		await rm(final, { force: true });
		throw error;
	}
}

export async function addLink(
	db: Database,
	editionId: number,
	input: LinkInput,
	actor: ArchiveActor
): Promise<number> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(documents)
			.values({
				editionId,
				kind: input.kind,
				title: input.title,
				url: input.url,
				summary: input.summary,
				position: await nextPosition(tx, editionId)
			})
			.returning({ id: documents.id });
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'document.link_added',
				subjectType: 'document',
				subjectId: row.id,
				details: { editionId, url: input.url }
			},
			actor.now
		);
		return row.id;
	});
}

export const ReportAttachForm = z.object({ report: rowId() });

/**
 * Attaches a municipality's published Sozialbericht to an edition's documentation: a link (kind
 * "bericht") to its public PDF at `origin`, titled like the report. The file is not copied into
 * the uploads, and its text is not copied either: the archive search finds the report itself.
 */
export async function attachReport(
	db: Database,
	editionId: number,
	reportId: number,
	origin: string,
	actor: ArchiveActor
): Promise<number> {
	const [report] = await db
		.select({
			id: reports.id,
			ags: reports.ags,
			kreisAgs: reports.kreisAgs,
			year: reports.year,
			title: reports.title
		})
		.from(reports)
		.where(and(eq(reports.id, reportId), eq(reports.status, 'veroeffentlicht')));
	if (!report) throw new ArchiveError('bo.doc.err.reportUnknown', 'report');
	const url = publishedReportUrls(report, origin).pdf;
	return db.transaction(async (tx) => {
		const [already] = await tx
			.select({ id: documents.id })
			.from(documents)
			.where(and(eq(documents.editionId, editionId), eq(documents.url, url)));
		if (already) throw new ArchiveError('bo.doc.err.reportAttached', 'report');
		const municipality = reportScopeLabel(report);
		const [row] = await tx
			.insert(documents)
			.values({
				editionId,
				kind: 'bericht',
				title: report.title,
				url,
				// Stored content of the archive, which is written in German.
				summary: translator('de')('archive.reportHit', { municipality, year: report.year }),
				position: await nextPosition(tx, editionId)
			})
			.returning({ id: documents.id });
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'document.report_attached',
				subjectType: 'document',
				subjectId: row.id,
				details: { editionId, reportId: report.id, url }
			},
			actor.now
		);
		return row.id;
	});
}

/** Title, kind and summary of a document; the link's address too when it is a link. */
export const DocumentEditForm = z.object({
	document: rowId(),
	kind: z.enum(documentKinds, { error: 'Bitte eine Art des Dokuments wählen.' }),
	title: title('Bitte einen Titel angeben.'),
	url: z
		.string()
		.refine((v) => !hasForbiddenCharacters(v), { message: 'field.err.characters', abort: true })
		.trim()
		.optional()
		.transform((v) => (v ? v : null))
		.pipe(
			z
				.url({
					protocol: /^https?$/,
					error: 'Bitte eine vollständige Adresse mit http:// oder https:// angeben.'
				})
				.nullable()
		),
	summary: optionalText(2000)
});

export async function updateDocument(
	db: Database,
	editionId: number,
	input: z.infer<typeof DocumentEditForm>,
	actor: ArchiveActor
): Promise<void> {
	const [current] = await db
		.select({ id: documents.id, filePath: documents.filePath })
		.from(documents)
		.where(and(eq(documents.id, input.document), eq(documents.editionId, editionId)));
	if (!current) throw new ArchiveError('Dieses Dokument gibt es nicht (mehr).', 'form');
	if (current.filePath === null && input.url === null) {
		throw new ArchiveError('Ein Link braucht eine Adresse.', 'url');
	}
	await db.transaction(async (tx) => {
		await tx
			.update(documents)
			.set({
				kind: input.kind,
				title: input.title,
				summary: input.summary,
				...(current.filePath === null ? { url: input.url } : {})
			})
			.where(eq(documents.id, current.id));
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'document.updated',
				subjectType: 'document',
				subjectId: current.id,
				details: { editionId, title: input.title }
			},
			actor.now
		);
	});
}

/**
 * Deletes an uploaded file or a link. The file goes after the commit: a failed delete leaves both
 * row and file. Documents generated elsewhere (the World Café harvest) are managed there.
 */
export async function deleteDocument(
	db: Database,
	editionId: number,
	documentId: number,
	settings: Pick<UploadSettings, 'dir'>,
	actor: ArchiveActor
): Promise<void> {
	const [current] = await db
		.select({
			id: documents.id,
			title: documents.title,
			filePath: documents.filePath,
			fileName: documents.fileName
		})
		.from(documents)
		.where(and(eq(documents.id, documentId), eq(documents.editionId, editionId)));
	if (!current) throw new ArchiveError('Dieses Dokument gibt es nicht (mehr).', 'form');
	if (current.filePath !== null && current.fileName === null) {
		throw new ArchiveError(
			`„${current.title}“ wird vom World Café erzeugt; bitte dort verwalten.`,
			'form'
		);
	}
	await db.transaction(async (tx) => {
		await tx.delete(documents).where(eq(documents.id, current.id));
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'document.deleted',
				subjectType: 'document',
				subjectId: current.id,
				details: { editionId, title: current.title, fileName: current.fileName }
			},
			actor.now
		);
	});
	const path = current.filePath ? storedFilePath(settings.dir, current.filePath) : null;
	if (path) await rm(path, { force: true });
}

/** The documentation summary of an edition (shown on its archive page, searched). */
export async function updateDocumentationSummary(
	db: Database,
	editionId: number,
	summary: string | null,
	actor: ArchiveActor
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.update(editions).set({ summary }).where(eq(editions.id, editionId));
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'edition.summary_updated',
				subjectType: 'edition',
				subjectId: editionId,
				details: { length: summary?.length ?? 0 }
			},
			actor.now
		);
	});
}

/** An absolute path inside the upload directory, or null for anything that would leave it. */
export function storedFilePath(dir: string, filePath: string): string | null {
	const root = resolve(dir);
	const path = resolve(root, filePath);
	return path.startsWith(root + sep) ? path : null;
}

export interface DocumentForEditing {
	id: number;
	kind: (typeof documentKinds)[number];
	title: string;
	url: string | null;
	fileName: string | null;
	mediaType: string | null;
	sizeBytes: number | null;
	summary: string | null;
	textNote: string | null;
	generated: boolean;
}

export async function documentsForEditing(
	db: Database,
	editionId: number
): Promise<DocumentForEditing[]> {
	const rows = await db
		.select({
			id: documents.id,
			kind: documents.kind,
			title: documents.title,
			url: documents.url,
			filePath: documents.filePath,
			fileName: documents.fileName,
			mediaType: documents.mediaType,
			sizeBytes: documents.sizeBytes,
			summary: documents.summary,
			textNote: documents.textNote
		})
		.from(documents)
		.where(eq(documents.editionId, editionId))
		.orderBy(asc(documents.position), asc(documents.id));
	return rows.map(({ filePath, ...row }) => ({
		...row,
		generated: filePath !== null && row.fileName === null
	}));
}

export interface ServedFile {
	path: string;
	fileName: string;
	headers: Record<string, string>;
}

/**
 * The file behind `/archiv/dokumente/<id>/<name>`: only an uploaded file, only under its own
 * name, and only of a published edition unless an organiser asks.
 */
export async function documentFile(
	db: Database,
	documentId: number,
	requestedName: string,
	options: { dir: string; includeUnpublished: boolean }
): Promise<ServedFile | null> {
	const [row] = await db
		.select({
			filePath: documents.filePath,
			fileName: documents.fileName,
			mediaType: documents.mediaType,
			published: editions.published
		})
		.from(documents)
		.innerJoin(editions, eq(editions.id, documents.editionId))
		.where(eq(documents.id, documentId));
	if (!row?.filePath || !row.fileName || !row.mediaType) return null;
	if (!row.published && !options.includeUnpublished) return null;
	if (row.fileName !== requestedName.normalize('NFC')) return null;
	const path = storedFilePath(options.dir, row.filePath);
	if (!path) return null;
	const type = Object.values(allowedFileTypes).find((t) => t.mediaType === row.mediaType);
	return {
		path,
		fileName: row.fileName,
		headers: {
			'Content-Type': row.mediaType,
			'Content-Disposition': contentDisposition(row.fileName, type?.inline ?? false),
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': row.published ? 'public, max-age=300' : 'private, no-store'
		}
	};
}

/** The public address of an uploaded file. */
export function documentFileUrl(id: number, fileName: string): string {
	return `/archiv/dokumente/${id}/${encodeURIComponent(fileName)}`;
}

/**
 * Several files from one form: each acceptable file is stored, each refused one is named with its
 * reason, and each stored without text because a bound of the extraction stopped it is named in
 * `withoutText`. The title given applies when there is exactly one file; otherwise names become
 * titles.
 */
export async function uploadDocuments(
	db: Database,
	editionId: number,
	input: UploadInput,
	files: UploadedFile[],
	settings: UploadSettings,
	actor: ArchiveActor
): Promise<{ stored: number[]; rejected: string[]; withoutText: string[] }> {
	if (files.length === 0) throw new ArchiveError('Bitte mindestens eine Datei wählen.', 'file');
	const stored: number[] = [];
	const rejected: string[] = [];
	const withoutText: string[] = [];
	for (const file of files) {
		const problem = uploadProblem(file, settings.maxBytes);
		if (problem) {
			rejected.push(problem);
			continue;
		}
		const own = files.length === 1 ? input : { ...input, title: null };
		const document = await storeDocument(db, editionId, own, file, settings, actor);
		stored.push(document.id);
		if (document.textLimit) withoutText.push(document.fileName);
	}
	return { stored, rejected, withoutText };
}

export async function documentationSummary(db: Database, editionId: number): Promise<string> {
	const [row] = await db
		.select({ summary: editions.summary })
		.from(editions)
		.where(eq(editions.id, editionId));
	return row?.summary ?? '';
}
