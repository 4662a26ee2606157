import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveTasks } from '../bounded-worker';
import { decodeText } from './csv';
import { readAreaFile, type AreaFileOptions } from './geo';
import {
	komMonitorAreaFile,
	readKomMonitorValues,
	type KomMonitorValueContext
} from './kommonitor';
import { encodeChunk, type ChunkFormat, type ValueChunk } from './value-chunks';
import { readValueFile, type ValueImportContext } from './values-import';

/**
 * The entry of the worker that reads uploaded monitoring files (decisions 0042, 0043): boundary
 * files (GeoJSON, KomMonitor spatial units), parsed, reprojected and simplified; value files
 * (CSV), decoded and checked, their rows sent back in batches ready to write while the rest is
 * read; KomMonitor indicator exports. The main thread imports this module only dynamically, so
 * the bundler gives it a chunk of its own and `workerFile` names it.
 */
export const workerFile = import.meta.url;

/** Marks the worker data, so that loading this module anywhere else does nothing. */
export const FILE_WORKER_MARK = 'sozialkonferenz-monitoring-file';

/** One task of the worker (it is kept for the next; `reusableWorker`). */
export type FileReadRequest =
	| { readonly kind: 'areas'; readonly text: string; readonly options: AreaFileOptions }
	| { readonly kind: 'kommonitor-areas'; readonly text: string; readonly day: string }
	| {
			readonly kind: 'values';
			readonly bytes: Uint8Array;
			readonly context: ValueImportContext;
			/** Rows per batch sent back, and how they are prepared for the database. */
			readonly chunkRows: number;
			readonly format: ChunkFormat;
			/** The loading import the batches are written under. */
			readonly importId: number;
	  }
	| {
			readonly kind: 'kommonitor-values';
			readonly bytes: Uint8Array;
			readonly context: KomMonitorValueContext;
	  };

/** What a value-file worker posts before its answer. */
export type ValueFilePart =
	| { readonly kind: 'chunk'; readonly chunk: ValueChunk }
	| { readonly kind: 'progress'; readonly done: number; readonly total: number };

function read(request: FileReadRequest, post: (part: ValueFilePart) => void): unknown {
	switch (request.kind) {
		case 'areas':
			return readAreaFile(request.text, request.options);
		case 'kommonitor-areas':
			return komMonitorAreaFile(request.text, request.day);
		case 'kommonitor-values':
			return readKomMonitorValues(decodeText(request.bytes).text, request.context);
		case 'values': {
			const decoded = decodeText(request.bytes);
			let taken = 0;
			const file = readValueFile(
				decoded.text,
				request.context,
				({ done, total }) => post({ kind: 'progress', done, total }),
				{
					rows: request.chunkRows,
					take: (rows) => {
						taken += rows.count;
						post({ kind: 'chunk', chunk: encodeChunk(request.format, request.importId, rows) });
					}
				}
			);
			// The rows went in batches; the answer is what the file is and what is wrong with it.
			return {
				format: file.format,
				delimiter: file.delimiter,
				problems: file.problems,
				problemCount: file.problemCount,
				dataRows: file.dataRows,
				encoding: decoded.encoding,
				hadBom: decoded.hadBom,
				rowCount: taken
			};
		}
	}
}

if (!isMainThread && parentPort && workerData === FILE_WORKER_MARK) {
	serveTasks(parentPort, (task, post) => read(task as FileReadRequest, post));
}
