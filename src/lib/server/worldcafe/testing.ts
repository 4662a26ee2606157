import type { CafeTable, Participant, SeatingPlan, WorldCafeInput } from './types';

/** Test builders: each test states only what matters to it. */
export function aParticipant(id: string, overrides: Partial<Participant> = {}): Participant {
	return { id, sector: 'Kommunalverwaltung', municipality: 'Essen', ...overrides };
}

export function aTable(id: string, overrides: Partial<CafeTable> = {}): CafeTable {
	return { id, topic: `Thema ${id}`, capacity: 6, ...overrides };
}

/** g groups of s, all on one topic and without sectors: the social golfer problem. */
export function golferInstance(groups: number, size: number, rounds: number): WorldCafeInput {
	return {
		participants: Array.from({ length: groups * size }, (_, i) => aParticipant(`g${i}`)),
		tables: Array.from({ length: groups }, (_, t) =>
			aTable(`t${t}`, { topic: 'Golf', capacity: size })
		),
		rounds
	};
}

const SECTORS = ['Wissenschaft', 'Kommunalverwaltung', 'Politik', 'Freie Wohlfahrtspflege'];
const PLACES = ['Essen', 'Dortmund', 'Bochum', 'Herne', 'Hamm'];

/** A small conference: one host per table, three topics, mixed sectors and places. */
export function smallConference(people: number, tableCount: number, rounds = 3): WorldCafeInput {
	const topics = ['Quartier', 'Wohlfahrtspflege', 'Vernetzung'];
	const tables = Array.from({ length: tableCount }, (_, t) =>
		aTable(`T${t + 1}`, { topic: topics[t % topics.length], capacity: 7 })
	);
	const participants = Array.from({ length: people }, (_, i) =>
		aParticipant(`p${i + 1}`, {
			sector: SECTORS[i % SECTORS.length],
			municipality: PLACES[(i * 3) % PLACES.length],
			hostTableId: i < tableCount ? tables[i].id : undefined
		})
	);
	return { participants, tables, rounds };
}

export function tableOf(plan: SeatingPlan, round: number, id: string): string | undefined {
	return plan.rounds[round].find((seating) => seating.participantIds.includes(id))?.tableId;
}
