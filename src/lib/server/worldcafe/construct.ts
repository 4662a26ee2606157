import type { Random } from './random';
import type { SeatingState } from './state';

/**
 * Greedy start (after Triska & Musliu's observation that a good greedy first plan saves local
 * search most of its work): seat people one by one at the table where they add the least to the
 * objective, given everything already seated. Rounds are seated in order, so later rounds steer
 * around the meetings and topics of earlier ones.
 */
export function seatGreedily(
	state: SeatingState,
	round: number,
	order: readonly number[],
	rng: Random
) {
	for (const p of order) {
		let bestTable = -1;
		let bestDelta = Infinity;
		let ties = 0;
		for (let table = 0; table < state.tables; table++) {
			if (!state.hasRoom(round, table)) continue;
			const delta = state.placeDelta(round, p, table);
			if (delta < bestDelta) {
				bestDelta = delta;
				bestTable = table;
				ties = 1;
			} else if (delta === bestDelta && rng.int(++ties) === 0) {
				bestTable = table;
			}
		}
		// Validation guarantees enough seats, so a table with room always exists.
		state.place(round, p, bestTable);
	}
}

export function seatHosts(state: SeatingState, round: number, present: readonly number[]): void {
	for (const p of present) {
		const table = state.model.hostTable[p];
		if (table >= 0) state.place(round, p, table);
	}
}

/**
 * Arithmetic of the finite field GF(q) for a prime power q up to 128, as lookup tables; elements
 * are the integers 0..q-1 read as polynomials over GF(p) in base p. Null when q is no prime power.
 */
export interface FiniteField {
	q: number;
	add(a: number, b: number): number;
	sub(a: number, b: number): number;
	mul(a: number, b: number): number;
}

const MAX_FIELD = 128;

export function finiteField(q: number): FiniteField | null {
	if (!Number.isInteger(q) || q < 2 || q > MAX_FIELD) return null;
	const p = smallestPrimeFactor(q);
	let degree = 0;
	for (let rest = q; rest > 1; rest /= p) {
		if (rest % p !== 0) return null;
		degree++;
	}
	const digits = (a: number) =>
		Array.from({ length: degree }, (_, i) => Math.floor(a / p ** i) % p);
	const number = (d: number[]) => d.reduce((sum, digit, i) => sum + digit * p ** i, 0);
	const addTable = new Int32Array(q * q);
	const subTable = new Int32Array(q * q);
	for (let a = 0; a < q; a++) {
		const da = digits(a);
		for (let b = 0; b < q; b++) {
			const db = digits(b);
			addTable[a * q + b] = number(da.map((x, i) => (x + db[i]) % p));
			subTable[a * q + b] = number(da.map((x, i) => (x - db[i] + p) % p));
		}
	}
	const mulTable = multiplicationTable(q, p, degree, digits, number);
	if (!mulTable) return null;
	return {
		q,
		add: (a, b) => addTable[a * q + b],
		sub: (a, b) => subTable[a * q + b],
		mul: (a, b) => mulTable[a * q + b]
	};
}

function smallestPrimeFactor(n: number): number {
	for (let f = 2; f * f <= n; f++) if (n % f === 0) return f;
	return n;
}

/**
 * Products modulo the first monic polynomial of the given degree that yields a field (every
 * non-zero element has an inverse, i.e. the polynomial is irreducible).
 */
function multiplicationTable(
	q: number,
	p: number,
	degree: number,
	digits: (a: number) => number[],
	number: (d: number[]) => number
): Int32Array | null {
	for (let candidate = 0; candidate < q; candidate++) {
		// x^degree = -(c0 + c1 x + …): the reduction rule of the monic polynomial x^degree + c(x).
		const reduce = digits(candidate).map((c) => (p - c) % p);
		const table = new Int32Array(q * q);
		for (let a = 0; a < q; a++) {
			const da = digits(a);
			for (let b = 0; b < q; b++) {
				const db = digits(b);
				const product = new Array<number>(2 * degree - 1).fill(0);
				for (let i = 0; i < degree; i++) {
					for (let j = 0; j < degree; j++) product[i + j] = (product[i + j] + da[i] * db[j]) % p;
				}
				for (let k = product.length - 1; k >= degree; k--) {
					const lead = product[k];
					product[k] = 0;
					for (let i = 0; i < degree; i++) {
						product[k - degree + i] = (product[k - degree + i] + lead * reduce[i]) % p;
					}
				}
				table[a * q + b] = number(product.slice(0, degree));
			}
		}
		if (isField(table, q)) return table;
	}
	return null;
}

function isField(mul: Int32Array, q: number): boolean {
	for (let a = 1; a < q; a++) {
		let inverse = false;
		for (let b = 1; b < q && !inverse; b++) inverse = mul[a * q + b] === 1;
		if (!inverse) return false;
	}
	return true;
}

/**
 * Table of the person at position (i, j) in a round of the affine resolvable design over GF(q),
 * q the number of tables and k ≤ q people per table: in round m < q, (i, j) sits at table
 * j − m·i. Two people at different positions i ≠ i' meet only in the round m = (j − j')/(i − i'),
 * people at the same position never; so these q rounds have no repeat encounter at all. When k
 * divides q one more round seats the people of each position together, k to a table. This is the
 * classic construction of resolvable transversal designs from affine planes.
 */
export function designedTable(
	field: FiniteField,
	k: number,
	round: number,
	i: number,
	j: number
): number {
	if (round < field.q) return field.sub(j, field.mul(round, i));
	const perPosition = field.q / k;
	return i * perPosition + Math.floor(j / k);
}

/** How many rounds the design for q tables and k people per table has (see `designedTable`). */
export function designedRounds(q: number, k: number): number {
	return q + (q % k === 0 ? 1 : 0);
}
