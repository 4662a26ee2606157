/**
 * Rendering a report to PDF or DOCX takes seconds for a municipality with maps and tables —
 * seconds in which the server would answer nobody else. It runs in a worker thread instead, one
 * report at a time, within a bound on time and heap; the request waits, the server does not.
 */
import { Worker } from 'node:worker_threads';
import type { ReportDocument } from './build';
import { RENDER_MARK, type RenderRequest } from './render-worker';
import type { SteckbriefDocument } from './steckbrief';

export interface RenderBounds {
	/** The worker is stopped after this long. */
	readonly timeoutMs: number;
	/** V8's old-generation heap of the worker. */
	readonly heapMb: number;
	/** Renderings that may wait for their turn; one more is refused at once ("busy"). */
	readonly waiting?: number;
}

export const renderBounds: RenderBounds = { timeoutMs: 120_000, heapMb: 768 };

/**
 * An area profile is one page: far tighter bounds, and a short queue — the download is public,
 * so a burst of requests is answered "busy" rather than piling up.
 */
export const steckbriefBounds: RenderBounds = { timeoutMs: 20_000, heapMb: 256, waiting: 8 };

/** A report that could not be rendered within the bounds, or whose renderer failed. */
export class ReportRenderError extends Error {
	constructor(
		readonly reason: 'time' | 'memory' | 'failed' | 'busy',
		message: string
	) {
		super(message);
	}
}

type Answer = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string };

/**
 * One at a time per kind: two planners downloading at once do not double the memory. Area
 * profiles (public, one page, a fraction of a second) have a queue of their own, so a visitor
 * never waits behind a large report.
 */
const running: Record<'report' | 'steckbrief', Promise<unknown>> = {
	report: Promise.resolve(),
	steckbrief: Promise.resolve()
};
/** Renderings queued or running, per kind. */
const pending: Record<keyof typeof running, number> = { report: 0, steckbrief: 0 };

function oneAtATime<T>(
	kind: keyof typeof running,
	waiting: number | undefined,
	task: () => Promise<T>
): Promise<T> {
	// The one running does not wait; `waiting` more may.
	if (waiting !== undefined && pending[kind] > waiting) {
		return Promise.reject(
			new ReportRenderError(
				'busy',
				'Gerade werden zu viele Dateien erzeugt. Bitte gleich noch einmal.'
			)
		);
	}
	pending[kind] += 1;
	const next = running[kind].then(task, task).finally(() => {
		pending[kind] -= 1;
	});
	running[kind] = next.catch(() => undefined);
	return next;
}

async function workerUrl(): Promise<URL> {
	const { workerFile } = await import('./render-worker');
	return new URL(workerFile);
}

function startWorker(url: URL, request: RenderRequest, bounds: RenderBounds): Worker {
	const resourceLimits = { maxOldGenerationSizeMb: bounds.heapMb };
	if (url.pathname.endsWith('.ts')) {
		// Vitest and `vite dev` run the TypeScript source: load it through tsx (a dev dependency).
		const href = JSON.stringify(url.href);
		const code = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${href}, ${href}))`;
		return new Worker(code, { eval: true, workerData: request, resourceLimits });
	}
	return new Worker(url, { workerData: request, resourceLimits });
}

function run(
	url: URL,
	request: RenderRequest,
	bounds: RenderBounds
): Promise<Uint8Array<ArrayBuffer>> {
	return new Promise((resolve, reject) => {
		const worker = startWorker(url, request, bounds);
		let settled = false;
		const finish = (outcome: Uint8Array<ArrayBuffer> | ReportRenderError) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			void worker.terminate();
			if (outcome instanceof ReportRenderError) reject(outcome);
			else resolve(outcome);
		};
		const timer = setTimeout(
			() =>
				finish(new ReportRenderError('time', 'Der Bericht ließ sich nicht rechtzeitig erzeugen.')),
			bounds.timeoutMs
		);
		worker.on('message', (answer: Answer) =>
			finish(answer.ok ? answer.bytes : new ReportRenderError('failed', answer.message))
		);
		worker.on('error', (error: Error & { code?: string }) =>
			finish(
				error.code === 'ERR_WORKER_OUT_OF_MEMORY'
					? new ReportRenderError('memory', 'Der Bericht braucht zu viel Speicher.')
					: new ReportRenderError('failed', error.message)
			)
		);
		worker.on('exit', () =>
			finish(new ReportRenderError('failed', 'Die Erzeugung des Berichts brach ab.'))
		);
	});
}

/** The report as PDF or DOCX bytes, rendered off the request's event loop. */
export async function renderReport(
	document: ReportDocument,
	format: 'pdf' | 'docx',
	bounds: RenderBounds = renderBounds
): Promise<Uint8Array<ArrayBuffer>> {
	const url = await workerUrl();
	return oneAtATime('report', bounds.waiting, () =>
		run(url, { mark: RENDER_MARK, format, document }, bounds)
	);
}

/** The one-page area profile as PDF bytes, rendered in the same worker, one at a time. */
export async function renderSteckbrief(
	document: SteckbriefDocument,
	bounds: RenderBounds = steckbriefBounds
): Promise<Uint8Array<ArrayBuffer>> {
	const url = await workerUrl();
	return oneAtATime('steckbrief', bounds.waiting, () =>
		run(url, { mark: RENDER_MARK, format: 'steckbrief', document }, bounds)
	);
}
