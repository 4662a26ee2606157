/**
 * A small seeded generator so that a seed fully determines a plan; Math.random cannot be seeded.
 * mulberry32 (Tommy Ettinger, public domain): 32 bits of state, passes PractRand to 2^32 bytes,
 * which is far more than a seating search draws.
 */
export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform integer in [0, n). */
	int(n: number): number;
	shuffle<T>(items: T[]): T[];
}

export function createRandom(seed: number): Random {
	let state = seed >>> 0;

	function next(): number {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	function int(n: number): number {
		return Math.floor(next() * n);
	}

	function shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = int(i + 1);
			const held = items[i];
			items[i] = items[j];
			items[j] = held;
		}
		return items;
	}

	return { next, int, shuffle };
}
