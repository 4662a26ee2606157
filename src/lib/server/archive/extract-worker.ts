import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { extractBounded, type ExtractionBounds } from './extract';
import type { FileType } from './files';

/**
 * The entry of the extraction worker, run by `runBounded` (its answer `{ ok, value }`). The main thread imports this module only dynamically, so
 * the bundler gives it a chunk of its own and `workerFile` names that chunk in the built server
 * (and the TypeScript source under Vitest and `vite dev`).
 */
export const workerFile = import.meta.url;

/** Marks the worker data, so that loading this module anywhere else does nothing. */
export const WORKER_MARK = 'sozialkonferenz-extract-text';

export interface ExtractionRequest {
	readonly mark: typeof WORKER_MARK;
	readonly type: FileType;
	readonly bytes: Uint8Array;
	readonly bounds: ExtractionBounds;
}

function isRequest(data: unknown): data is ExtractionRequest {
	return (
		typeof data === 'object' && data !== null && (data as { mark?: unknown }).mark === WORKER_MARK
	);
}

if (!isMainThread && parentPort && isRequest(workerData)) {
	const port = parentPort;
	const { type, bytes, bounds } = workerData;
	extractBounded(type, bytes, bounds).then(
		(value) => port.postMessage({ ok: true, value }),
		(error: unknown) =>
			port.postMessage({
				ok: false,
				message: error instanceof Error ? error.message : String(error)
			})
	);
}
