/**
 * Large downloads as streams: the body is produced from a generator of text pieces, pulled in
 * chunks of about 64 KB as the client reads. Memory holds one chunk rather than the whole file,
 * and before each chunk the event loop serves other requests (a health check does not wait for a
 * 50 MB CSV to be built).
 */
const CHUNK_CHARS = 64 * 1024;

export function textStream(
	parts: Iterable<string>,
	chunkChars = CHUNK_CHARS
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let iterator: Iterator<string> | null = null;
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				// A fast client drains the socket at once, and the writer then reads the next chunk in
				// a chain of promises that never lets I/O in: wait for the event loop's next turn.
				await new Promise<void>((resolve) => setImmediate(resolve));
				iterator ??= parts[Symbol.iterator]();
				let chunk = '';
				while (chunk.length < chunkChars) {
					const next = iterator.next();
					if (next.done) {
						if (chunk) controller.enqueue(encoder.encode(chunk));
						controller.close();
						return;
					}
					chunk += next.value;
				}
				controller.enqueue(encoder.encode(chunk));
			},
			cancel() {
				iterator?.return?.();
			}
		},
		{ highWaterMark: 1 }
	);
}

/** The whole text of `parts` (tests and small outputs). */
export function joinText(parts: Iterable<string>): string {
	let text = '';
	for (const part of parts) text += part;
	return text;
}
