import { isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { serveTasks } from './bounded-worker';

/** A worker module for `bounded-worker.test.ts`: counts, spins, fails, holds memory or says which thread it is. */
export const fixtureFile = import.meta.url;

type Task =
	| { kind: 'count'; to: number }
	| { kind: 'spin' }
	| { kind: 'fail' }
	| { kind: 'hold'; mb: number }
	| { kind: 'thread' };

/** Memory outside the worker's heap, kept until the worker ends. */
const held: Buffer[] = [];

if (!isMainThread && parentPort && workerData === 'bounded-worker-fixture') {
	serveTasks(parentPort, (task, post) => {
		const t = task as Task;
		if (t.kind === 'count') {
			for (let i = 1; i <= t.to; i += 1) post(i);
			return t.to;
		}
		if (t.kind === 'spin') for (;;);
		if (t.kind === 'fail') throw new Error('kaputt');
		if (t.kind === 'hold') {
			// Touched page by page, so that it is resident; then waits to be stopped.
			held.push(Buffer.alloc(t.mb * 1024 * 1024, 1));
			for (const end = Date.now() + 10_000; Date.now() < end;);
			return held.length;
		}
		return threadId;
	});
}
