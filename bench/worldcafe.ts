/**
 * World Café seating benchmark: classic social golfer instances (known to have zero-repeat
 * solutions) and realistic Sozialkonferenz rooms, each next to a random seating of the same room.
 * Run with `npm run bench:worldcafe`; prints Markdown tables that can be pasted into a note.
 */
import { readFileSync } from 'node:fs';
import {
	assessPlan,
	createRandom,
	replanSeating,
	solveSeating,
	type Participant,
	type PlanQuality,
	type Random,
	type SeatingPlan,
	type WorldCafeInput
} from '../src/lib/server/worldcafe/index';

const now = () => performance.now();

// Skewed like the 2023 edition's audience: mostly municipal staff and welfare associations.
const SECTORS: [string, number][] = [
	['Kommunalverwaltung', 34],
	['Freie Wohlfahrtspflege', 26],
	['Praxis/Träger', 16],
	['Wissenschaft', 12],
	['Sonstiges', 7],
	['Politik', 5]
];

const TOPICS = [
	'Schnittstellen zur Quartiersentwicklung',
	'Kommunen, Politik und Freie Wohlfahrtspflege',
	'Vernetzung in der Metropole Ruhr'
];

function readMunicipalities(): [string, number][] {
	const [header, ...lines] = readFileSync('data/reference/rvr-gemeinden.csv', 'utf8')
		.trim()
		.split('\n');
	const columns = splitCsvLine(header);
	const name = columns.indexOf('name');
	const population = columns.indexOf('population');
	return lines.map((line) => {
		const cells = splitCsvLine(line);
		return [cells[name], Number(cells[population])];
	});
}

function splitCsvLine(line: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (const char of line) {
		if (char === '"') quoted = !quoted;
		else if (char === ',' && !quoted) {
			cells.push(cell);
			cell = '';
		} else cell += char;
	}
	cells.push(cell);
	return cells;
}

function weightedPick(rng: Random, options: [string, number][]): string {
	const total = options.reduce((sum, [, weight]) => sum + weight, 0);
	let ticket = rng.next() * total;
	for (const [value, weight] of options) {
		ticket -= weight;
		if (ticket < 0) return value;
	}
	return options[options.length - 1][0];
}

function golfers(groups: number, size: number, rounds: number): WorldCafeInput {
	return {
		participants: Array.from({ length: groups * size }, (_, i) => ({
			id: `g${i}`,
			sector: '-',
			municipality: '-'
		})),
		tables: Array.from({ length: groups }, (_, t) => ({
			id: `t${t}`,
			topic: 'Golf',
			capacity: size
		})),
		rounds
	};
}

function conference(
	people: number,
	municipalities: [string, number][],
	seed: number
): WorldCafeInput {
	const rng = createRandom(seed);
	const tableCount = Math.ceil(people / 6 / TOPICS.length) * TOPICS.length;
	const tables = Array.from({ length: tableCount }, (_, t) => ({
		id: `T${t + 1}`,
		topic: TOPICS[t % TOPICS.length],
		capacity: 6
	}));
	const participants = Array.from({ length: people }, (_, i): Participant => {
		const wishes = rng.next() < 0.4 ? [TOPICS[rng.int(TOPICS.length)]] : [];
		return {
			id: `p${i + 1}`,
			sector: weightedPick(rng, SECTORS),
			municipality: weightedPick(rng, municipalities),
			preferredTopics: wishes,
			hostTableId: i < tableCount ? tables[i].id : undefined
		};
	});
	return { participants, tables, rounds: 3 };
}

/** The naive baseline: everyone but the hosts takes a random free chair, round by round. */
function randomSeating(input: WorldCafeInput, seed: number): SeatingPlan {
	const rng = createRandom(seed);
	const rounds = Array.from({ length: input.rounds }, () => {
		const seats = input.tables.map((table) => ({
			tableId: table.id,
			participantIds: [] as string[]
		}));
		const chairs: number[] = [];
		input.tables.forEach((table, t) => {
			const hosts = input.participants.filter((person) => person.hostTableId === table.id);
			seats[t].participantIds.push(...hosts.map((person) => person.id));
			for (let c = hosts.length; c < table.capacity; c++) chairs.push(t);
		});
		rng.shuffle(chairs);
		const guests = input.participants.filter((person) => person.hostTableId === undefined);
		guests.forEach((person, i) => seats[chairs[i]].participantIds.push(person.id));
		return seats;
	});
	return { rounds };
}

const fmt = (value: number, digits = 2) => value.toFixed(digits);
const ratio = (solver: number, baseline: number) =>
	solver === 0 ? (baseline === 0 ? '–' : '∞') : `${fmt(baseline / solver, 1)}×`;

