import type { Random } from './random';
import { compareObjective, type ObjectiveValue, type SeatingState } from './state';

export interface SearchControl {
	rng: Random;
	/** Rounds the search may change; finished rounds stay as they are. */
	freeRounds: readonly number[];
	shouldStop: (iterations: number) => boolean;
	/** Best conceivable value of each objective; reaching all of them ends the search. */
	bound: ObjectiveValue;
}

export interface SearchOutcome {
	iterations: number;
	perturbations: number;
	reachedLowerBound: boolean;
}

/**
 * One candidate change: swap p with q, or (q = -1) move p to a table with a free seat, or
 * (round2 >= 0) swap p and q in two rounds at once, so that both keep their set of topics.
 */
interface Choice {
	delta: number;
	round: number;
	round2: number;
	p: number;
	q: number;
	table: number;
	ties: number;
}

// Tenure and stall limits follow the magnitudes Dotú & Van Hentenryck report for the social
// golfer problem (short random tenure, restart from the best plan after a long stall); the exact
// values were tuned on the instances in bench/worldcafe.ts.
const TENURE_MIN = 4;
const TENURE_SPREAD = 8;
const HARD_STALL = 3000;
const SOFT_STALL_PER_PERSON = 40;
/** Share of steps spent on conflict repair while conflicts remain, so mixing still improves. */
const HARD_SHARE = 0.85;
/** Two-round exchanges cost a trial swap each; looking at them in a quarter of scans suffices. */
const EXCHANGE_SHARE = 0.25;

export function reachedBound(state: SeatingState, bound: ObjectiveValue): boolean {
	return (
		state.topicRepeats <= bound.topicRepeats &&
		state.repeatPairs <= bound.repeatPairs &&
		state.sameCategoryPairs <= bound.sameCategoryPairs &&
		state.preferencesMet >= bound.preferencesMet &&
		state.sizeSquares <= bound.sizeSquares
	);
}

/**
 * Tabu search over swaps within a round (and moves to free seats), in the style of Dotú & Van
 * Hentenryck's local search for the social golfer problem: while repeat pairs or avoidable topic
 * repeats remain, look at every move of every person involved in one and take the best move that
 * is not tabu, even an uphill one; once those conflicts are gone, improve mixing, preferences and
 * balance with cheaper sampled steps that never go uphill. After a long stall, go back to the
 * best plan and shake it with a few random swaps.
 */
