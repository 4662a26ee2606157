/**
 * Scans waiting for the connection. A check-in desk in a basement loses the network now and then;
 * a scan made then is kept (in the browser's storage, so a reload does not lose it) and sent when
 * the connection is back. Check-in is idempotent, so sending a scan twice does no harm.
 */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** What sending one scan came to: `sent` (with the server's answer) or `retry` (no connection). */
export type SendResult<T> = { kind: 'sent'; answer: T } | { kind: 'retry' };

export class ScanQueue {
	private codes: string[];
	private flushing = false;

	constructor(
		private storage: StorageLike | null,
		private key: string
	) {
		this.codes = ScanQueue.read(storage, key);
	}

	private static read(storage: StorageLike | null, key: string): string[] {
		try {
			const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
			return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
		} catch {
			// A damaged entry is no scan; start empty rather than break the desk.
			return [];
		}
	}

	get size(): number {
		return this.codes.length;
	}

	/** Keeps a scan; the same badge scanned twice while offline waits once. */
	add(code: string): void {
		if (!this.codes.includes(code)) this.codes.push(code);
		this.save();
	}

	/**
	 * Sends the waiting scans in the order they were made, stopping at the first that finds no
	 * connection. `onAnswer` gets each answer; the count says how many were sent.
	 */
	async flush<T>(
		send: (code: string) => Promise<SendResult<T>>,
		onAnswer: (code: string, answer: T) => void
	): Promise<number> {
		if (this.flushing) return 0;
		this.flushing = true;
		let sent = 0;
		try {
			while (this.codes.length) {
				const code = this.codes[0];
				const result = await send(code);
				if (result.kind === 'retry') break;
				this.codes.shift();
				this.save();
				sent++;
				onAnswer(code, result.answer);
			}
		} finally {
			this.flushing = false;
		}
		return sent;
	}

	private save(): void {
		this.storage?.setItem(this.key, JSON.stringify(this.codes));
	}
}
