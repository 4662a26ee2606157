import { Worker, type MessagePort } from 'node:worker_threads';

/**
 * Work on an uploaded or generated file that could keep the event loop busy for seconds runs in
 * a worker thread of its own, with a capped heap and a time limit; the request waits, the
 * server answers everybody else. The worker module posts `{ ok: true, value }` or
 * `{ ok: false, message }` once; before that it may post `{ part }` messages as it goes (rows it
 * has read, progress), which the caller takes through `onPart`.
 */
export interface WorkerBounds {
	/** The worker is stopped after this long. */
	readonly timeoutMs: number;
	/** V8's old-generation heap of the worker. */
	readonly heapMb: number;
	/** V8's young generation of the worker; V8's default when absent. */
	readonly youngMb?: number;
	/**
	 * Growth of the process's resident memory while the task runs, polled every 25 ms: buffers
	 * and typed arrays live outside the worker's heap, so its heap bound alone does not hold them.
	 */
	readonly memoryMb?: number;
}

/** How often the memory of a running task is looked at (`memoryMb`). */
const MEMORY_POLL_MS = 25;

export type WorkerOutcome<T> =
	| { readonly ok: true; readonly value: T }
	| {
			readonly ok: false;
			/**
			 * `failed`: the worker's own error; `exited`: it ended without an answer; `aborted`: the
			 * caller stopped it (its `signal`).
			 */
			readonly reason: 'time' | 'memory' | 'failed' | 'exited' | 'aborted';
			readonly message: string;
	  };

type WorkerAnswer<T> = { ok: true; value: T } | { ok: false; message: string };

export interface WorkerStream<P> {
	/** Each `{ part }` message, in the order the worker posted them, before the answer. */
	readonly onPart?: (part: P) => void;
	/** Stops the worker; the outcome is then `aborted`. */
	readonly signal?: AbortSignal;
}

/**
 * Starts the worker module at `url` with `data`. Under Vitest and `vite dev` the module is the
 * TypeScript source, loaded through tsx (a dev dependency); in the built server it is the
 * bundler's chunk of that module.
 */
