import { notIndexedText } from './atlas/context';
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { MonitoringError } from './errors';
import {
	computeMssIndex,
	dynamicsClass,
	gesamtindexLabel,
	standardise,
	statusClass,
	type DynamicsClass,
	type IndexedArea,
	type MssArea,
	type MssAreaResult,
	type MssInput,
	type StatusClass
} from './mss';

function indexed(areas: readonly MssAreaResult[], id: string): IndexedArea {
	const area = areas.find((a) => a.id === id);
	if (!area?.indexed) throw new Error(`area ${id} is not indexed`);
	return area;
}

/**
 * Golden table, computed by hand. Six indexed areas A–F (the smallest number that reaches all four
 * status classes with exact fractions), plus three that must stay out of U.
 *
 * s1 = 5, 5, 9, 12, 14, 15        mean 10, deviations −5 −5 −1 2 4 5, Σd² = 96, SD = √(96/6) = 4
 * s2 = 18, 19, 19, 24, 16, 24     mean 20, deviations −2 −1 −1 4 −4 4, Σd² = 54, SD = √(54/6) = 3
 * z1 = −5/4, −5/4, −1/4, 1/2, 1, 5/4
 * z2 = −2/3, −1/3, −1/3, 4/3, −4/3, 4/3
 * sum = −23/12, −19/12, −7/12, 22/12, −4/12, 31/12   mean 0, Σ² = 2400/144, SD = √(25/9) = 5/3
 * SI = sum · 3/5 = −1.15, −0.95, −0.35, 1.1, −0.2, 1.55  → classes 1, 2, 2, 3, 2, 4
 *
 * d1 = −3.5, 0.5, −2.5, −0.5, 0.5, 2.5   mean −0.5, deviations −3 1 −2 0 1 3, SD = √(24/6) = 2
 * d2 = 0, 1, 1, 3, −2, −3                mean 0, SD = √(24/6) = 2
 * z1 = −1.5, 0.5, −1, 0, 0.5, 1.5;  z2 = 0, 0.5, 0.5, 1.5, −1, −1.5
 * sum = −1.5, 1, −0.5, 1.5, −0.5, 0    mean 0, SD = √(6/6) = 1, so DI = sum
 * classes: +, +/- (DI exactly 1 is still stabil), +/-, -, +/-, +/-
 */
const golden: MssInput = {
	statusIndicators: ['s1', 's2'],
	dynamicsIndicators: ['d1', 'd2'],
	areas: [
		{ id: 'A', population: 300, values: { s1: 5, s2: 18, d1: -3.5, d2: 0 } },
		{ id: 'B', population: 1200, values: { s1: 5, s2: 19, d1: 0.5, d2: 1 } },
		{ id: 'C', population: 4000, values: { s1: 9, s2: 19, d1: -2.5, d2: 1 } },
		{ id: 'D', population: 650, values: { s1: 12, s2: 24, d1: -0.5, d2: 3 } },
		{ id: 'E', population: 20000, values: { s1: 14, s2: 16, d1: 0.5, d2: -2 } },
		{ id: 'F', population: 3100, values: { s1: 15, s2: 24, d1: 2.5, d2: -3 } },
		{ id: 'G', population: 299, values: { s1: 90, s2: 90, d1: 40, d2: 40 } },
		{ id: 'H', population: 5000, values: { s1: 70, s2: 2, d1: -30, d2: 25 } },
		{ id: 'I', population: 800, values: { s1: 11, s2: null, d1: 0, d2: 0 } }
	]
};

const goldenExpected = {
	A: { z: [-5 / 4, -2 / 3], sum: -23 / 12, si: -1.15, sc: 1, di: -1.5, dc: '+', cell: '1 +' },
	B: { z: [-5 / 4, -1 / 3], sum: -19 / 12, si: -0.95, sc: 2, di: 1, dc: '+/-', cell: '2 +/-' },
	C: { z: [-1 / 4, -1 / 3], sum: -7 / 12, si: -0.35, sc: 2, di: -0.5, dc: '+/-', cell: '2 +/-' },
	D: { z: [1 / 2, 4 / 3], sum: 22 / 12, si: 1.1, sc: 3, di: 1.5, dc: '-', cell: '3 -' },
	E: { z: [1, -4 / 3], sum: -4 / 12, si: -0.2, sc: 2, di: -0.5, dc: '+/-', cell: '2 +/-' },
	F: { z: [5 / 4, 4 / 3], sum: 31 / 12, si: 1.55, sc: 4, di: 0, dc: '+/-', cell: '4 +/-' }
} as const;

