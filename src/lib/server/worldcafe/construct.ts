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
