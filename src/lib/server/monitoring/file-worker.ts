import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readAreaFile, type AreaFileOptions } from './geo';
import { komMonitorAreaFile } from './kommonitor';

/**
 * The entry of the worker that reads boundary files (GeoJSON, KomMonitor spatial units): parsing
 * tens of megabytes of JSON, reprojecting and simplifying them. The main thread imports this
 * module only dynamically, so the bundler gives it a chunk of its own and `workerFile` names it.
 */
export const workerFile = import.meta.url;

/** Marks the worker data, so that loading this module anywhere else does nothing. */
export const FILE_WORKER_MARK = 'sozialkonferenz-area-file';

export type FileReadRequest = { readonly mark: typeof FILE_WORKER_MARK } & (
	| { readonly kind: 'areas'; readonly text: string; readonly options: AreaFileOptions }
	| { readonly kind: 'kommonitor-areas'; readonly text: string; readonly day: string }
);

function isRequest(data: unknown): data is FileReadRequest {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as { mark?: unknown }).mark === FILE_WORKER_MARK
	);
}

if (!isMainThread && parentPort && isRequest(workerData)) {
	const request = workerData;
	try {
		const value =
			request.kind === 'areas'
				? readAreaFile(request.text, request.options)
				: komMonitorAreaFile(request.text, request.day);
		parentPort.postMessage({ ok: true, value });
	} catch (error) {
		parentPort.postMessage({
			ok: false,
			message: error instanceof Error ? error.message : String(error)
		});
	}
}
