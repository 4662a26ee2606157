import { describe, expect, it } from 'vitest';
import { assessPlan } from './quality';
import { aParticipant, aTable } from './testing';
import type { SeatingPlan, WorldCafeInput } from './types';

function round(...tables: [string, string[]][]) {
	return tables.map(([tableId, participantIds]) => ({ tableId, participantIds }));
}

const threeFriends: WorldCafeInput = {
	participants: ['a', 'b', 'c', 'd'].map((id) => aParticipant(id)),
	tables: [aTable('T1', { topic: 'Wohnen' }), aTable('T2', { topic: 'Bildung' })],
	rounds: 3
};

describe('assessPlan', () => {
	it('counts every meeting of a pair beyond the first as one repeat', () => {
		// ab meet 3 times (2 repeats), ac and bc twice (1 each), d never meets anyone twice.
		const plan: SeatingPlan = {
			rounds: [
				round(['T1', ['a', 'b', 'c']], ['T2', ['d']]),
				round(['T1', ['d']], ['T2', ['a', 'b', 'c']]),
				round(['T1', ['a', 'b']], ['T2', ['c', 'd']])
			]
		};
		const quality = assessPlan(threeFriends, plan);
		expect(quality.repeatPairs).toBe(4);
		expect(quality.maxMeetings).toBe(3);
	});

	it('counts a second visit to the same topic, but never for hosts', () => {
		const input: WorldCafeInput = {
			participants: [aParticipant('guest'), aParticipant('host', { hostTableId: 'T1' })],
			tables: [
				aTable('T1', { topic: 'Wohnen' }),
				aTable('T2', { topic: 'Wohnen' }),
				aTable('T3', { topic: 'Bildung' })
			],
			rounds: 3
		};
		const plan: SeatingPlan = {
			rounds: [
				round(['T1', ['host', 'guest']], ['T2', []], ['T3', []]),
				round(['T1', ['host']], ['T2', ['guest']], ['T3', []]),
				round(['T1', ['host']], ['T2', []], ['T3', ['guest']])
			]
		};
		const quality = assessPlan(input, plan);
		expect(quality.topicRepeats).toBe(1);
		expect(quality.topicRepeatsUnavoidable).toBe(1);
	});

	it('reports distinct sectors and municipalities per table and the same-category pairs', () => {
		const input: WorldCafeInput = {
			participants: [
				aParticipant('a', { sector: 'Politik', municipality: 'Essen' }),
				aParticipant('b', { sector: 'Politik', municipality: 'Bochum' }),
				aParticipant('c', { sector: 'Wissenschaft', municipality: 'Essen' }),
				aParticipant('d', { sector: 'Wissenschaft', municipality: 'Essen' })
			],
			tables: [aTable('T1'), aTable('T2')],
			rounds: 1
		};
		const plan: SeatingPlan = { rounds: [round(['T1', ['a', 'b', 'c']], ['T2', ['d']])] };
		const quality = assessPlan(input, plan);
		expect(quality.sectorsPerTable).toEqual({ min: 1, mean: 1.5 });
		expect(quality.municipalitiesPerTable).toEqual({ min: 1, mean: 1.5 });
		expect(quality.sameSectorPairs).toBe(1);
		expect(quality.sameMunicipalityPairs).toBe(1);
	});

	it('counts preferred topics visited against those that fit into the rounds', () => {
		const input: WorldCafeInput = {
			participants: [
				aParticipant('a', { preferredTopics: ['Wohnen', 'Bildung', 'Kultur'] }),
				aParticipant('b', { preferredTopics: ['Gibt es nicht'] })
			],
			tables: [aTable('T1', { topic: 'Wohnen' }), aTable('T2', { topic: 'Bildung' })],
			rounds: 2
		};
		const plan: SeatingPlan = {
			rounds: [round(['T1', ['a']], ['T2', ['b']]), round(['T1', ['a', 'b']], ['T2', []])]
		};
		const quality = assessPlan(input, plan);
		expect(quality.preferencesMet).toBe(1);
		expect(quality.preferencesPossible).toBe(2);
	});

	it('flags over-full tables, hosts away from their table and people seated twice', () => {
		const input: WorldCafeInput = {
			participants: [
				aParticipant('a', { hostTableId: 'T1' }),
				aParticipant('b'),
				aParticipant('c')
			],
			tables: [aTable('T1', { capacity: 1 }), aTable('T2', { capacity: 1 })],
			rounds: 1
		};
		const plan: SeatingPlan = { rounds: [round(['T1', ['b', 'c']], ['T2', ['a', 'b']])] };
		const quality = assessPlan(input, plan);
		expect(quality.capacityViolations).toBe(2);
		expect(quality.hostViolations).toBe(1);
		expect(quality.doubleSeats).toBe(1);
	});

	it('reports the largest size difference between tables of one round', () => {
		const plan: SeatingPlan = {
			rounds: [
				round(['T1', ['a', 'b']], ['T2', ['c', 'd']]),
				round(['T1', ['a', 'b', 'c']], ['T2', ['d']]),
				round(['T1', ['a', 'c']], ['T2', ['b', 'd']])
			]
		};
		expect(assessPlan(threeFriends, plan).tableSizeSpread).toBe(2);
	});

	it('leaves out people in the plan who are no longer participants', () => {
		const plan: SeatingPlan = {
			rounds: [
				round(['T1', ['a', 'gone']], ['T2', ['b']]),
				round(['T1', ['b']], ['T2', ['a', 'gone']])
			]
		};
		expect(assessPlan(threeFriends, plan).repeatPairs).toBe(0);
	});
});