export function improveSeating(state: SeatingState, control: SearchControl): SearchOutcome {
	const { rng, freeRounds, bound } = control;
	const n = state.n;
	const tables = state.tables;
	const movable = freeRounds.map((round) => movableIn(state, round));
	const tabu = new Int32Array(state.rounds * n * tables);
	const choice: Choice = {
		delta: Infinity,
		round: -1,
		round2: -1,
		p: -1,
		q: -1,
		table: -1,
		ties: 0
	};
	const softStall = SOFT_STALL_PER_PERSON * Math.max(1, n);

	let best = state.objective();
	let bestSeat = state.seat.slice();
	let iterations = 0;
	let sinceBest = 0;
	let perturbations = 0;

	const isTabu = (round: number, p: number, table: number, iteration: number) =>
		tabu[(round * n + p) * tables + table] > iteration;

	function consider(
		delta: number,
		round: number,
		p: number,
		q: number,
		table: number,
		round2 = -1
	) {
		if (delta < choice.delta) {
			choice.ties = 1;
		} else if (delta > choice.delta || rng.int(++choice.ties) !== 0) {
			return;
		}
		choice.delta = delta;
		choice.round = round;
		choice.round2 = round2;
		choice.p = p;
		choice.q = q;
		choice.table = table;
	}

	/**
	 * When there are no more topics than rounds, a plain swap between tables of different topics
	 * always sends someone to a topic twice. Swapping the same two people in a second round, where
	 * their topics are the other way round, keeps everyone's topics and still changes who meets.
	 */
	function scanTopicExchanges(round: number, p: number, people: Int32Array, aspiration: number) {
		const topicOf = state.model.tableTopic;
		const from = state.tableOf(round, p);
		for (const round2 of freeRounds) {
			if (round2 === round) continue;
			const from2 = state.tableOf(round2, p);
			if (from2 < 0 || topicOf[from2] === topicOf[from]) continue;
			for (let i = 0; i < people.length; i++) {
				const q = people[i];
				const to = state.tableOf(round, q);
				if (topicOf[to] !== topicOf[from2]) continue;
				const to2 = state.tableOf(round2, q);
				if (to2 < 0 || topicOf[to2] !== topicOf[from]) continue;
				const first = state.swapDelta(round, p, q);
				if (first > choice.delta + state.weights.topic) continue;
				state.swap(round, p, q);
				const delta = first + state.swapDelta(round2, p, q);
				state.swap(round, p, q);
				if (delta > choice.delta) continue;
				const forbidden = isTabu(round, p, to, iterations) || isTabu(round2, p, to2, iterations);
				if (forbidden && delta >= aspiration) continue;
				consider(delta, round, p, q, to, round2);
			}
		}
	}

	function scanMoves(round: number, p: number, people: Int32Array, aspiration: number) {
		const from = state.tableOf(round, p);
		for (let i = 0; i < people.length; i++) {
			const q = people[i];
			const to = state.tableOf(round, q);
			if (to === from || to < 0) continue;
			const delta = state.swapDelta(round, p, q);
			if (delta > choice.delta) continue;
			const forbidden = isTabu(round, p, to, iterations) || isTabu(round, q, from, iterations);
			if (forbidden && delta >= aspiration) continue;
			consider(delta, round, p, q, to);
		}
		for (let table = 0; table < tables; table++) {
			if (table === from || !state.hasRoom(round, table)) continue;
			const delta = state.moveDelta(round, p, table);
			if (isTabu(round, p, table, iterations) && delta >= aspiration) continue;
			consider(delta, round, p, -1, table);
		}
		if (rng.next() < EXCHANGE_SHARE) scanTopicExchanges(round, p, people, aspiration);
	}

	function apply(): void {
		const { round, round2, p, q, table } = choice;
		const from = state.tableOf(round, p);
		const tenure = () => iterations + TENURE_MIN + rng.int(TENURE_SPREAD);
		if (round2 >= 0) {
			tabu[(round2 * n + p) * tables + state.tableOf(round2, p)] = tenure();
			state.swap(round, p, q);
			state.swap(round2, p, q);
		} else if (q >= 0) {
			state.swap(round, p, q);
			tabu[(round * n + q) * tables + table] = tenure();
		} else {
			state.move(round, p, table);
		}
		tabu[(round * n + p) * tables + from] = tenure();
	}

	function resetChoice() {
		choice.delta = Infinity;
		choice.ties = 0;
		choice.q = -1;
		choice.round2 = -1;
	}

	function hardStep(aspiration: number): boolean {
		resetChoice();
		const topicsAvoidable = state.topicRepeats > bound.topicRepeats;
		for (let i = 0; i < freeRounds.length; i++) {
			const round = freeRounds[i];
			const people = movable[i];
			for (let j = 0; j < people.length; j++) {
				const p = people[j];
				if (isConflicted(state, round, p, topicsAvoidable)) scanMoves(round, p, people, aspiration);
			}
		}
		if (choice.ties === 0) return false;
		apply();
		return true;
	}

	function softStep(aspiration: number): void {
		resetChoice();
		const i = rng.int(freeRounds.length);
		const round = freeRounds[i];
		const people = movable[i];
		if (people.length === 0) return;
		let p = people[rng.int(people.length)];
		for (let attempt = 0; attempt < 6 && !wantsChange(state, round, p); attempt++) {
			p = people[rng.int(people.length)];
		}
		scanMoves(round, p, people, aspiration);
		if (choice.ties > 0 && choice.delta <= 0) apply();
	}

	function perturb(): void {
		state.load(bestSeat);
		tabu.fill(0);
		const swaps = 2 + rng.int(Math.max(1, Math.ceil(0.01 * n * freeRounds.length)));
		for (let s = 0; s < swaps; s++) {
			const i = rng.int(freeRounds.length);
			const people = movable[i];
			if (people.length < 2) continue;
			const p = people[rng.int(people.length)];
			const q = people[rng.int(people.length)];
			if (state.tableOf(freeRounds[i], p) !== state.tableOf(freeRounds[i], q)) {
				state.swap(freeRounds[i], p, q);
			}
		}
		perturbations++;
	}

	if (freeRounds.length === 0 || reachedBound(state, bound)) {
		return { iterations, perturbations, reachedLowerBound: reachedBound(state, bound) };
	}

	while (!control.shouldStop(iterations)) {
		iterations++;
		const aspiration = weightedGap(state, best);
		const hard = state.repeatPairs > bound.repeatPairs || state.topicRepeats > bound.topicRepeats;
		if (!(hard && rng.next() < HARD_SHARE && hardStep(aspiration))) softStep(aspiration);

		if (compareObjective(state.objective(), best) < 0) {
			best = state.objective();
			bestSeat = state.seat.slice();
			sinceBest = 0;
			if (reachedBound(state, bound)) break;
		} else if (++sinceBest > (hard ? HARD_STALL : softStall)) {
			perturb();
			sinceBest = 0;
		}
	}

	state.load(bestSeat);
	return { iterations, perturbations, reachedLowerBound: reachedBound(state, bound) };
}

/** How much better than now a move must be to beat the best plan: tabu moves need that. */
function weightedGap(state: SeatingState, best: ObjectiveValue): number {
	const w = state.weights;
	return (
		(best.topicRepeats - state.topicRepeats) * w.topic +
		(best.repeatPairs - state.repeatPairs) * w.pair +
		(best.sameCategoryPairs - state.sameCategoryPairs) * w.mix -
		(best.preferencesMet - state.preferencesMet) * w.preference +
		(best.sizeSquares - state.sizeSquares)
	);
}

function movableIn(state: SeatingState, round: number): Int32Array {
	const people: number[] = [];
	for (let p = 0; p < state.n; p++) {
		if (!state.isHost(p) && state.tableOf(round, p) >= 0) people.push(p);
	}
	return Int32Array.from(people);
}

function isConflicted(
	state: SeatingState,
	round: number,
	p: number,
	topicsAvoidable: boolean
): boolean {
	const table = state.tableOf(round, p);
	if (topicsAvoidable && state.visitsOf(p, state.model.tableTopic[table]) >= 2) return true;
	const size = state.tableSize(round, table);
	for (let i = 0; i < size; i++) {
		const x = state.member(round, table, i);
		if (x !== p && state.meetingsOf(p, x) >= 2) return true;
	}
	return false;
}

/** Someone whose seat leaves room for improvement below the hard objectives. */
function wantsChange(state: SeatingState, round: number, p: number): boolean {
	const table = state.tableOf(round, p);
	if (state.sameSectorMates(round, table, p) > 0) return true;
	if (state.sameMunicipalityMates(round, table, p) > 0) return true;
	const m = state.model;
	const topic = m.tableTopic[table];
	if (m.prefers[p * m.topicCount + topic] === 1) return false;
	for (let k = 0; k < m.topicCount; k++) {
		if (m.prefers[p * m.topicCount + k] === 1) return true;
	}
	return false;
}
