/**
 * Boundary files are read off the request's event loop (decision 0042): a worker thread parses,
 * checks, reprojects and simplifies them within a bound on time and heap, one file at a time.
 * A file past a bound is reported like any other problem of the file; nothing is stored.
 */
import { oneAtATime, runBounded, type WorkerBounds } from '../bounded-worker';
import type { AreaFileOptions, AreaFileResult } from './geo';
import type { KomMonitorAreaFile } from './kommonitor';
import { Problems } from './problems';
import type { FileReadRequest } from './file-worker';

/** Generous for the largest file the server takes (64 MB of GeoJSON), far short of a hang. */
export const fileReadBounds: WorkerBounds = { timeoutMs: 120_000, heapMb: 2048 };

const queue = oneAtATime();

async function workerUrl(): Promise<URL> {
	const { workerFile } = await import('./file-worker');
	return new URL(workerFile);
}

async function read<T>(
	request: FileReadRequest,
	bounds: WorkerBounds,
	refused: (problems: Problems) => T
): Promise<T> {
	const url = await workerUrl();
	const outcome = await queue(() => runBounded<T>(url, request, bounds));
	if (outcome.ok) return outcome.value;
	if (outcome.reason === 'failed' || outcome.reason === 'exited') {
		throw new Error(`reading the file failed: ${outcome.message}`);
	}
	const problems = new Problems();
	problems.add(1, null, 'datei_zu_aufwendig');
	return refused(problems);
}

/** `readAreaFile` in the file worker. */
export function readAreaFileOffLoop(
	text: string,
	options: AreaFileOptions = {},
	bounds: WorkerBounds = fileReadBounds
): Promise<AreaFileResult> {
	return read<AreaFileResult>(
		{ mark: 'sozialkonferenz-area-file', kind: 'areas', text, options },
		bounds,
		(problems) => ({
			crs: null,
			areas: [],
			problems: problems.listed,
			problemCount: problems.count
		})
	);
}

/** `komMonitorAreaFile` in the file worker. */
export function komMonitorAreaFileOffLoop(
	text: string,
	day: string,
	bounds: WorkerBounds = fileReadBounds
): Promise<KomMonitorAreaFile> {
	return read<KomMonitorAreaFile>(
		{ mark: 'sozialkonferenz-area-file', kind: 'kommonitor-areas', text, day },
		bounds,
		(problems) => ({
			text: '',
			options: {},
			rows: [],
			skipped: 0,
			problems: problems.listed,
			problemCount: problems.count
		})
	);
}
