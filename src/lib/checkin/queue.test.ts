import { describe, expect, it } from 'vitest';
import { codeFrom } from './code';
import { ScanQueue, type StorageLike } from './queue';

function memory(): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const a = 'a'.repeat(32);
const b = 'b'.repeat(32);

describe('scans made without a connection', () => {
	it('wait, survive a reload, and are sent in order once the connection is back', async () => {
		const storage = memory();
		const queue = new ScanQueue(storage, 'scans-2027');
		queue.add(a);
		queue.add(b);
		queue.add(a);
		expect(queue.size).toBe(2);

		const reloaded = new ScanQueue(storage, 'scans-2027');
		expect(reloaded.size).toBe(2);
		const answered: string[] = [];
		const sent = await reloaded.flush(
			async (code) => ({ kind: 'sent', answer: code.slice(0, 1) }),
			(_, answer) => answered.push(answer)
		);
		expect(sent).toBe(2);
		expect(answered).toEqual(['a', 'b']);
		expect(new ScanQueue(storage, 'scans-2027').size).toBe(0);
	});

	it('stay waiting when the connection drops again halfway', async () => {
		const queue = new ScanQueue(memory(), 'scans');
		queue.add(a);
		queue.add(b);
		const sent = await queue.flush(
			async (code) => (code === a ? { kind: 'sent', answer: 1 } : { kind: 'retry' }),
			() => {}
		);
		expect(sent).toBe(1);
		expect(queue.size).toBe(1);
	});

	it('start empty when the stored list is damaged', () => {
		const storage = memory();
		storage.setItem('scans', '{kaputt');
		expect(new ScanQueue(storage, 'scans').size).toBe(0);
	});
});

describe('reading a badge', () => {
	it('takes the code from the badge URL the QR code holds, or the code alone', () => {
		expect(codeFrom(`https://konferenz.example/schild/${a.toUpperCase()}`)).toBe(a);
		expect(codeFrom(` ${b} `)).toBe(b);
		expect(codeFrom('https://example.org/irgendwas')).toBeNull();
	});
});
