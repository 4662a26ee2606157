import { designedRounds, designedTable, finiteField, seatGreedily, seatHosts } from './construct';
import { WorldCafeError } from './errors';
import { buildModel, type CafeModel } from './model';
import { assessPlan } from './quality';
import { createRandom, type Random } from './random';
import { improveSeating } from './search';
import { SeatingState, compareObjective, type ObjectiveValue } from './state';
import type {
	ReplanInput,
	SeatingPlan,
	SolveOptions,
	SolveResult,
	TableSeating,
	WorldCafeInput
} from './types';

/** Without a clock or an explicit limit the search stops after this many steps. */
export const DEFAULT_MAX_ITERATIONS = 20_000;

/**
 * Seats every participant at one table per round: greedy start, then tabu search until the time
 * or step budget is spent or every objective reaches its lower bound.
 */
export function solveSeating(input: WorldCafeInput, options: SolveOptions): SolveResult {
	const budget = readBudget(options);
	const model = buildModel(input);
	const rng = createRandom(options.seed);
	const everyone = model.participantIds.map((_, p) => p);
	const rounds = everyone.length === 0 ? [] : range(0, model.rounds);
	const greedy = new SeatingState(model, model.maxCapacity);
	for (const round of rounds) {
		seatHosts(greedy, round, everyone);
		seatGreedily(greedy, round, rng.shuffle(nonHosts(model, everyone)), rng);
	}
	const designed = designedStart(model, rounds, everyone, rng);
	const state =
		designed && compareObjective(designed.objective(), greedy.objective()) < 0 ? designed : greedy;
	const bound = lowerBound(state, range(0, model.rounds), emptyFixedPart());
	const outcome = improveSeating(state, {
		rng,
		freeRounds: rounds,
		shouldStop: budget.shouldStop,
		bound
	});
	const plan = planFromState(state, input, []);
	return {
		plan,
		quality: assessPlan(input, plan),
		search: { ...outcome, ...budget.elapsed() }
	};
}

/**
 * A second starting plan from an algebraic design, when the number of tables is a prime power:
 * as many guests as fill k seats at every table (k ≤ tables) are seated so that none of them
 * meets another twice in the design's rounds; the rest, and any rounds beyond the design, are
 * seated greedily. Null when no design applies. The solver starts from whichever start is better,
 * so topics, mixing and preferences still decide where the design does not help.
 */
function designedStart(
	model: CafeModel,
	rounds: readonly number[],
	everyone: readonly number[],
	rng: Random
): SeatingState | null {
	const field = finiteField(model.tableIds.length);
	if (!field) return null;
	const guests = rng.shuffle(nonHosts(model, everyone));
	const k = Math.min(field.q, Math.floor(guests.length / field.q));
	if (k < 2) return null;
	const core = guests.slice(0, field.q * k);
	const state = new SeatingState(model, model.maxCapacity);
	for (const round of rounds) {
		seatHosts(state, round, everyone);
		if (round >= designedRounds(field.q, k)) {
			seatGreedily(state, round, rng.shuffle([...guests]), rng);
			continue;
		}
		const unseated = guests.slice(field.q * k);
		core.forEach((p, index) => {
			const table = designedTable(field, k, round, Math.floor(index / field.q), index % field.q);
			if (state.hasRoom(round, table)) state.place(round, p, table);
			else unseated.push(p);
		});
		seatGreedily(state, round, unseated, rng);
	}
	return state;
}

/**
 * Re-plans the rounds still to come on the day: finished rounds stay exactly as they were, people
 * no longer in `participants` (no-shows) leave the remaining rounds, new people (late arrivals)
 * join them. The previous plan's remaining rounds are the starting point, so most people keep
 * the seat they were told about unless moving them buys something.
 */
