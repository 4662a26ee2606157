/**
 * Uploaded monitoring files are read off the request's event loop (decisions 0042, 0043): a
 * worker thread parses and checks them within a bound on time and heap, one file at a time —
 * boundary files (reprojected and simplified there), value files (their checked rows sent back
 * in batches while the rest is read) and KomMonitor exports. A file past a bound is reported
 * like any other problem of the file; nothing is stored.
 */
import { oneAtATime, reusableWorker, type WorkerBounds } from '../bounded-worker';
import type { TextEncoding } from './csv';
import type { AreaFileOptions, AreaFileResult } from './geo';
import type {
	KomMonitorAreaFile,
	KomMonitorValueContext,
	KomMonitorValueResult
} from './kommonitor';
import { Problems } from './problems';
import type { FileReadRequest, ValueFilePart } from './file-worker';
import type { ChunkFormat, ValueChunk } from './value-chunks';
import type { ProgressCallback, ValueFileResult, ValueImportContext } from './values-import';

/** Generous for the largest file the server takes (64 MB of GeoJSON), far short of a hang. */
export const fileReadBounds: WorkerBounds = { timeoutMs: 120_000, heapMb: 2048 };

const queue = oneAtATime();

const worker = reusableWorker(async () => {
	const { workerFile } = await import('./file-worker');
	return new URL(workerFile);
}, 'sozialkonferenz-monitoring-file'); // FILE_WORKER_MARK: the module itself is only loaded in the worker

/** Thrown when the caller stopped a read through its signal. */
export class FileReadAborted extends Error {}

async function read<T>(
	request: FileReadRequest,
	bounds: WorkerBounds,
	refused: (problems: Problems) => T,
	stream: { onPart?: (part: ValueFilePart) => void; signal?: AbortSignal } = {}
): Promise<T> {
	const outcome = await queue(() => worker.run<T, ValueFilePart>(request, bounds, stream));
	if (outcome.ok) return outcome.value;
	if (outcome.reason === 'aborted') throw new FileReadAborted(outcome.message);
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
	return read<AreaFileResult>({ kind: 'areas', text, options }, bounds, (problems) => ({
		crs: null,
		areas: [],
		problems: problems.listed,
		problemCount: problems.count
	}));
}

/** `komMonitorAreaFile` in the file worker. */
export function komMonitorAreaFileOffLoop(
	text: string,
	day: string,
	bounds: WorkerBounds = fileReadBounds
): Promise<KomMonitorAreaFile> {
	return read<KomMonitorAreaFile>({ kind: 'kommonitor-areas', text, day }, bounds, (problems) => ({
		text: '',
		options: {},
		rows: [],
		skipped: 0,
		problems: problems.listed,
		problemCount: problems.count
	}));
}

/** A checked value file as the worker answers it: everything but the rows, which came in batches. */
export type StreamedValueFile = Omit<ValueFileResult, 'rows'> & {
	readonly encoding: TextEncoding;
	readonly hadBom: boolean;
	/** Rows sent in batches (all the file's rows when `problemCount` is 0). */
	readonly rowCount: number;
};

export interface ValueFileStream {
	readonly chunkRows: number;
	readonly format: ChunkFormat;
	readonly importId: number;
	/** Each batch of checked rows, in file order, while the rest is still read. */
	readonly onChunk: (chunk: ValueChunk) => void;
	readonly onProgress?: ProgressCallback;
	readonly signal?: AbortSignal;
}

/**
 * Decodes and checks a value file (`readValueFile`) in the file worker. The checked rows come
 * through `onChunk` as they are read, up to the first problem; a file with problems must not be
 * stored, and what came of it is the caller's to drop. Throws `FileReadAborted` after `signal`.
 */
export function readValueFileOffLoop(
	bytes: Uint8Array,
	context: ValueImportContext,
	stream: ValueFileStream,
	bounds: WorkerBounds = fileReadBounds
): Promise<StreamedValueFile> {
	return read<StreamedValueFile>(
		{
			kind: 'values',
			bytes,
			context,
			chunkRows: stream.chunkRows,
			format: stream.format,
			importId: stream.importId
		},
		bounds,
		(problems) => ({
			format: 'lang',
			delimiter: ';',
			problems: problems.listed,
			problemCount: problems.count,
			dataRows: 0,
			encoding: 'utf-8',
			hadBom: false,
			rowCount: 0
		}),
		{
			signal: stream.signal,
			onPart: (part) => {
				if (part.kind === 'chunk') stream.onChunk(part.chunk);
				else void stream.onProgress?.({ phase: 'pruefen', done: part.done, total: part.total });
			}
		}
	);
}

/** `readKomMonitorValues` of the decoded bytes in the file worker. */
export function readKomMonitorValuesOffLoop(
	bytes: Uint8Array,
	context: KomMonitorValueContext,
	bounds: WorkerBounds = fileReadBounds
): Promise<KomMonitorValueResult> {
	return read<KomMonitorValueResult>(
		{ kind: 'kommonitor-values', bytes, context },
		bounds,
		(problems) => ({
			rows: emptyRows(context),
			problems: problems.listed,
			problemCount: problems.count,
			features: 0,
			years: [],
			indicatorKey: null
		})
	);
}

function emptyRows(context: KomMonitorValueContext) {
	return {
		count: 0,
		areaIds: new Int32Array(0),
		indicatorIndex: new Uint16Array(0),
		indicatorKeys: context.indicators.map((i) => i.key),
		years: new Int16Array(0),
		values: new Float64Array(0),
		numerators: new Float64Array(0),
		denominators: new Float64Array(0)
	};
}
