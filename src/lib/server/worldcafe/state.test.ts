import { describe, expect, it } from 'vitest';
import { buildModel } from './model';
import { createRandom } from './random';
import { SeatingState } from './state';
import { smallConference } from './testing';

function randomlySeated(seed: number) {
	const input = smallConference(30, 6, 3);
	input.participants = input.participants.map((person, i) => ({
		...person,
		preferredTopics: i % 3 === 0 ? ['Quartier'] : ['Vernetzung', 'Wohlfahrtspflege']
	}));
	const model = buildModel(input);
	const state = new SeatingState(model, model.maxCapacity);
	const rng = createRandom(seed);
	for (let round = 0; round < model.rounds; round++) {
		for (let p = 0; p < state.n; p++) {
			const host = model.hostTable[p];
			if (host >= 0) {
				state.place(round, p, host);
				continue;
			}
			let table = rng.int(state.tables);
			while (!state.hasRoom(round, table)) table = rng.int(state.tables);
			state.place(round, p, table);
		}
	}
	return { state, model, rng };
}

function recount(state: SeatingState) {
	const copy = new SeatingState(state.model, state.model.maxCapacity);
	copy.load(state.seat);
	return copy.weightedTotal();
}

describe('SeatingState', () => {
	it('predicts the change of every swap and move exactly', () => {
		const { state, rng } = randomlySeated(5);
		for (let step = 0; step < 300; step++) {
			const round = rng.int(state.rounds);
			const p = 6 + rng.int(state.n - 6);
			const before = state.weightedTotal();
			const q = 6 + rng.int(state.n - 6);
			if (rng.next() < 0.5 && state.tableOf(round, p) !== state.tableOf(round, q)) {
				const delta = state.swapDelta(round, p, q);
				state.swap(round, p, q);
				expect(state.weightedTotal() - before).toBe(delta);
				continue;
			}
			const table = rng.int(state.tables);
			if (table === state.tableOf(round, p) || !state.hasRoom(round, table)) continue;
			const delta = state.moveDelta(round, p, table);
			state.move(round, p, table);
			expect(state.weightedTotal() - before).toBe(delta);
		}
		expect(state.weightedTotal()).toBe(recount(state));
	});
});
