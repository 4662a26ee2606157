/**
 * Micro-cache for the public conference pages. Editions and programmes change a few times a
 * week but are read on every page view, and PGlite answers one query at a time (about 1 ms
 * each), so the pages read a copy that is at most `ttlMs` old. A write in this process calls
 * `invalidate()` and is visible at once; other instances behind a load balancer (PostgreSQL
 * deployments) see it after the TTL. PUBLIC_CACHE_SECONDS=0 turns the cache off.
 */
export class ReadCache {
	private entries = new Map<string, { expires: number; value: Promise<unknown> }>();

	constructor(
		private ttlMs: number,
		private now: () => number = () => Date.now()
	) {}

	read<T>(key: string, load: () => Promise<T>): Promise<T> {
		if (this.ttlMs <= 0) return load();
		const hit = this.entries.get(key);
		const now = this.now();
		if (hit && hit.expires > now) return hit.value as Promise<T>;
		const value = load();
		this.entries.set(key, { expires: now + this.ttlMs, value });
		// A failed load must not be served from the cache.
		value.catch(() => {
			if (this.entries.get(key)?.value === value) this.entries.delete(key);
		});
		return value;
	}

	/** Drops one entry, e.g. a read found out of date. */
	forget(key: string): void {
		this.entries.delete(key);
	}

	invalidate(): void {
		this.entries.clear();
	}
}

function ttlFromEnv(): number {
	const seconds = Number(process.env.PUBLIC_CACHE_SECONDS ?? 5);
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

export const publicCache = new ReadCache(ttlFromEnv());
