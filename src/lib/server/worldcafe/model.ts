import { WorldCafeError } from './errors';
import type { WorldCafeInput } from './types';

/**
 * The input turned into dense integer indices, so the search can work on typed arrays: participant
 * p, table t, topic k, sector s and municipality m are all small integers.
 */
export interface CafeModel {
	participantIds: string[];
	tableIds: string[];
	rounds: number;
	sector: Int32Array;
	municipality: Int32Array;
	sectorCount: number;
	municipalityCount: number;
	/** Table index a host is pinned to, -1 for everyone else. */
	hostTable: Int32Array;
	capacity: Int32Array;
	tableTopic: Int32Array;
	topicCount: number;
	/** `prefers[p * topicCount + k]` is 1 when participant p asked for topic k. */
	prefers: Uint8Array;
	maxCapacity: number;
}

function indexer(): (value: string) => number {
	const known = new Map<string, number>();
	return (value) => {
		const found = known.get(value);
		if (found !== undefined) return found;
		known.set(value, known.size);
		return known.size - 1;
	};
}

function validateTables(input: WorldCafeInput): void {
	if (!Number.isInteger(input.rounds) || input.rounds < 1) {
		throw new WorldCafeError('ungueltige_rundenzahl', 'rounds');
	}
	if (input.tables.length === 0) throw new WorldCafeError('keine_tische', 'tables');
	const seen = new Set<string>();
	for (const table of input.tables) {
		if (seen.has(table.id)) throw new WorldCafeError('tisch_doppelt', table.id);
		seen.add(table.id);
		if (!Number.isInteger(table.capacity) || table.capacity < 1) {
			throw new WorldCafeError('ungueltige_kapazitaet', table.id);
		}
	}
}

function validateParticipants(input: WorldCafeInput, tableIndex: Map<string, number>): void {
	const seen = new Set<string>();
	const hostsAt = new Map<string, number>();
	for (const person of input.participants) {
		if (seen.has(person.id)) throw new WorldCafeError('person_doppelt', person.id);
		seen.add(person.id);
		if (person.hostTableId === undefined) continue;
		if (!tableIndex.has(person.hostTableId)) {
			throw new WorldCafeError('unbekannter_gastgebertisch', person.id);
		}
		hostsAt.set(person.hostTableId, (hostsAt.get(person.hostTableId) ?? 0) + 1);
	}
	for (const table of input.tables) {
		if ((hostsAt.get(table.id) ?? 0) > table.capacity) {
			throw new WorldCafeError('zu_viele_gastgebende', table.id);
		}
	}
	const seats = input.tables.reduce((sum, table) => sum + table.capacity, 0);
	if (seats < input.participants.length) throw new WorldCafeError('zu_wenige_plaetze', 'tables');
}

export function buildModel(input: WorldCafeInput): CafeModel {
	validateTables(input);
	const tableIndex = new Map(input.tables.map((table, t) => [table.id, t]));
	validateParticipants(input, tableIndex);

	const topicOf = indexer();
	const tableTopic = Int32Array.from(input.tables, (table) => topicOf(table.topic));
	const topicIndex = new Map(input.tables.map((table, t) => [table.topic, tableTopic[t]]));
	const topicCount = topicIndex.size;

	const sectorOf = indexer();
	const municipalityOf = indexer();
	const n = input.participants.length;
	const sector = new Int32Array(n);
	const municipality = new Int32Array(n);
	const hostTable = new Int32Array(n).fill(-1);
	const prefers = new Uint8Array(n * topicCount);
	input.participants.forEach((person, p) => {
		sector[p] = sectorOf(person.sector);
		municipality[p] = municipalityOf(person.municipality);
		if (person.hostTableId !== undefined) hostTable[p] = tableIndex.get(person.hostTableId) ?? -1;
		for (const topic of person.preferredTopics ?? []) {
			const k = topicIndex.get(topic);
			if (k !== undefined) prefers[p * topicCount + k] = 1;
		}
	});

	const capacity = Int32Array.from(input.tables, (table) => table.capacity);
	return {
		participantIds: input.participants.map((person) => person.id),
		tableIds: input.tables.map((table) => table.id),
		rounds: input.rounds,
		sector,
		municipality,
		sectorCount: Math.max(1, new Set(sector).size),
		municipalityCount: Math.max(1, new Set(municipality).size),
		hostTable,
		capacity,
		tableTopic,
		topicCount,
		prefers,
		maxCapacity: Math.max(...capacity)
	};
}
