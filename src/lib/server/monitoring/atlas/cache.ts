/**
 * Per-process cache of what the public atlas computes from a published dataset (loading, disclosure
 * control, MSS, typology, indexes). Entries are keyed by the municipality and its data version
 * (version.ts), which every change raises in the database: a request reads the version (one small
 * query) and either finds the entry or builds it. So a change is visible at once in every app
 * instance, and nothing has to be invalidated by hand. Concurrent requests for the same missing
 * entry share one build. The cache holds at most `ATLAS_CACHE_VALUES` values (default 2,000,000)
 * across municipalities, least recently used first out; a newer version replaces the older one.
 */
import { LRUCache } from 'lru-cache';

export class VersionedCache<T extends object> {
	private readonly entries: LRUCache<string, T>;
	private readonly building = new Map<string, Promise<T | null>>();
	private readonly current = new Map<string, string>();
	private readonly disabled: boolean;

	/** `maxSize` 0 turns the cache off (every read builds). */
	constructor(maxSize: number, sizeOf: (value: T) => number) {
		this.disabled = maxSize <= 0;
		this.entries = new LRUCache<string, T>({
			maxSize: Math.max(1, maxSize),
			sizeCalculation: (value) => Math.max(1, sizeOf(value)),
			dispose: (_value, key) => {
				const owner = key.slice(0, key.indexOf('@'));
				if (this.current.get(owner) === key) this.current.delete(owner);
			}
		});
	}

	/** The entry of `name` at `version`, built by `build` if missing (null is not stored). */
	read(name: string, version: number, build: () => Promise<T | null>): Promise<T | null> {
		if (this.disabled) return build();
		const key = `${name}@${version}`;
		const hit = this.entries.get(key);
		if (hit) return Promise.resolve(hit);
		const pending = this.building.get(key);
		if (pending) return pending;
		const started = build().then(
			(value) => {
				this.building.delete(key);
				if (value) {
					const older = this.current.get(name);
					if (older && older !== key) this.entries.delete(older);
					this.current.set(name, key);
					this.entries.set(key, value);
				}
				return value;
			},
			(error: unknown) => {
				this.building.delete(key);
				throw error;
			}
		);
		this.building.set(key, started);
		return started;
	}

	/** Whether an entry for `name` at `version` is held (for tests and the benchmark). */
	has(name: string, version: number): boolean {
		return this.entries.has(`${name}@${version}`);
	}

	clear(): void {
		this.entries.clear();
		this.current.clear();
	}
}

function maxValuesFromEnv(): number {
	const n = Number(process.env.ATLAS_CACHE_VALUES ?? 2_000_000);
	return Number.isFinite(n) && n >= 0 ? n : 2_000_000;
}

export const ATLAS_CACHE_VALUES = maxValuesFromEnv();
