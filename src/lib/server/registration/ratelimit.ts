/**
 * Per-IP limit on registrations: a sliding window kept in this process. Behind a load balancer
 * each instance counts for itself, which still bounds a flood to (instances × limit).
 */
export class RateLimiter {
	private hits = new Map<string, number[]>();

	constructor(
		private limit: number,
		private windowMs: number
	) {}

	/** Records a hit for `key`; false when the limit is already reached. */
	allow(key: string, now: number): boolean {
		if (this.limit <= 0) return true;
		const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
		if (recent.length >= this.limit) {
			this.hits.set(key, recent);
			return false;
		}
		recent.push(now);
		this.hits.set(key, recent);
		if (this.hits.size > 10_000) this.prune(now);
		return true;
	}

	private prune(now: number): void {
		for (const [key, times] of this.hits) {
			if (!times.some((t) => t > now - this.windowMs)) this.hits.delete(key);
		}
	}
}