export function replanSeating(input: ReplanInput, options: SolveOptions): SolveResult {
	const budget = readBudget(options);
	const model = buildModel(input);
	const { previousPlan, finishedRounds } = input;
	if (!Number.isInteger(finishedRounds) || finishedRounds < 0 || finishedRounds > input.rounds) {
		throw new WorldCafeError('ungueltige_abgeschlossene_runden', 'finishedRounds');
	}
	if (previousPlan.rounds.length < finishedRounds) {
		throw new WorldCafeError('plan_zu_kurz', 'previousPlan');
	}
	const finished = previousPlan.rounds.slice(0, finishedRounds);
	const tableIndex = new Map(model.tableIds.map((id, t) => [id, t]));
	const personIndex = new Map(model.participantIds.map((id, p) => [id, p]));
	const fixedSeats = finished.map((round, r) =>
		seatsOfRound(round, r, tableIndex, personIndex, true)
	);

	const state = new SeatingState(model, Math.max(model.maxCapacity, largestTable(finished)));
	fixedSeats.forEach((seats, round) => seats.forEach((table, p) => state.place(round, p, table)));
	const fixedPart = state.objective();

	const rng = createRandom(options.seed);
	const everyone = model.participantIds.map((_, p) => p);
	const freeRounds = everyone.length === 0 ? [] : range(finishedRounds, model.rounds);
	for (const round of freeRounds) {
		seatHosts(state, round, everyone);
		const earlier = previousPlan.rounds[round];
		const kept = earlier
			? seatsOfRound(earlier, round, tableIndex, personIndex, false)
			: new Map<number, number>();
		const newcomers: number[] = [];
		for (const p of nonHosts(model, everyone)) {
			const table = kept.get(p);
			if (table !== undefined && state.hasRoom(round, table)) state.place(round, p, table);
			else newcomers.push(p);
		}
		seatGreedily(state, round, rng.shuffle(newcomers), rng);
	}
	const bound = lowerBound(state, freeRounds, fixedPart);
	const outcome = improveSeating(state, {
		rng,
		freeRounds,
		shouldStop: budget.shouldStop,
		bound
	});
	const plan = planFromState(state, input, finished);
	return {
		plan,
		quality: assessPlan(input, plan),
		search: { ...outcome, ...budget.elapsed() }
	};
}

interface Budget {
	shouldStop: (iterations: number) => boolean;
	elapsed: () => { elapsedMs?: number };
}

function readBudget(options: SolveOptions): Budget {
	const { timeBudgetMs, now, maxIterations } = options;
	if (maxIterations !== undefined && (!Number.isInteger(maxIterations) || maxIterations < 0)) {
		throw new WorldCafeError('ungueltige_schrittzahl', 'maxIterations');
	}
	if (timeBudgetMs === undefined) {
		const limit = maxIterations ?? DEFAULT_MAX_ITERATIONS;
		const started = now?.();
		return {
			shouldStop: (iterations) => iterations >= limit,
			elapsed: () => (now && started !== undefined ? { elapsedMs: now() - started } : {})
		};
	}
	if (!Number.isFinite(timeBudgetMs) || timeBudgetMs < 0) {
		throw new WorldCafeError('ungueltiges_zeitbudget', 'timeBudgetMs');
	}
	if (now === undefined) throw new WorldCafeError('zeitbudget_ohne_uhr', 'now');
	const limit = maxIterations ?? Infinity;
	const deadline = now() + timeBudgetMs;
	const started = deadline - timeBudgetMs;
	return {
		// Reading the clock costs little, but a step on a small instance costs even less.
		shouldStop: (iterations) => iterations >= limit || (iterations % 8 === 0 && now() >= deadline),
		elapsed: () => ({ elapsedMs: now() - started })
	};
}

/**
 * Reads one round of a plan into participant → table. Finished rounds must name known tables;
 * for the starting point of the remaining rounds, unknown tables and people are just skipped.
 */
function seatsOfRound(
	round: readonly TableSeating[],
	roundIndex: number,
	tableIndex: Map<string, number>,
	personIndex: Map<string, number>,
	strict: boolean
): Map<number, number> {
	const seats = new Map<number, number>();
	for (const seating of round) {
		const table = tableIndex.get(seating.tableId);
		if (table === undefined) {
			if (strict) throw new WorldCafeError('plan_unbekannter_tisch', seating.tableId);
			continue;
		}
		for (const id of seating.participantIds) {
			const p = personIndex.get(id);
			if (p === undefined) continue;
			if (seats.has(p)) {
				if (strict)
					throw new WorldCafeError('plan_person_doppelt', `Runde ${roundIndex + 1}: ${id}`);
				continue;
			}
			seats.set(p, table);
		}
	}
	return seats;
}

