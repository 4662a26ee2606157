import { describe, expect, it } from 'vitest';
import { joinText, textStream } from './streaming';

async function read(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
	const chunks: Uint8Array[] = [];
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return chunks;
		chunks.push(value);
	}
}

describe('textStream', () => {
	it('sends the pieces of a generator as UTF-8 in chunks of bounded size', async () => {
		const parts = Array.from({ length: 1000 }, (_, i) => `Zeile ${i};Größe\r\n`);
		const chunks = await read(textStream(parts, 1024));
		expect(chunks.length).toBeGreaterThan(10);
		expect(chunks.every((c) => c.byteLength < 1024 * 3)).toBe(true);
		const text = new TextDecoder().decode(Buffer.concat(chunks));
		expect(text).toBe(joinText(parts));
	});

	it('lets timers and I/O run between chunks even when the reader never waits', async () => {
		let ticks = 0;
		const timer = setInterval(() => (ticks += 1), 0);
		function* slow() {
			for (let i = 0; i < 50; i += 1) {
				const until = Date.now() + 2;
				while (Date.now() < until) {
					// busy: building a chunk takes time
				}
				yield 'x'.repeat(100);
			}
		}
		await read(textStream(slow(), 100));
		clearInterval(timer);
		expect(ticks).toBeGreaterThan(5);
	});

	it('stops the generator when the client goes away', async () => {
		let finished = false;
		function* endless() {
			try {
				for (;;) yield 'x'.repeat(1000);
			} finally {
				finished = true;
			}
		}
		const reader = textStream(endless(), 1000).getReader();
		await reader.read();
		await reader.cancel();
		expect(finished).toBe(true);
	});
});