describe('computeMssIndex on a hand-computed table', () => {
	const result = computeMssIndex(golden, { outliers: ['H'] });

	it.each(Object.entries(goldenExpected))(
		'gives area %s the hand-computed z-values, sum, index and classes',
		(id, expected) => {
			const area = indexed(result.areas, id);
			expect(area.status.z.s1).toBeCloseTo(expected.z[0], 12);
			expect(area.status.z.s2).toBeCloseTo(expected.z[1], 12);
			expect(area.status.sum).toBeCloseTo(expected.sum, 12);
			expect(area.status.index).toBeCloseTo(expected.si, 12);
			expect(area.status.class).toBe(expected.sc);
			expect(area.dynamics.index).toBeCloseTo(expected.di, 12);
			expect(area.dynamics.class).toBe(expected.dc);
			expect(area.gesamtindex).toBe(expected.cell);
		}
	);

	it('standardises with the unweighted mean and the population standard deviation', () => {
		expect(result.reference.status.indicators.s1).toEqual({ mean: 10, sd: 4 });
		expect(result.reference.status.indicators.s2).toEqual({ mean: 20, sd: 3 });
		expect(result.reference.dynamics.indicators.d1).toEqual({ mean: -0.5, sd: 2 });
		expect(result.reference.status.sum.sd).toBeCloseTo(5 / 3, 12);
	});

	it('keeps small, outlying and incomplete areas out of the index but keeps their values', () => {
		const reasons = result.areas
			.filter((a) => !a.indexed)
			.map((a) => [a.id, a.indexed ? null : a.reason]);
		expect(reasons).toEqual([
			['G', { kind: 'too_few_inhabitants', minPopulation: 300 }],
			['H', { kind: 'outlier' }],
			['I', { kind: 'missing_value', indicators: ['s2'] }]
		]);
		expect(result.areas.find((a) => a.id === 'H')?.values.s1).toBe(70);
	});

	it('says a missing population is missing, not "fewer than 300 inhabitants"', () => {
		const withGap = computeMssIndex(
			{
				...golden,
				areas: golden.areas.map((a) => (a.id === 'G' ? { ...a, population: null } : a))
			},
			{ outliers: ['H'] }
		);
		const g = withGap.areas.find((a) => a.id === 'G');
		expect(g?.indexed ? null : g?.reason).toEqual({ kind: 'population_missing' });
		expect(notIndexedText({ kind: 'population_missing' })).toBe(
			'keine Einwohnerzahl für das Jahr erfasst'
		);
		expect(notIndexedText({ kind: 'too_few_inhabitants', minPopulation: 300 })).toBe(
			'weniger als 300 Einwohner'
		);
	});

	it('proposes an area whose status indicators are all 0 as a special area, leaving it indexed', () => {
		const park = { id: 'P', population: 400, values: { s1: 0, s2: 0, d1: 0, d2: 0 } };
		const withPark = computeMssIndex(
			{ ...golden, areas: [...golden.areas, park] },
			{ outliers: ['H'] }
		);
		expect(withPark.allZero).toEqual(['P']);
		expect(withPark.areas.find((a) => a.id === 'P')?.indexed).toBe(true);
		expect(result.allZero).toEqual([]);
		// Taken over as an outlier, it leaves the index and the proposal.
		const without = computeMssIndex(
			{ ...golden, areas: [...golden.areas, park] },
			{ outliers: ['H', 'P'] }
		);
		expect(without.allZero).toEqual([]);
		expect(without.areas.find((a) => a.id === 'P')).toMatchObject({
			indexed: false,
			reason: { kind: 'outlier' }
		});
	});

	it('flags class-4 cells and 3 - for special attention by default', () => {
		const flagged = result.areas.filter((a) => a.indexed && a.besondereAufmerksamkeit);
		expect(flagged.map((a) => a.id)).toEqual(['D', 'F']);
		expect(result.counts.besondereAufmerksamkeit).toBe(2);
	});

	it('flags only the configured cells when the attention set is changed', () => {
		const custom = computeMssIndex(golden, { outliers: ['H'], attentionCells: ['1 +'] });
		const flagged = custom.areas.filter((a) => a.indexed && a.besondereAufmerksamkeit);
		expect(flagged.map((a) => a.id)).toEqual(['A']);
	});

	it('counts classes and non-indexed areas like the published reports', () => {
		expect(result.counts.status).toEqual({ 1: 1, 2: 3, 3: 1, 4: 1 });
		expect(result.counts.dynamics).toEqual({ '+': 1, '+/-': 4, '-': 1 });
		expect(result.counts.gesamtindex['2 +/-']).toBe(3);
		expect(result.counts.indexed).toBe(6);
		expect(result.counts.notIndexed).toBe(3);
	});

	it('does not weight areas by population', () => {
		const reweighted: MssInput = {
			...golden,
			areas: golden.areas.map((a) => ({
				...a,
				population: (a.population ?? 0) < 300 ? 1 : 1_000_000
			}))
		};
		const other = computeMssIndex(reweighted, { outliers: ['H'] });
		expect(indexed(other.areas, 'D').status.index).toBeCloseTo(1.1, 12);
	});

	it('lets a lower population threshold bring a small area into the index', () => {
		const lower = computeMssIndex(golden, { outliers: ['H'], minPopulation: 200 });
		expect(lower.areas.find((a) => a.id === 'G')?.indexed).toBe(true);
		expect(lower.counts.indexed).toBe(7);
	});
});

