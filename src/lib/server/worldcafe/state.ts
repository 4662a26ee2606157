import type { CafeModel } from './model';

/**
 * The objective, in the lexicographic order: topic repeats, repeat pairs, same-sector plus
 * same-municipality pairs at a table, preferences met (maximised), sum of squared table sizes.
 * Counting same-category pairs rather than distinct categories makes the measure convex, so the
 * search spreads a large sector evenly instead of piling it on a few tables.
 */
export interface ObjectiveValue {
	topicRepeats: number;
	repeatPairs: number;
	sameCategoryPairs: number;
	preferencesMet: number;
	sizeSquares: number;
}

/** Negative when `a` is better than `b`. */
export function compareObjective(a: ObjectiveValue, b: ObjectiveValue): number {
	if (a.topicRepeats !== b.topicRepeats) return a.topicRepeats - b.topicRepeats;
	if (a.repeatPairs !== b.repeatPairs) return a.repeatPairs - b.repeatPairs;
	if (a.sameCategoryPairs !== b.sameCategoryPairs) return a.sameCategoryPairs - b.sameCategoryPairs;
	if (a.preferencesMet !== b.preferencesMet) return b.preferencesMet - a.preferencesMet;
	return a.sizeSquares - b.sizeSquares;
}

/**
 * Weights that turn a move's change of the five objectives into one number without breaking the
 * lexicographic order: each weight exceeds the largest possible change of everything below it
 * for a move of up to two swaps. Totals can exceed those bounds, so whole plans are compared
 * with `compareObjective`, never by weighted sum.
 */
export interface MoveWeights {
	topic: number;
	pair: number;
	mix: number;
	preference: number;
}

function moveWeights(maxCapacity: number): MoveWeights {
	const preference = 2 * maxCapacity + 3;
	const mix = preference * 9;
	const pair = mix * (16 * maxCapacity + 1);
	const topic = pair * (8 * maxCapacity + 1);
	return { topic, pair, mix, preference };
}

/**
 * A seating with every count the objective needs, kept up to date on each change so that a move
 * is scored in O(table size): the pair-meeting matrix, sector and municipality counts per table
 * and round, and topic visits per participant.
 */
export class SeatingState {
	readonly model: CafeModel;
	readonly n: number;
	readonly tables: number;
	readonly rounds: number;
	/** `seat[r * n + p]`: table of p in round r, -1 when p is not there that round. */
	readonly seat: Int32Array;
	readonly size: Int32Array;
	readonly weights: MoveWeights;
	topicRepeats = 0;
	repeatPairs = 0;
	sameCategoryPairs = 0;
	preferencesMet = 0;
	sizeSquares = 0;

	private readonly stride: number;
	private readonly members: Int32Array;
	private readonly position: Int32Array;
	private readonly meetings: Uint8Array;
	private readonly sectorCount: Int32Array;
	private readonly municipalityCount: Int32Array;
	private readonly visits: Uint8Array;

	/** `stride` is the most people one table may ever hold, fixed rounds included. */
	constructor(model: CafeModel, stride: number) {
		this.model = model;
		this.n = model.participantIds.length;
		this.tables = model.tableIds.length;
		this.rounds = model.rounds;
		this.stride = stride;
		const cells = this.rounds * this.tables;
		this.seat = new Int32Array(this.rounds * this.n).fill(-1);
		this.size = new Int32Array(cells);
		this.members = new Int32Array(cells * stride);
		this.position = new Int32Array(this.rounds * this.n);
		this.meetings = new Uint8Array(this.n * this.n);
		this.sectorCount = new Int32Array(cells * model.sectorCount);
		this.municipalityCount = new Int32Array(cells * model.municipalityCount);
		this.visits = new Uint8Array(this.n * model.topicCount);
		this.weights = moveWeights(Math.max(model.maxCapacity, stride));
	}

	objective(): ObjectiveValue {
		return {
			topicRepeats: this.topicRepeats,
			repeatPairs: this.repeatPairs,
			sameCategoryPairs: this.sameCategoryPairs,
			preferencesMet: this.preferencesMet,
			sizeSquares: this.sizeSquares
		};
	}

	/** The weighted total; only meaningful for comparing nearby plans, see `MoveWeights`. */
	weightedTotal(): number {
		const w = this.weights;
		return (
			this.topicRepeats * w.topic +
			this.repeatPairs * w.pair +
			this.sameCategoryPairs * w.mix -
			this.preferencesMet * w.preference +
			this.sizeSquares
		);
	}

	tableOf(round: number, p: number): number {
		return this.seat[round * this.n + p];
	}

	tableSize(round: number, table: number): number {
		return this.size[round * this.tables + table];
	}