function largestTable(rounds: readonly TableSeating[][]): number {
	let largest = 0;
	for (const round of rounds) {
		for (const seating of round) largest = Math.max(largest, seating.participantIds.length);
	}
	return largest;
}

function emptyFixedPart(): ObjectiveValue {
	return {
		topicRepeats: 0,
		repeatPairs: 0,
		sameCategoryPairs: 0,
		preferencesMet: 0,
		sizeSquares: 0
	};
}

/**
 * Optimistic bounds: repeat pairs no lower than in the finished rounds, topic repeats only where
 * there are more rounds than topics, each sector and municipality spread as evenly as the number
 * of tables allows, every wish that fits granted, table sizes as even as possible.
 */
function lowerBound(
	state: SeatingState,
	freeRounds: readonly number[],
	fixedPart: ObjectiveValue
): ObjectiveValue {
	const m = state.model;
	let topicRepeats = 0;
	let preferencesMet = 0;
	for (let p = 0; p < state.n; p++) {
		if (state.isHost(p)) continue;
		let attended = 0;
		for (let round = 0; round < state.rounds; round++) if (state.tableOf(round, p) >= 0) attended++;
		topicRepeats += Math.max(0, attended - m.topicCount);
		let wished = 0;
		for (let k = 0; k < m.topicCount; k++) wished += m.prefers[p * m.topicCount + k];
		preferencesMet += Math.min(wished, attended);
	}
	let sameCategoryPairs = fixedPart.sameCategoryPairs;
	let sizeSquares = fixedPart.sizeSquares;
	for (const round of freeRounds) {
		const present: number[] = [];
		for (let p = 0; p < state.n; p++) if (state.tableOf(round, p) >= 0) present.push(p);
		sameCategoryPairs += evenSpreadPairs(
			present.map((p) => m.sector[p]),
			state.tables
		);
		sameCategoryPairs += evenSpreadPairs(
			present.map((p) => m.municipality[p]),
			state.tables
		);
		sizeSquares += evenSpreadSquares(present.length, state.tables);
	}
	return {
		topicRepeats: Math.max(topicRepeats, fixedPart.topicRepeats),
		repeatPairs: fixedPart.repeatPairs,
		sameCategoryPairs,
		preferencesMet,
		sizeSquares
	};
}

function evenSpreadPairs(categories: number[], tables: number): number {
	const counts = new Map<number, number>();
	for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1);
	let pairs = 0;
	for (const count of counts.values()) {
		const low = Math.floor(count / tables);
		const fuller = count % tables;
		pairs += (fuller * ((low + 1) * low)) / 2 + ((tables - fuller) * (low * (low - 1))) / 2;
	}
	return pairs;
}

function evenSpreadSquares(people: number, tables: number): number {
	const low = Math.floor(people / tables);
	const fuller = people % tables;
	return fuller * (low + 1) ** 2 + (tables - fuller) * low ** 2;
}

function planFromState(
	state: SeatingState,
	input: WorldCafeInput,
	finished: readonly TableSeating[][]
): SeatingPlan {
	const rounds: TableSeating[][] = finished.map((round) =>
		round.map((seating) => ({
			tableId: seating.tableId,
			participantIds: [...seating.participantIds]
		}))
	);
	for (let round = finished.length; round < state.rounds; round++) {
		rounds.push(
			input.tables.map((table, t) => ({
				tableId: table.id,
				participantIds: seatedAt(state, round, t)
			}))
		);
	}
	return { rounds };
}

/** Hosts first, then everyone else in input order, so a printed list reads the same every time. */
function seatedAt(state: SeatingState, round: number, table: number): string[] {
	const people: number[] = [];
	for (let i = 0; i < state.tableSize(round, table); i++)
		people.push(state.member(round, table, i));
	people.sort((a, b) => Number(state.isHost(b)) - Number(state.isHost(a)) || a - b);
	return people.map((p) => state.model.participantIds[p]);
}

function nonHosts(model: CafeModel, people: readonly number[]): number[] {
	return people.filter((p) => model.hostTable[p] < 0);
}

function range(from: number, to: number): number[] {
	return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