describe('class boundaries', () => {
	it.each<[number, StatusClass]>([
		[-1.0001, 1],
		[-1, 2],
		[1, 2],
		[1.0001, 3],
		[1.5, 3],
		[1.5001, 4]
	])('puts status index %d into class %d', (si, expected) => {
		expect(statusClass(si)).toBe(expected);
	});

	it.each<[number, DynamicsClass]>([
		[-1.0001, '+'],
		[-1, '+/-'],
		[1, '+/-'],
		[1.0001, '-']
	])('puts dynamics index %d into class %s', (di, expected) => {
		expect(dynamicsClass(di)).toBe(expected);
	});

	it('prints cells with a typographic minus', () => {
		expect(gesamtindexLabel('4 -')).toBe('4 \u2212');
		expect(gesamtindexLabel('2 +/-')).toBe('2 +/\u2212');
		expect(gesamtindexLabel('1 +')).toBe('1 +');
	});
});

describe('errors the planner can act on', () => {
	function errorOf(run: () => unknown): MonitoringError {
		try {
			run();
		} catch (error) {
			if (error instanceof MonitoringError) return error;
			throw error;
		}
		throw new Error('expected a MonitoringError');
	}

	it('refuses an indicator without variation and names it', () => {
		const flat: MssInput = {
			...golden,
			areas: golden.areas.map((a) => ({ ...a, values: { ...a.values, s2: 7 } }))
		};
		const error = errorOf(() => computeMssIndex(flat, { outliers: ['H'] }));
		expect(error.code).toBe('streuung_null');
		expect(error.field).toBe('s2');
		expect(error.message).toMatch(/Streuung/);
	});

	it('refuses a status sum without variation (two mirror-image indicators)', () => {
		const mirrored: MssInput = {
			statusIndicators: ['up', 'down'],
			dynamicsIndicators: ['d'],
			areas: [1, 2, 3, 4, 5].map((v) => ({
				id: `P${v}`,
				population: 1000,
				values: { up: v, down: -v, d: v }
			}))
		};
		const error = errorOf(() => computeMssIndex(mirrored));
		expect(error.code).toBe('streuung_null');
		expect(error.field).toBe('Statusindex');
	});

	it('refuses an index over fewer than five areas, where status class 4 cannot occur', () => {
		// With the population SD no |z| exceeds √(n − 1): 1.41 for three areas, below the 1.5 of class 4.
		const spread = [0, 0, 10].map((v, i) => ({
			id: `A${i}`,
			population: 1000,
			values: { s: v, d: v }
		}));
		const three = { statusIndicators: ['s'], dynamicsIndicators: ['d'], areas: spread };
		const z = standardise(
			spread.map((a) => a.values.s),
			's'
		).z;
		expect(Math.max(...z.map(Math.abs))).toBeCloseTo(Math.SQRT2);
		expect(errorOf(() => computeMssIndex(three)).code).toBe('zu_wenige_indexgebiete');
		const four: MssInput = { ...golden, areas: golden.areas.slice(0, 4) };
		expect(errorOf(() => computeMssIndex(four)).code).toBe('zu_wenige_indexgebiete');
		expect(() => computeMssIndex({ ...golden, areas: golden.areas.slice(0, 5) })).not.toThrow();
	});

	it('refuses an outlier mark for an unknown area', () => {
		const error = errorOf(() => computeMssIndex(golden, { outliers: ['X'] }));
		expect(error.code).toBe('unbekanntes_gebiet');
		expect(error.field).toBe('X');
	});

	it('refuses a value that is not a number instead of treating it as missing', () => {
		const broken: MssInput = {
			...golden,
			areas: [...golden.areas, { id: 'J', population: 500, values: { s1: Number.NaN } }]
		};
		expect(errorOf(() => computeMssIndex(broken)).code).toBe('ungueltiger_wert');
	});

	it('refuses an attention cell that does not exist', () => {
		const cells = ['5 -'] as unknown as readonly ['4 -'];
		expect(errorOf(() => computeMssIndex(golden, { attentionCells: cells })).code).toBe(
			'ungueltige_zelle'
		);
	});

	it('refuses duplicate area ids and an empty indicator set', () => {
		const twice: MssInput = { ...golden, areas: [...golden.areas, golden.areas[0]] };
		expect(errorOf(() => computeMssIndex(twice)).code).toBe('gebiet_doppelt');
		expect(errorOf(() => computeMssIndex({ ...golden, dynamicsIndicators: [] })).code).toBe(
			'keine_indikatoren'
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Berlin oracle: the published MSS 2013 and 2017 tables (see data/reference/SOURCES.md §6).

type CsvRow = Record<string, string>;

/** The oracle files are plain ASCII, comma-separated, '.' decimals, no quoting, LF endings. */
function readCsv(name: string): { header: string[]; rows: string[][]; records: CsvRow[] } {
	const url = new URL(`../../../../data/reference/berlin-mss/${name}`, import.meta.url);
	const lines = readFileSync(url, 'utf8')
		.replace(/^\uFEFF/, '')
		.trim()
		.split(/\r?\n/);
	const header = lines[0].split(',');
	const rows = lines.slice(1).map((line) => line.split(','));
	const records = rows.map((cells) =>
		Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))
	);
	return { header, rows, records };
}

function num(text: string): number {
	const value = Number(text);
	if (text.trim() === '' || !Number.isFinite(value)) throw new Error(`not a number: "${text}"`);
	return value;
}

const STATUS_KEYS = [
	's1_percentage_unemployed',
	's2_percentage_long_term_unemployed',
	's3_percentage_transfer_payments_recipients',
	's4_percentage_transfer_payments_recipients_below_15_years'
];
const DYNAMICS_KEYS = [
	'd1_percentage_unemployed',
	'd2_percentage_long_term_unemployed',
	'd3_percentage_transfer_payments_recipients',
	'd4_percentage_transfer_payments_recipients_below_15_years'
];

const STATUS_WORDS: Record<string, StatusClass> = {
	hoch: 1,
	mittel: 2,
	niedrig: 3,
	'sehr niedrig': 4
};

/**
 * Published tables are rounded to 5 decimals, and so are the inputs of table 2-1. An input error
 * of 5e-6 divided by an SD below 1 (the dynamics indicators) gives up to ~1e-5 in z, plus the 5e-6
 * of the printed z itself; the sum adds four such errors. Observed maxima: 1.0e-5 (z), 1.5e-5 (sum).
 */
const Z_TOLERANCE = 2.5e-5;
const SUM_TOLERANCE = 4e-5;

interface Edition {
	readonly year: number;
	readonly outliers: readonly string[];
	readonly status: Record<StatusClass, number>;
	readonly dynamics: Record<DynamicsClass, number>;
	readonly notIndexed: number;
	/** Areas whose status class would change if the mean of the z-scores were classified. */
	readonly movedByMeanOfZ: number;
}

const editions: readonly Edition[] = [
	{
		year: 2013,
		// Only PLR with ≥ 300 inhabitants that table 1 leaves without a class.
		outliers: ['10010203'],
		status: { 1: 80, 2: 264, 3: 52, 4: 38 },
		dynamics: { '+': 54, '+/-': 330, '-': 50 },
		notIndexed: 13,
		movedByMeanOfZ: 11
	},
	{
		year: 2017,
		outliers: ['04020314', '10010203'],
		status: { 1: 75, 2: 278, 3: 41, 4: 42 },
		dynamics: { '+': 49, '+/-': 339, '-': 48 },
		notIndexed: 11,
		movedByMeanOfZ: 15
	}
];

describe.each(editions)('Berlin MSS $year oracle', (edition) => {
	const prefix = `berlin-monitoring-social-urban-development-${edition.year}-00`;
	const table1 = readCsv(`${prefix}-1-planning-areas.csv`).records;
	const table21 = readCsv(`${prefix}-2-1-planning-areas.csv`).records;
	// Header of table 3 is shifted upstream: after id and inhabitants come zS1..zS4, the sum of
	// zS, the status index, the class word, zD1 — whatever the header says.
	const table3 = readCsv(`${prefix}-3-districts.csv`).rows;

	const populationById = new Map(table1.map((r) => [r.id, num(r.inhabitants)]));
	const areas: MssArea[] = table21.map((r) => {
		const population = populationById.get(r.id);
		if (population === undefined) throw new Error(`PLR ${r.id} missing in table 1`);
		const values: Record<string, number> = {};
		for (const key of [...STATUS_KEYS, ...DYNAMICS_KEYS]) values[key] = num(r[key]);
		return { id: r.id, population, values };
	});
	const result = computeMssIndex(
		{ areas, statusIndicators: STATUS_KEYS, dynamicsIndicators: DYNAMICS_KEYS },
		{ outliers: edition.outliers }
	);

	it('reads 447 Planungsräume with matching ids in all three tables', () => {
		expect(table1).toHaveLength(447);
		expect(table21.map((r) => r.id)).toEqual(table1.map((r) => r.id));
		expect(table3.map((r) => r[0])).toEqual(table1.map((r) => r.id));
		expect(table1.every((r) => /^\d{8}$/.test(r.id))).toBe(true);
	});

	it('marks as outliers exactly the populous areas that table 1 leaves unindexed', () => {
		const unindexedPopulous = table1
			.filter((r) => r.status_index === '0' && num(r.inhabitants) >= 300)
			.map((r) => r.id);
		expect(unindexedPopulous).toEqual(edition.outliers);
	});

	it('indexes exactly the areas that table 1 classifies', () => {
		const published = table1.filter((r) => r.status_index !== '0').map((r) => r.id);
		const ours = result.areas.filter((a) => a.indexed).map((a) => a.id);
		expect(ours).toEqual(published);
	});

	it('reproduces the status and dynamics class of every indexed area', () => {
		const mismatches: string[] = [];
		for (const row of table1) {
			if (row.status_index === '0') continue;
			const area = indexed(result.areas, row.id);
			const published = `${row.status_index} ${row.dynamic_index}`;
			if (area.gesamtindex !== published) {
				mismatches.push(`${row.id}: ours ${area.gesamtindex}, published ${published}`);
			}
		}
		expect(mismatches).toEqual([]);
	});

	it('reproduces the z-values, sum, status index and class word of table 3', () => {
		let worstZ = 0;
		let worstSum = 0;
		for (const row of table3) {
			if (row[8] === '') continue;
			const area = indexed(result.areas, row[0]);
			const z = STATUS_KEYS.map((key) => area.status.z[key]);
			z.forEach((zi, i) => (worstZ = Math.max(worstZ, Math.abs(zi - num(row[2 + i])))));
			worstZ = Math.max(worstZ, Math.abs(area.status.index - num(row[7])));
			worstZ = Math.max(worstZ, Math.abs(area.dynamics.z[DYNAMICS_KEYS[0]] - num(row[9])));
			worstSum = Math.max(worstSum, Math.abs(area.status.sum - num(row[6])));
			expect(area.status.class, row[0]).toBe(STATUS_WORDS[row[8]]);
		}
		expect(worstZ).toBeLessThan(Z_TOLERANCE);
		expect(worstSum).toBeLessThan(SUM_TOLERANCE);
	});

	it('reproduces the published class counts', () => {
		expect(result.counts.status).toEqual(edition.status);
		expect(result.counts.dynamics).toEqual(edition.dynamics);
		expect(result.counts.notIndexed).toBe(edition.notIndexed);
	});

	it('would misclassify areas if the plain mean of the z-scores were classified', () => {
		const moved = result.areas.filter(
			(a) => a.indexed && statusClass(a.status.sum / STATUS_KEYS.length) !== a.status.class
		);
		expect(moved).toHaveLength(edition.movedByMeanOfZ);
	});
});