	hasRoom(round: number, table: number): boolean {
		return this.size[round * this.tables + table] < this.model.capacity[table];
	}

	member(round: number, table: number, i: number): number {
		return this.members[(round * this.tables + table) * this.stride + i];
	}

	meetingsOf(p: number, q: number): number {
		return this.meetings[p * this.n + q];
	}

	visitsOf(p: number, topic: number): number {
		return this.visits[p * this.model.topicCount + topic];
	}

	isHost(p: number): boolean {
		return this.model.hostTable[p] >= 0;
	}

	sameSectorMates(round: number, table: number, p: number): number {
		const cell = round * this.tables + table;
		return this.sectorCount[cell * this.model.sectorCount + this.model.sector[p]] - 1;
	}

	sameMunicipalityMates(round: number, table: number, p: number): number {
		const cell = round * this.tables + table;
		return (
			this.municipalityCount[cell * this.model.municipalityCount + this.model.municipality[p]] - 1
		);
	}

	place(round: number, p: number, table: number): void {
		const m = this.model;
		const n = this.n;
		const cell = round * this.tables + table;
		const base = cell * this.stride;
		const count = this.size[cell];
		for (let i = 0; i < count; i++) {
			const x = this.members[base + i];
			if (this.meetings[p * n + x] >= 1) this.repeatPairs++;
			this.meetings[p * n + x]++;
			this.meetings[x * n + p]++;
		}
		const s = cell * m.sectorCount + m.sector[p];
		const mu = cell * m.municipalityCount + m.municipality[p];
		this.sameCategoryPairs += this.sectorCount[s] + this.municipalityCount[mu];
		this.sectorCount[s]++;
		this.municipalityCount[mu]++;
		this.sizeSquares += 2 * count + 1;
		this.members[base + count] = p;
		this.position[round * n + p] = count;
		this.size[cell] = count + 1;
		this.seat[round * n + p] = table;
		if (m.hostTable[p] >= 0) return;
		const v = p * m.topicCount + m.tableTopic[table];
		if (this.visits[v] >= 1) this.topicRepeats++;
		else if (m.prefers[v] === 1) this.preferencesMet++;
		this.visits[v]++;
	}

	unplace(round: number, p: number): void {
		const m = this.model;
		const n = this.n;
		const table = this.seat[round * n + p];
		const cell = round * this.tables + table;
		const base = cell * this.stride;
		const last = this.size[cell] - 1;
		const at = this.position[round * n + p];
		const moved = this.members[base + last];
		this.members[base + at] = moved;
		this.position[round * n + moved] = at;
		this.size[cell] = last;
		this.seat[round * n + p] = -1;
		for (let i = 0; i < last; i++) {
			const x = this.members[base + i];
			this.meetings[p * n + x]--;
			this.meetings[x * n + p]--;
			if (this.meetings[p * n + x] >= 1) this.repeatPairs--;
		}
		const s = cell * m.sectorCount + m.sector[p];
		const mu = cell * m.municipalityCount + m.municipality[p];
		this.sectorCount[s]--;
		this.municipalityCount[mu]--;
		this.sameCategoryPairs -= this.sectorCount[s] + this.municipalityCount[mu];
		this.sizeSquares -= 2 * last + 1;
		if (m.hostTable[p] >= 0) return;
		const v = p * m.topicCount + m.tableTopic[table];
		this.visits[v]--;
		if (this.visits[v] >= 1) this.topicRepeats--;
		else if (m.prefers[v] === 1) this.preferencesMet--;
	}

	swap(round: number, p: number, q: number): void {
		const a = this.tableOf(round, p);
		const b = this.tableOf(round, q);
		this.unplace(round, p);
		this.unplace(round, q);
		this.place(round, p, b);
		this.place(round, q, a);
	}

	move(round: number, p: number, table: number): void {
		this.unplace(round, p);
		this.place(round, p, table);
	}

	/** Weighted change of seating p at `table` in `round`, where p has no seat yet. */
	placeDelta(round: number, p: number, table: number): number {
		const m = this.model;
		const n = this.n;
		const w = this.weights;
		const cell = round * this.tables + table;
		const base = cell * this.stride;
		const count = this.size[cell];
		let pairs = 0;
		for (let i = 0; i < count; i++) {
			if (this.meetings[p * n + this.members[base + i]] >= 1) pairs++;
		}
		const mix =
			this.sectorCount[cell * m.sectorCount + m.sector[p]] +
			this.municipalityCount[cell * m.municipalityCount + m.municipality[p]];
		let topic = 0;
		let preference = 0;
		if (m.hostTable[p] < 0) {
			const v = p * m.topicCount + m.tableTopic[table];
			if (this.visits[v] >= 1) topic = 1;
			else preference = m.prefers[v];
		}
		return (
			topic * w.topic + pairs * w.pair + mix * w.mix - preference * w.preference + 2 * count + 1
		);
	}

