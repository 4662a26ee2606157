import { describe, expect, it } from 'vitest';
import { WorldCafeError } from './errors';
import { replanSeating, solveSeating } from './solver';
import { aParticipant, aTable, golferInstance, smallConference, tableOf } from './testing';
import type { SeatingPlan, WorldCafeInput } from './types';

const quick = { seed: 7, maxIterations: 3000 };

function seatCounts(plan: SeatingPlan, round: number): Map<string, number> {
	const counts = new Map<string, number>();
	for (const seating of plan.rounds[round]) {
		for (const id of seating.participantIds) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
}

describe('solveSeating', () => {
	const conference = smallConference(40, 9);

	it('seats every participant exactly once in every round', () => {
		const { plan } = solveSeating(conference, quick);
		expect(plan.rounds).toHaveLength(3);
		for (let round = 0; round < 3; round++) {
			const counts = seatCounts(plan, round);
			expect(counts.size).toBe(40);
			expect([...counts.values()].every((count) => count === 1)).toBe(true);
		}
	});

	it('never seats more people at a table than it has chairs', () => {
		const tight: WorldCafeInput = {
			...conference,
			tables: conference.tables.map((table) => ({ ...table, capacity: 5 })),
			participants: conference.participants.slice(0, 44)
		};
		const { plan, quality } = solveSeating(tight, quick);
		const capacity = new Map(tight.tables.map((table) => [table.id, table.capacity]));
		for (const round of plan.rounds) {
			for (const seating of round) {
				expect(seating.participantIds.length).toBeLessThanOrEqual(
					capacity.get(seating.tableId) ?? 0
				);
			}
		}
		expect(quality.capacityViolations).toBe(0);
	});

	it('keeps every host at their own table in every round', () => {
		const { plan, quality } = solveSeating(conference, quick);
		for (const host of conference.participants.filter((person) => person.hostTableId)) {
			for (let round = 0; round < 3; round++) {
				expect(tableOf(plan, round, host.id)).toBe(host.hostTableId);
			}
		}
		expect(quality.hostViolations).toBe(0);
	});

	it('sends nobody to the same topic twice when there are as many topics as rounds', () => {
		const { quality } = solveSeating(conference, quick);
		expect(quality.topicRepeats).toBe(0);
		expect(quality.repeatPairs).toBe(0);
	});

	it('repeats topics only as often as unavoidable when there are more rounds than topics', () => {
		const { quality } = solveSeating(smallConference(24, 6, 4), quick);
		expect(quality.topicRepeatsUnavoidable).toBe(18);
		expect(quality.topicRepeats).toBe(18);
	});

	it("solves Kirkman's fifteen schoolgirls without any repeat encounter", () => {
		for (const seed of [1, 2, 3]) {
			const { quality, search } = solveSeating(golferInstance(5, 3, 7), {
				seed,
				maxIterations: 200_000
			});
			expect(quality.repeatPairs).toBe(0);
			expect(search.reachedLowerBound).toBe(true);
		}
	});

	it('solves the 8-4-9 social golfer instance without any repeat encounter, at once', () => {
		for (const seed of [1, 2]) {
			const { quality, search } = solveSeating(golferInstance(8, 4, 9), {
				seed,
				maxIterations: 1000
			});
			expect(quality.repeatPairs).toBe(0);
			expect(search.reachedLowerBound).toBe(true);
		}
	});

	it('mixes sectors completely when every table can take one of each', () => {
		const sectors = ['Wissenschaft', 'Politik', 'Kommunalverwaltung', 'Freie Wohlfahrtspflege'];
		const input: WorldCafeInput = {
			participants: Array.from({ length: 16 }, (_, i) =>
				aParticipant(`p${i}`, { sector: sectors[i % 4], municipality: `Ort ${i}` })
			),
			tables: ['A', 'B', 'C', 'D'].map((id) => aTable(id, { topic: 'Vernetzung', capacity: 4 })),
			rounds: 2
		};
		const { quality } = solveSeating(input, quick);
		expect(quality.sectorsPerTable.min).toBe(4);
		expect(quality.repeatPairs).toBe(0);
	});

	it('honours topic preferences once encounters and mixing are taken care of', () => {
		const input: WorldCafeInput = {
			participants: [
				aParticipant('a', { sector: 'S1', preferredTopics: ['Wohnen', 'Bildung'] }),
				aParticipant('b', { sector: 'S2', preferredTopics: ['Wohnen', 'Bildung'] }),
				aParticipant('c', { sector: 'S3', preferredTopics: ['Kultur', 'Arbeit'] }),
				aParticipant('d', { sector: 'S4', preferredTopics: ['Kultur', 'Arbeit'] })
			].map((person, i) => ({ ...person, municipality: `Ort ${i}` })),
			tables: ['Wohnen', 'Bildung', 'Kultur', 'Arbeit', 'Gesundheit'].map((topic) =>
				aTable(topic, { topic, capacity: 4 })
			),
			rounds: 2
		};
		const { quality } = solveSeating(input, quick);
		expect(quality.preferencesMet).toBe(8);
		expect(quality.preferencesPossible).toBe(8);
		expect(quality.repeatPairs).toBe(0);
	});

	it('balances table sizes when there are more chairs than people', () => {
		const input: WorldCafeInput = {
			participants: Array.from({ length: 10 }, (_, i) =>
				aParticipant(`p${i}`, { sector: `S${i}`, municipality: `Ort ${i}` })
			),
			tables: ['A', 'B', 'C'].map((id) => aTable(id, { topic: 'Vernetzung', capacity: 8 })),
			rounds: 1
		};
		expect(solveSeating(input, quick).quality.tableSizeSpread).toBe(1);
	});

	it('returns the same plan for the same seed and step budget', () => {
		const first = solveSeating(conference, { seed: 42, maxIterations: 2000 });
		const second = solveSeating(conference, { seed: 42, maxIterations: 2000 });
		expect(second.plan).toEqual(first.plan);
	});

	it('stops within its time budget on an injected clock', () => {
		let clock = 0;
		const result = solveSeating(golferInstance(8, 4, 10), {
			seed: 1,
			timeBudgetMs: 50,
			now: () => (clock += 1)
		});
		// The clock is read every few steps, so the search overshoots by at most a few readings.
		expect(result.search.elapsedMs).toBeGreaterThanOrEqual(50);
		expect(result.search.iterations).toBeLessThan(1000);
	});

	describe('rejects invalid input with a German message', () => {
		function errorOf(run: () => unknown): WorldCafeError {
			try {
				run();
			} catch (error) {
				if (error instanceof WorldCafeError) return error;
				throw error;
			}
			throw new Error('no error thrown');
		}

		it('when the tables have fewer chairs than there are participants', () => {
			const input: WorldCafeInput = {
				participants: ['a', 'b', 'c'].map((id) => aParticipant(id)),
				tables: [aTable('T1', { capacity: 2 })],
				rounds: 2
			};
			const error = errorOf(() => solveSeating(input, quick));
			expect(error.code).toBe('zu_wenige_plaetze');
			expect(error.message).toContain('weniger Plätze');
		});

		it('when a host is pinned to a table that does not exist', () => {
			const input: WorldCafeInput = {
				participants: [aParticipant('a', { hostTableId: 'T9' })],
				tables: [aTable('T1')],
				rounds: 2
			};
			const error = errorOf(() => solveSeating(input, quick));
			expect(error.code).toBe('unbekannter_gastgebertisch');
			expect(error.field).toBe('a');
			expect(error.message).toContain('Tisch');
		});

		it('when a table has more hosts than chairs', () => {
			const input: WorldCafeInput = {
				participants: ['a', 'b'].map((id) => aParticipant(id, { hostTableId: 'T1' })),
				tables: [aTable('T1', { capacity: 1 }), aTable('T2')],
				rounds: 1
			};
			expect(errorOf(() => solveSeating(input, quick)).code).toBe('zu_viele_gastgebende');
		});

		it('when a person or a table is listed twice, or the rounds make no sense', () => {
			const base: WorldCafeInput = {
				participants: [aParticipant('a')],
				tables: [aTable('T1')],
				rounds: 1
			};
			const twice = { ...base, participants: [aParticipant('a'), aParticipant('a')] };
			expect(errorOf(() => solveSeating(twice, quick)).code).toBe('person_doppelt');
			const tables = { ...base, tables: [aTable('T1'), aTable('T1')] };
			expect(errorOf(() => solveSeating(tables, quick)).code).toBe('tisch_doppelt');
			expect(errorOf(() => solveSeating({ ...base, rounds: 0 }, quick)).code).toBe(
				'ungueltige_rundenzahl'
			);
		});

		it('when a time budget comes without a clock', () => {
			const input = golferInstance(5, 3, 2);
			const error = errorOf(() => solveSeating(input, { seed: 1, timeBudgetMs: 100 }));
			expect(error.code).toBe('zeitbudget_ohne_uhr');
		});
	});
});

describe('replanSeating', () => {
	const conference = smallConference(40, 9);
	const morning = solveSeating(conference, quick).plan;
	const noShows = new Set(['p20', 'p21', 'p22']);
	const lateArrivals = [
		aParticipant('late1', { sector: 'Politik', municipality: 'Hamm' }),
		aParticipant('late2', { sector: 'Wissenschaft', municipality: 'Herne' })
	];
	const afternoon: WorldCafeInput = {
		...conference,
		participants: [
			...conference.participants.filter((person) => !noShows.has(person.id)),
			...lateArrivals
		]
	};

	it('keeps the finished rounds exactly as they were', () => {
		const { plan } = replanSeating(
			{ ...afternoon, previousPlan: morning, finishedRounds: 1 },
			quick
		);
		expect(plan.rounds[0]).toEqual(morning.rounds[0]);
		expect(plan.rounds).toHaveLength(3);
	});

	it('seats late arrivals and drops no-shows in the remaining rounds', () => {
		const { plan, quality } = replanSeating(
			{ ...afternoon, previousPlan: morning, finishedRounds: 1 },
			quick
		);
		for (const round of [1, 2]) {
			const counts = seatCounts(plan, round);
			expect(counts.size).toBe(39);
			for (const person of lateArrivals) expect(counts.get(person.id)).toBe(1);
			for (const id of noShows) expect(counts.has(id)).toBe(false);
		}
		expect(quality.capacityViolations).toBe(0);
		expect(quality.hostViolations).toBe(0);
		expect(quality.repeatPairs).toBe(0);
		expect(quality.topicRepeats).toBe(0);
	});

	it('changes nothing when every round is finished', () => {
		const { plan } = replanSeating(
			{ ...afternoon, previousPlan: morning, finishedRounds: 3 },
			quick
		);
		expect(plan).toEqual(morning);
	});

	it('replans 200 people within its time budget without repeat encounters', () => {
		const big = smallConference(200, 30);
		const before = solveSeating(big, { seed: 3, maxIterations: 2000 }).plan;
		const later = { ...big, participants: big.participants.slice(0, 190) };
		const { quality } = replanSeating(
			{ ...later, previousPlan: before, finishedRounds: 1 },
			{
				seed: 3,
				timeBudgetMs: 300,
				now: () => performance.now()
			}
		);
		expect(quality.capacityViolations).toBe(0);
		expect(quality.repeatPairs).toBe(0);
	});

	it('rejects a previous plan that names a table that does not exist', () => {
		const broken: SeatingPlan = {
			rounds: [[{ tableId: 'Balkon', participantIds: ['p1'] }], ...morning.rounds.slice(1)]
		};
		expect(() =>
			replanSeating({ ...afternoon, previousPlan: broken, finishedRounds: 1 }, quick)
		).toThrowError(WorldCafeError);
	});

	it('rejects more finished rounds than the plan has', () => {
		expect(() =>
			replanSeating({ ...afternoon, previousPlan: morning, finishedRounds: 4 }, quick)
		).toThrowError(/abgeschlossenen Runden/);
	});
});
