import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { storedFilePath } from '../archive/documentation';
import { checkFileType, contentDisposition, sanitiseFileName } from '../archive/files';
import { extractText, type ExtractionBounds } from '../archive/text';
import { withoutForbiddenCharacters } from '../fields';
import { PosterError } from './errors';

/** Where poster PDFs lie under UPLOAD_DIR. */
const SUBFOLDER = 'poster';

export interface PosterUploadSettings {
	/** `UPLOAD_DIR`. */
	dir: string;
	/** Bounds of the text extraction; default those of the archive. */
	extraction?: ExtractionBounds;
}

export interface UploadedPoster {
	name: string;
	bytes: Uint8Array;
}

export interface StoredPoster {
	filePath: string;
	fileName: string;
	sizeBytes: number;
	body: string;
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Why a poster file is refused (a catalogue key), or null: a PDF, not empty, within the call's size. */
export function posterFileProblem(file: UploadedPoster, maxBytes: number): string | null {
	if (file.bytes.length === 0) return 'poster.err.fileEmpty';
	if (file.bytes.length > maxBytes) {
		return `poster.err.fileTooLarge?max=${megabytes(maxBytes)}&size=${megabytes(file.bytes.length)}`;
	}
	const check = checkFileType(file.name, file.bytes);
	return check.ok && check.type === 'pdf' ? null : 'poster.err.pdfOnly';
}

/**
 * Checks the PDF, reads its text with the archive's bounded extraction (a worker thread, never
 * the request's event loop) and writes it under a temporary name that is then renamed. The
 * caller removes the file again (`removePosterFile`) when its row does not commit.
 */
export async function storePosterFile(
	file: UploadedPoster,
	maxBytes: number,
	settings: PosterUploadSettings
): Promise<StoredPoster & { path: string }> {
	const problem = posterFileProblem(file, maxBytes);
	if (problem) throw new PosterError(problem, 'file');
	const fileName = sanitiseFileName(file.name, 'pdf');
	const text = await extractText('pdf', file.bytes, { bounds: settings.extraction });
	const folder = join(settings.dir, SUBFOLDER);
	await mkdir(folder, { recursive: true });
	const stored = `${randomUUID()}.pdf`;
	const temporary = join(folder, `.${stored}.part`);
	const path = join(folder, stored);
	try {
		await writeFile(temporary, file.bytes, { flag: 'wx' });
		await rename(temporary, path);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
	return {
		path,
		filePath: `${SUBFOLDER}/${stored}`,
		fileName,
		sizeBytes: file.bytes.length,
		body: text.body
	};
}

export async function removePosterFile(path: string | null): Promise<void> {
	if (path) await rm(path, { force: true });
}

/** The file of a submission form, or null when none was chosen. */
export async function posterFileFrom(form: FormData): Promise<UploadedPoster | null> {
	const file = form.get('file');
	if (!file || typeof file === 'string' || (file.size === 0 && file.name === '')) return null;
	return {
		name: withoutForbiddenCharacters(file.name),
		bytes: new Uint8Array(await file.arrayBuffer())
	};
}

/**
 * The response for a stored poster PDF: inline, under its own name, never sniffed; `cache` says
 * whether a shared cache may keep it (public posters) or not (a reviewer's copy). A row whose
 * file went missing is null (the route answers 404).
 */
export async function posterFileResponse(
	dir: string,
	file: { filePath: string; fileName: string },
	cache: 'public' | 'private'
): Promise<Response | null> {
	const path = storedFilePath(dir, file.filePath);
	if (!path) return null;
	let body: Buffer;
	try {
		body = await readFile(path);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw e;
	}
	return new Response(new Uint8Array(body), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': contentDisposition(file.fileName, true),
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': cache === 'public' ? 'public, max-age=300' : 'private, no-store'
		}
	});
}
