import { describe, expect, it } from 'vitest';
import { reusableWorker } from './bounded-worker';
import { fixtureFile } from './bounded-worker.fixture';

const bounds = { timeoutMs: 20_000, heapMb: 128 };
const fixture = () => reusableWorker(async () => new URL(fixtureFile), 'bounded-worker-fixture');

describe('a worker kept for the next task', () => {
	it('runs one task after the other in the same thread, passing its parts on in order', async () => {
		const worker = fixture();
		const parts: number[] = [];
		const first = await worker.run<number, number>({ kind: 'count', to: 3 }, bounds, {
			onPart: (part) => parts.push(part)
		});
		expect(first).toEqual({ ok: true, value: 3 });
		expect(parts).toEqual([1, 2, 3]);
		const a = await worker.run<number>({ kind: 'thread' }, bounds);
		const b = await worker.run<number>({ kind: 'thread' }, bounds);
		expect(a.ok && b.ok && a.value === b.value).toBe(true);
	});

	it('keeps the thread after a task that threw, with the error as the answer', async () => {
		const worker = fixture();
		const before = await worker.run<number>({ kind: 'thread' }, bounds);
		expect(await worker.run({ kind: 'fail' }, bounds)).toMatchObject({
			ok: false,
			reason: 'failed',
			message: 'kaputt'
		});
		expect(await worker.run<number>({ kind: 'thread' }, bounds)).toEqual(before);
	});

	it('ends a task past its time with its thread, and runs the next one in a fresh thread', async () => {
		const worker = fixture();
		const before = await worker.run<number>({ kind: 'thread' }, bounds);
		expect(await worker.run({ kind: 'spin' }, { ...bounds, timeoutMs: 200 })).toMatchObject({
			ok: false,
			reason: 'time'
		});
		const after = await worker.run<number>({ kind: 'thread' }, bounds);
		expect(after.ok).toBe(true);
		expect(after).not.toEqual(before);
	});

	it('stops a task when the caller aborts, and answers the next one', async () => {
		const worker = fixture();
		const controller = new AbortController();
		const spinning = worker.run({ kind: 'spin' }, bounds, { signal: controller.signal });
		setTimeout(() => controller.abort(), 100);
		expect(await spinning).toMatchObject({ ok: false, reason: 'aborted' });
		expect(await worker.run({ kind: 'count', to: 1 }, bounds)).toEqual({ ok: true, value: 1 });
	});

	it('ends a task whose buffers outside the heap grow the process past its memory bound', async () => {
		const worker = fixture();
		const outcome = await worker.run({ kind: 'hold', mb: 256 }, { ...bounds, memoryMb: 64 });
		expect(outcome).toMatchObject({ ok: false, reason: 'memory' });
		expect(await worker.run({ kind: 'count', to: 2 }, bounds)).toEqual({ ok: true, value: 2 });
	});
});
