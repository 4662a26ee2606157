import { Worker } from 'node:worker_threads';

/**
 * Work on an uploaded or generated file that could keep the event loop busy for seconds runs in
 * a worker thread of its own, with a capped heap and a time limit; the request waits, the
 * server answers everybody else. The worker module posts `{ ok: true, value }` or
 * `{ ok: false, message }` once.
 */
export interface WorkerBounds {
	/** The worker is stopped after this long. */
	readonly timeoutMs: number;
	/** V8's old-generation heap of the worker. */
	readonly heapMb: number;
}

export type WorkerOutcome<T> =
	| { readonly ok: true; readonly value: T }
	| {
			readonly ok: false;
			/** `failed`: the worker's own error; `exited`: it ended without an answer. */
			readonly reason: 'time' | 'memory' | 'failed' | 'exited';
			readonly message: string;
	  };

type WorkerAnswer<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Starts the worker module at `url` with `data`. Under Vitest and `vite dev` the module is the
 * TypeScript source, loaded through tsx (a dev dependency); in the built server it is the
 * bundler's chunk of that module.
 */
export function startWorker(url: URL, data: unknown, heapMb: number): Worker {
	const resourceLimits = { maxOldGenerationSizeMb: heapMb };
	if (url.pathname.endsWith('.ts')) {
		const href = JSON.stringify(url.href);
		const code = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${href}, ${href}))`;
		return new Worker(code, { eval: true, workerData: data, resourceLimits });
	}
	return new Worker(url, { workerData: data, resourceLimits });
}

/** Runs the worker at `url` once with `data` within `bounds`; never throws. */
export function runBounded<T>(
	url: URL,
	data: unknown,
	bounds: WorkerBounds
): Promise<WorkerOutcome<T>> {
	return new Promise((resolve) => {
		const worker = startWorker(url, data, bounds.heapMb);
		let settled = false;
		const finish = (outcome: WorkerOutcome<T>) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			void worker.terminate();
			resolve(outcome);
		};
		const timer = setTimeout(
			() => finish({ ok: false, reason: 'time', message: `longer than ${bounds.timeoutMs} ms` }),
			bounds.timeoutMs
		);
		worker.on('message', (answer: WorkerAnswer<T>) =>
			finish(
				answer.ok
					? { ok: true, value: answer.value }
					: { ok: false, reason: 'failed', message: answer.message }
			)
		);
		worker.on('error', (error: Error & { code?: string }) =>
			finish({
				ok: false,
				reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'failed',
				message: error.message
			})
		);
		worker.on('exit', () => finish({ ok: false, reason: 'exited', message: 'worker exited' }));
	});
}

/** A queue of one: the next task starts when the previous one has ended, however it ended. */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
	let running: Promise<unknown> = Promise.resolve();
	return (task) => {
		const next = running.then(task, task);
		running = next.catch(() => undefined);
		return next;
	};
}
