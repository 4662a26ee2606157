import type { PlanQuality, RangeSummary, SeatingPlan, WorldCafeInput } from './types';

/**
 * Scores any plan against the input, independently of the solver's incremental bookkeeping, so
 * the same report describes a solver plan, a hand-made plan and a random baseline. People in the
 * plan who are no longer in the input (no-shows in finished rounds) are left out.
 */
export function assessPlan(input: WorldCafeInput, plan: SeatingPlan): PlanQuality {
	const index = new Map(input.participants.map((person, p) => [person.id, p]));
	const tableById = new Map(input.tables.map((table) => [table.id, table]));
	const topics = new Set(input.tables.map((table) => table.topic));
	const n = input.participants.length;
	const meetings = new Uint16Array(n * n);
	const visits = input.participants.map(() => new Map<string, number>());
	const roundsAttended = new Int32Array(n);

	let repeatPairs = 0;
	let maxMeetings = 0;
	let sameSectorPairs = 0;
	let sameMunicipalityPairs = 0;
	let tableSizeSpread = 0;
	let capacityViolations = 0;
	let hostViolations = 0;
	let doubleSeats = 0;
	const sectorsPerTable: number[] = [];
	const municipalitiesPerTable: number[] = [];

	for (const round of plan.rounds) {
		const seatedThisRound = new Set<number>();
		const sizes: number[] = [];
		for (const seating of round) {
			const table = tableById.get(seating.tableId);
			const people: number[] = [];
			for (const id of seating.participantIds) {
				const p = index.get(id);
				if (p === undefined) continue;
				if (seatedThisRound.has(p)) doubleSeats++;
				seatedThisRound.add(p);
				people.push(p);
			}
			sizes.push(seating.participantIds.length);
			if (table !== undefined && seating.participantIds.length > table.capacity) {
				capacityViolations++;
			}
			for (let i = 0; i < people.length; i++) {
				for (let j = i + 1; j < people.length; j++) {
					const key = Math.min(people[i], people[j]) * n + Math.max(people[i], people[j]);
					meetings[key]++;
					if (meetings[key] > 1) repeatPairs++;
					maxMeetings = Math.max(maxMeetings, meetings[key]);
				}
			}
			const persons = people.map((p) => input.participants[p]);
			sameSectorPairs += samePairs(persons.map((person) => person.sector));
			sameMunicipalityPairs += samePairs(persons.map((person) => person.municipality));
			if (persons.length > 0) {
				sectorsPerTable.push(new Set(persons.map((person) => person.sector)).size);
				municipalitiesPerTable.push(new Set(persons.map((person) => person.municipality)).size);
			}
			for (const p of people) {
				const host = input.participants[p].hostTableId;
				if (host !== undefined) {
					if (host !== seating.tableId) hostViolations++;
					continue;
				}
				if (table !== undefined) visits[p].set(table.topic, (visits[p].get(table.topic) ?? 0) + 1);
			}
		}
		for (const p of seatedThisRound) roundsAttended[p]++;
		if (sizes.length > 0) {
			tableSizeSpread = Math.max(tableSizeSpread, Math.max(...sizes) - Math.min(...sizes));
		}
	}

	let topicRepeats = 0;
	let topicRepeatsUnavoidable = 0;
	let preferencesMet = 0;
	let preferencesPossible = 0;
	input.participants.forEach((person, p) => {
		if (person.hostTableId !== undefined) return;
		for (const count of visits[p].values()) topicRepeats += count - 1;
		topicRepeatsUnavoidable += Math.max(0, roundsAttended[p] - topics.size);
		const wished = new Set((person.preferredTopics ?? []).filter((topic) => topics.has(topic)));
		preferencesPossible += Math.min(wished.size, roundsAttended[p]);
		for (const topic of wished) if (visits[p].has(topic)) preferencesMet++;
	});

	return {
		repeatPairs,
		maxMeetings,
		sectorsPerTable: summarise(sectorsPerTable),
		municipalitiesPerTable: summarise(municipalitiesPerTable),
		sameSectorPairs,
		sameMunicipalityPairs,
		preferencesMet,
		preferencesPossible,
		topicRepeats,
		topicRepeatsUnavoidable,
		tableSizeSpread,
		capacityViolations,
		hostViolations,
		doubleSeats
	};
}

function samePairs(values: string[]): number {
	const counts = new Map<string, number>();
	let pairs = 0;
	for (const value of values) {
		const before = counts.get(value) ?? 0;
		pairs += before;
		counts.set(value, before + 1);
	}
	return pairs;
}

function summarise(values: number[]): RangeSummary {
	if (values.length === 0) return { min: 0, mean: 0 };
	const total = values.reduce((sum, value) => sum + value, 0);
	return { min: Math.min(...values), mean: total / values.length };
}
