/**
 * Rendering a report to PDF or DOCX takes seconds for a municipality with maps and tables —
 * seconds in which the server would answer nobody else. It runs in a worker thread instead, one
 * report at a time, within a bound on time and heap; the request waits, the server does not.
 */
import { runBounded, type WorkerBounds } from '../../bounded-worker';
import type { ReportDocument } from './build';
import { RENDER_MARK, type RenderRequest } from './render-worker';
import type { SteckbriefDocument } from './steckbrief';

export interface RenderBounds extends WorkerBounds {
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

const FAILURE_MESSAGES = {
	time: 'Der Bericht ließ sich nicht rechtzeitig erzeugen.',
	memory: 'Der Bericht braucht zu viel Speicher.',
	exited: 'Die Erzeugung des Berichts brach ab.'
} as const;

async function run(
	url: URL,
	request: RenderRequest,
	bounds: RenderBounds
): Promise<Uint8Array<ArrayBuffer>> {
	const outcome = await runBounded<Uint8Array<ArrayBuffer>>(url, request, bounds);
	if (outcome.ok) return outcome.value;
	// No signal is given, so `aborted` cannot happen; it would be a failure.
	if (outcome.reason === 'failed' || outcome.reason === 'aborted') {
		throw new ReportRenderError('failed', outcome.message);
	}
	throw new ReportRenderError(
		outcome.reason === 'exited' ? 'failed' : outcome.reason,
		FAILURE_MESSAGES[outcome.reason]
	);
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