	/** Weighted change of swapping p and q, who sit at different tables of `round`. */
	swapDelta(round: number, p: number, q: number): number {
		const m = this.model;
		const n = this.n;
		const w = this.weights;
		const a = this.seat[round * n + p];
		const b = this.seat[round * n + q];
		const cellA = round * this.tables + a;
		const cellB = round * this.tables + b;
		let pairs = 0;
		const baseA = cellA * this.stride;
		const sizeA = this.size[cellA];
		for (let i = 0; i < sizeA; i++) {
			const x = this.members[baseA + i];
			if (x === p) continue;
			if (this.meetings[p * n + x] >= 2) pairs--;
			if (this.meetings[q * n + x] >= 1) pairs++;
		}
		const baseB = cellB * this.stride;
		const sizeB = this.size[cellB];
		for (let i = 0; i < sizeB; i++) {
			const y = this.members[baseB + i];
			if (y === q) continue;
			if (this.meetings[q * n + y] >= 2) pairs--;
			if (this.meetings[p * n + y] >= 1) pairs++;
		}
		let mix = 0;
		const sp = m.sector[p];
		const sq = m.sector[q];
		if (sp !== sq) {
			const sa = cellA * m.sectorCount;
			const sb = cellB * m.sectorCount;
			const sc = this.sectorCount;
			mix += sc[sa + sq] - sc[sa + sp] + 1 + sc[sb + sp] - sc[sb + sq] + 1;
		}
		const mp = m.municipality[p];
		const mq = m.municipality[q];
		if (mp !== mq) {
			const ma = cellA * m.municipalityCount;
			const mb = cellB * m.municipalityCount;
			const mc = this.municipalityCount;
			mix += mc[ma + mq] - mc[ma + mp] + 1 + mc[mb + mp] - mc[mb + mq] + 1;
		}
		let total = pairs * w.pair + mix * w.mix;
		const ka = m.tableTopic[a];
		const kb = m.tableTopic[b];
		if (ka !== kb) total += this.topicChange(p, ka, kb) + this.topicChange(q, kb, ka);
		return total;
	}

	/** Weighted change of moving p from its table to a table with a free seat. */
	moveDelta(round: number, p: number, table: number): number {
		const m = this.model;
		const n = this.n;
		const w = this.weights;
		const a = this.seat[round * n + p];
		const cellA = round * this.tables + a;
		const cellB = round * this.tables + table;
		let pairs = 0;
		const baseA = cellA * this.stride;
		const sizeA = this.size[cellA];
		for (let i = 0; i < sizeA; i++) {
			const x = this.members[baseA + i];
			if (x !== p && this.meetings[p * n + x] >= 2) pairs--;
		}
		const baseB = cellB * this.stride;
		const sizeB = this.size[cellB];
		for (let i = 0; i < sizeB; i++) {
			if (this.meetings[p * n + this.members[baseB + i]] >= 1) pairs++;
		}
		const s = m.sector[p];
		const mu = m.municipality[p];
		const mix =
			this.sectorCount[cellB * m.sectorCount + s] -
			this.sectorCount[cellA * m.sectorCount + s] +
			1 +
			this.municipalityCount[cellB * m.municipalityCount + mu] -
			this.municipalityCount[cellA * m.municipalityCount + mu] +
			1;
		let total = pairs * w.pair + mix * w.mix + 2 * sizeB - 2 * sizeA + 2;
		const ka = m.tableTopic[a];
		const kb = m.tableTopic[table];
		if (ka !== kb) total += this.topicChange(p, ka, kb);
		return total;
	}

	private topicChange(p: number, from: number, to: number): number {
		const m = this.model;
		const w = this.weights;
		const base = p * m.topicCount;
		const left = this.visits[base + from];
		const target = this.visits[base + to];
		let total = 0;
		if (left >= 2) total -= w.topic;
		else if (m.prefers[base + from] === 1) total += w.preference;
		if (target >= 1) total += w.topic;
		else if (m.prefers[base + to] === 1) total -= w.preference;
		return total;
	}

	/** Rebuilds every count from a seat array, e.g. to go back to the best plan found. */
	load(seat: Int32Array): void {
		for (let round = 0; round < this.rounds; round++) {
			for (let p = 0; p < this.n; p++) {
				if (this.seat[round * this.n + p] >= 0) this.unplace(round, p);
			}
		}
		for (let round = 0; round < this.rounds; round++) {
			for (let p = 0; p < this.n; p++) {
				const table = seat[round * this.n + p];
				if (table >= 0) this.place(round, p, table);
			}
		}
	}
}
