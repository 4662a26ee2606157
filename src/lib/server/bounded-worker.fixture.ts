import { isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { serveTasks } from './bounded-worker';

/** A worker module for `bounded-worker.test.ts`: counts, spins, fails or says which thread it is. */
export const fixtureFile = import.meta.url;

type Task =
	{ kind: 'count'; to: number } | { kind: 'spin' } | { kind: 'fail' } | { kind: 'thread' };

if (!isMainThread && parentPort && workerData === 'bounded-worker-fixture') {
	serveTasks(parentPort, (task, post) => {
		const t = task as Task;
		if (t.kind === 'count') {
			for (let i = 1; i <= t.to; i += 1) post(i);
			return t.to;
		}
		if (t.kind === 'spin') for (;;);
		if (t.kind === 'fail') throw new Error('kaputt');
		return threadId;
	});
}
