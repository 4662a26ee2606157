import { Worker, type ResourceLimits } from 'node:worker_threads';
import {
	extractionBounds,
	limitNote,
	type ExtractedText,
	type ExtractionBounds,
	type ExtractionLimit
} from './extract';
import type { ExtractionRequest } from './extract-worker';
import type { FileType } from './files';

export {
	MAX_BODY_CHARS,
	extractionBounds,
	xmlText,
	type ExtractedText,
	type ExtractionBounds,
	type ExtractionLimit
} from './extract';

/**
 * Text extraction off the request's event loop. Each file is read by a worker thread of its own
 * with a capped heap; the main thread terminates the worker when it runs past the time bound or
 * the process's memory grows past the memory bound (buffers live outside the heap), and the file
 * is then stored without text. One extraction runs at a time, so uploads cannot pile workers up.
 */

export interface ExtractOptions {
	readonly bounds?: ExtractionBounds;
	/** Another worker script (tests of the time bound); default the extraction worker. */
	readonly workerUrl?: URL;
}

/** How often the memory of a running worker is looked at. */
const MEMORY_POLL_MS = 25;

type WorkerAnswer =
	| { ok: true; result: ExtractedText }
	| { ok: false; message: string }
	| { ok: false; limit: ExtractionLimit };

let running: Promise<unknown> = Promise.resolve();

/** One at a time: the next extraction starts when the previous one has ended, however it ended. */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
	const next = running.then(task, task);
	running = next.catch(() => undefined);
	return next;
}

async function extractionWorkerUrl(): Promise<URL> {
	const { workerFile } = await import('./extract-worker');
	return new URL(workerFile);
}

function startWorker(url: URL, request: ExtractionRequest, limits: ResourceLimits): Worker {
	if (url.pathname.endsWith('.ts')) {
		// Vitest and `vite dev` run the TypeScript source: load it through tsx (a dev dependency).
		const href = JSON.stringify(url.href);
		const code = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${href}, ${href}))`;
		return new Worker(code, { eval: true, workerData: request, resourceLimits: limits });
	}
	return new Worker(url, { workerData: request, resourceLimits: limits });
}

function runWorker(url: URL, request: ExtractionRequest): Promise<WorkerAnswer> {
	const { bounds } = request;
	return new Promise((resolve) => {
		const baseline = process.memoryUsage.rss();
		const worker = startWorker(url, request, {
			maxOldGenerationSizeMb: bounds.workerHeapMb,
			maxYoungGenerationSizeMb: Math.min(64, Math.max(8, bounds.workerHeapMb / 4))
		});
		let settled = false;
		const finish = (answer: WorkerAnswer) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			clearInterval(watch);
			resolve(answer);
			void worker.terminate();
		};
		const timer = setTimeout(() => finish({ ok: false, limit: 'time' }), bounds.timeoutMs);
		const watch = setInterval(() => {
			if (process.memoryUsage.rss() - baseline > bounds.workerMemoryMb * 1024 * 1024) {
				finish({ ok: false, limit: 'memory' });
			}
		}, MEMORY_POLL_MS);
		worker.on('message', (answer: WorkerAnswer) => finish(answer));
		worker.on('error', (error: Error & { code?: string }) =>
			finish(
				error.code === 'ERR_WORKER_OUT_OF_MEMORY'
					? { ok: false, limit: 'memory' }
					: { ok: false, message: error.message }
			)
		);
		worker.on('exit', () => finish({ ok: false, message: 'Der Lesevorgang brach ab' }));
	});
}

const imageNote: ExtractedText = {
	body: '',
	note: 'Bilder enthalten keinen durchsuchbaren Text; die Suche findet Titel und Zusammenfassung.',
	limit: null
};

/**
 * The searchable text of an uploaded file, read in a worker thread within `bounds`. Never
 * throws for a bad file: a damaged file, a scan or a file past a bound comes back without text
 * and with a note for the organiser (`limit` says which bound stopped it).
 */
export async function extractText(
	type: FileType,
	bytes: Uint8Array,
	options: ExtractOptions = {}
): Promise<ExtractedText> {
	if (type === 'png' || type === 'jpeg') return imageNote;
	const bounds = options.bounds ?? extractionBounds;
	const url = options.workerUrl ?? (await extractionWorkerUrl());
	const answer = await oneAtATime(() =>
		runWorker(url, { mark: 'sozialkonferenz-extract-text', type, bytes, bounds })
	);
	if (answer.ok) return answer.result;
	if ('limit' in answer)
		return { body: '', note: limitNote(answer.limit, bounds), limit: answer.limit };
	return {
		body: '',
		note: `Der Text dieser Datei ließ sich nicht lesen (${answer.message}); die Suche findet nur Titel und Zusammenfassung.`,
		limit: null
	};
}