export function startWorker(
	url: URL,
	data: unknown,
	bounds: Pick<WorkerBounds, 'heapMb' | 'youngMb'>
): Worker {
	const resourceLimits = {
		maxOldGenerationSizeMb: bounds.heapMb,
		...(bounds.youngMb === undefined ? {} : { maxYoungGenerationSizeMb: bounds.youngMb })
	};
	if (url.pathname.endsWith('.ts')) {
		const href = JSON.stringify(url.href);
		const code = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${href}, ${href}))`;
		return new Worker(code, { eval: true, workerData: data, resourceLimits });
	}
	return new Worker(url, { workerData: data, resourceLimits });
}

/** Runs the worker at `url` once with `data` within `bounds`; never throws. */
export function runBounded<T, P = never>(
	url: URL,
	data: unknown,
	bounds: WorkerBounds,
	stream: WorkerStream<P> = {}
): Promise<WorkerOutcome<T>> {
	if (stream.signal?.aborted) return Promise.resolve(abortedOutcome);
	const worker = startWorker(url, data, bounds);
	return attend<T, P>(worker, bounds, stream, () => void worker.terminate());
}

const abortedOutcome: WorkerOutcome<never> = {
	ok: false,
	reason: 'aborted',
	message: 'stopped by the caller'
};

/**
 * Waits for the worker's answer to one task, passing its parts on, within `bounds` (time, and
 * the process's memory when `memoryMb` is set). `done` runs once when the task is settled, with
 * whether the worker is still fit for another task (it answered) or not (it failed, ran out of
 * time or memory, was stopped, or ended).
 */
function attend<T, P>(
	worker: Worker,
	bounds: WorkerBounds,
	stream: WorkerStream<P>,
	done: (fit: boolean) => void
): Promise<WorkerOutcome<T>> {
	const { timeoutMs, memoryMb } = bounds;
	return new Promise((resolve) => {
		let settled = false;
		const finish = (outcome: WorkerOutcome<T>, fit = false) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			clearInterval(watch);
			stream.signal?.removeEventListener('abort', abort);
			worker.off('message', onMessage);
			worker.off('error', onError);
			worker.off('exit', onExit);
			done(fit);
			resolve(outcome);
		};
		const abort = () => finish(abortedOutcome);
		const onMessage = (answer: WorkerAnswer<T> | { part: P }) => {
			if (settled) return;
			if ('part' in answer) stream.onPart?.(answer.part);
			else if (answer.ok) finish({ ok: true, value: answer.value }, true);
			else finish({ ok: false, reason: 'failed', message: answer.message }, true);
		};
		const onError = (error: Error & { code?: string }) =>
			finish({
				ok: false,
				reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'failed',
				message: error.message
			});
		const onExit = () => finish({ ok: false, reason: 'exited', message: 'worker exited' });
		stream.signal?.addEventListener('abort', abort);
		const timer = setTimeout(
			() => finish({ ok: false, reason: 'time', message: `longer than ${timeoutMs} ms` }),
			timeoutMs
		);
		const baseline = process.memoryUsage.rss();
		const watch =
			memoryMb === undefined
				? undefined
				: setInterval(() => {
						if (process.memoryUsage.rss() - baseline > memoryMb * 1024 * 1024) {
							finish({ ok: false, reason: 'memory', message: `more than ${memoryMb} MB` });
						}
					}, MEMORY_POLL_MS);
		worker.on('message', onMessage);
		worker.on('error', onError);
		worker.on('exit', onExit);
	});
}

/**
 * A worker kept for the next task, so that a file does not pay for starting one (tens of
 * milliseconds in the built server, far more where the module is TypeScript): one task at a
 * time (the caller queues them), each posted as a message that the worker module answers as
 * `runBounded`'s does (see `serveTasks`). A task past its time, out of memory or stopped ends
 * the worker with it, and the next task starts a fresh one. The worker keeps the process alive
 * only while a task runs, and ends after `idleMs` without one.
 */
export function reusableWorker(url: () => Promise<URL>, data: unknown, idleMs = 30_000) {
	let current: { worker: Worker; heapMb: number } | null = null;
	let idle: ReturnType<typeof setTimeout> | undefined;
	const retire = (worker: Worker) => {
		if (current?.worker !== worker) return;
		current = null;
		void worker.terminate();
	};
	return {
		async run<T, P = never>(
			task: unknown,
			bounds: WorkerBounds,
			stream: WorkerStream<P> = {}
		): Promise<WorkerOutcome<T>> {
			clearTimeout(idle);
			if (stream.signal?.aborted) return abortedOutcome;
			if (current && current.heapMb !== bounds.heapMb) retire(current.worker);
			if (!current) {
				const started = startWorker(await url(), data, bounds);
				// A worker that ends while idle is not posted to again.
				started.once('exit', () => {
					if (current?.worker === started) current = null;
				});
				current = { worker: started, heapMb: bounds.heapMb };
			}
			const { worker } = current;
			worker.ref();
			const outcome = attend<T, P>(worker, bounds, stream, (fit) => {
				if (!fit) return retire(worker);
				worker.unref();
				idle = setTimeout(() => retire(worker), idleMs);
				idle.unref();
			});
			worker.postMessage(task);
			return outcome;
		}
	};
}

/**
 * The worker side of `reusableWorker`: answers each task posted to it with `{ ok, value }` or
 * `{ ok: false, message }`, after any `{ part }` messages the handler posts on the way.
 */
export function serveTasks(
	port: MessagePort,
	handle: (task: unknown, post: (part: unknown) => void) => unknown
): void {
	port.on('message', (task: unknown) => {
		try {
			const value = handle(task, (part) => port.postMessage({ part }));
			port.postMessage({ ok: true, value });
		} catch (error) {
			port.postMessage({
				ok: false,
				message: error instanceof Error ? error.message : String(error)
			});
		}
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