function golferSection(): void {
	const instances: [number, number, number, number[], number][] = [
		[5, 3, 7, [1, 2, 3], 5000],
		[6, 3, 8, [1, 2], 10000],
		[8, 4, 9, [1, 2], 10000],
		[10, 4, 9, [1, 2], 5000],
		[10, 4, 10, [1], 10000]
	];
	console.log('## Social golfer instances (all have zero-repeat solutions)\n');
	console.log('| instance | seed | budget | repeat pairs | random | time (stops at 0) | steps |');
	console.log('|---|---|---|---|---|---|---|');
	for (const [groups, size, rounds, seeds, budget] of instances) {
		const input = golfers(groups, size, rounds);
		for (const seed of seeds) {
			const started = now();
			const result = solveSeating(input, { seed, timeBudgetMs: budget, now });
			const elapsed = now() - started;
			const baseline = assessPlan(input, randomSeating(input, seed)).repeatPairs;
			const solved = result.quality.repeatPairs === 0 ? ' ✓' : '';
			console.log(
				`| ${groups}-${size}-${rounds} | ${seed} | ${budget / 1000} s | ` +
					`${result.quality.repeatPairs}${solved} | ${baseline} | ${fmt(elapsed / 1000)} s | ` +
					`${result.search.iterations} |`
			);
		}
	}
}

function qualityRow(label: string, ms: string, solver: PlanQuality, baseline: PlanQuality): string {
	return (
		`| ${label} | ${ms} | ${solver.repeatPairs} / ${baseline.repeatPairs} | ` +
		`${solver.topicRepeats} / ${baseline.topicRepeats} | ` +
		`${fmt(solver.sectorsPerTable.mean)} (${solver.sectorsPerTable.min}) / ` +
		`${fmt(baseline.sectorsPerTable.mean)} (${baseline.sectorsPerTable.min}) | ` +
		`${fmt(solver.municipalitiesPerTable.mean)} (${solver.municipalitiesPerTable.min}) / ` +
		`${fmt(baseline.municipalitiesPerTable.mean)} (${baseline.municipalitiesPerTable.min}) | ` +
		`${solver.sameSectorPairs} / ${baseline.sameSectorPairs} (${ratio(solver.sameSectorPairs, baseline.sameSectorPairs)}) | ` +
		`${solver.sameMunicipalityPairs} / ${baseline.sameMunicipalityPairs} ` +
		`(${ratio(solver.sameMunicipalityPairs, baseline.sameMunicipalityPairs)}) | ` +
		`${solver.preferencesMet}/${solver.preferencesPossible} / ${baseline.preferencesMet} | ` +
		`${solver.tableSizeSpread} / ${baseline.tableSizeSpread} |`
	);
}

function conferenceSection(): void {
	const municipalities = readMunicipalities();
	console.log('\n## Realistic conferences: tables of 6, 3 rounds, 3 topics, one host per table\n');
	console.log(
		'Cells: solver / random seating; sectors and municipalities per table as mean (min).\n'
	);
	console.log(
		'| room | time | repeat pairs | topic repeats | sectors/table | municipalities/table | ' +
			'same-sector pairs | same-municipality pairs | preferences met | size spread |'
	);
	console.log('|---|---|---|---|---|---|---|---|---|---|');
	for (const [people, budget] of [
		[60, 2000],
		[120, 3000],
		[240, 4000]
	]) {
		const input = conference(people, municipalities, people);
		const started = now();
		const result = solveSeating(input, { seed: 1, timeBudgetMs: budget, now });
		const elapsed = `${fmt((now() - started) / 1000)} s`;
		const baseline = assessPlan(input, randomSeating(input, 1));
		const label = `${people} people, ${input.tables.length} tables`;
		console.log(qualityRow(label, elapsed, result.quality, baseline));
	}

	const input = conference(240, municipalities, 240);
	const morning = solveSeating(input, { seed: 1, timeBudgetMs: 2000, now }).plan;
	const rng = createRandom(99);
	const guests = input.participants.filter((person) => person.hostTableId === undefined);
	const noShows = new Set(
		rng
			.shuffle([...guests])
			.slice(0, 12)
			.map((person) => person.id)
	);
	const late = Array.from({ length: 6 }, (_, i): Participant => ({
		id: `late${i + 1}`,
		sector: weightedPick(rng, SECTORS),
		municipality: weightedPick(rng, municipalities)
	}));
	const afternoon = {
		...input,
		participants: [...input.participants.filter((person) => !noShows.has(person.id)), ...late]
	};
	const started = now();
	const replanned = replanSeating(
		{ ...afternoon, previousPlan: morning, finishedRounds: 1 },
		{ seed: 1, timeBudgetMs: 300, now }
	);
	const elapsed = `${fmt((now() - started) / 1000)} s`;
	const baseline = assessPlan(afternoon, randomSeating(afternoon, 1));
	console.log(
		qualityRow('re-plan 240 after round 1: −12, +6', elapsed, replanned.quality, baseline)
	);
}

golferSection();
conferenceSection();
