/**
 * Index after the Berlin "Monitoring Soziale Stadtentwicklung" (MSS), method since 2013, as also
 * used by Hamburg's "Sozialmonitoring Integrierte Stadtteilentwicklung".
 *
 * Pure functions: plain data in, plain data out. The indicator set is an input, because it has
 * changed between editions (four indicators 2013–2017, three 2019–2021, a different four 2023).
 */
import { monitoring as de } from '$lib/i18n/de/monitoring';
import { MonitoringError } from './errors';

/** MSS default: smaller areas are too volatile to index (a handful of cases swings the shares). */
/**
 * The fewest indexed areas for an index. With the population standard deviation no z-value can
 * exceed √(n − 1) in size: with 3 areas (the old minimum) at most 1.41, so status class 4
 * (SI > 1.5) could never occur, and with 4 only when three areas are exactly equal. From 5 areas
 * on every class can occur in real data. Below about 10 areas the classes still rest on few
 * values; the planner's analysis page says so.
 */
export const MIN_INDEXED_AREAS = 5;
/** Below this many indexed areas the planner is told that the classes are uncertain. */
export const FEW_INDEXED_AREAS = 10;
export const DEFAULT_MIN_POPULATION = 300;

/** 1 hoch, 2 mittel, 3 niedrig, 4 sehr niedrig — higher class = more disadvantage. */
export type StatusClass = 1 | 2 | 3 | 4;
/** '+' positiv, '+/-' stabil, '-' negativ (worsening). ASCII codes as in the Berlin open data. */
export type DynamicsClass = '+' | '+/-' | '-';
/** One of the 12 cells of the Gesamtindex, e.g. '4 -' (status class 4, negative dynamics). */
export type GesamtindexCell = `${StatusClass} ${DynamicsClass}`;

export const STATUS_CLASSES: readonly StatusClass[] = [1, 2, 3, 4];
export const DYNAMICS_CLASSES: readonly DynamicsClass[] = ['+', '+/-', '-'];

/** German class names (the catalogue's `mss.status.n`; pages take theirs in their language). */
export const STATUS_CLASS_LABELS: Readonly<Record<StatusClass, string>> = {
	1: de['mss.status.1'],
	2: de['mss.status.2'],
	3: de['mss.status.3'],
	4: de['mss.status.4']
};

export const DYNAMICS_CLASS_LABELS: Readonly<Record<DynamicsClass, string>> = {
	'+': de['mss.dynamics.+'],
	'+/-': de['mss.dynamics.+/-'],
	'-': de['mss.dynamics.-']
};

export const GESAMTINDEX_CELLS: readonly GesamtindexCell[] = STATUS_CLASSES.flatMap((s) =>
	DYNAMICS_CLASSES.map((d) => gesamtindexCell(s, d))
);

/** The cells Berlin reports as "Gebiete mit besonderem Aufmerksamkeitsbedarf". */
export const DEFAULT_ATTENTION_CELLS: readonly GesamtindexCell[] = ['4 +', '4 +/-', '4 -', '3 -'];

export interface MssArea {
	readonly id: string;
	/** null: no population on record for the year (not the same as a small one). */
	readonly population: number | null;
	/**
	 * Indicator values by key: status indicators as shares in %, dynamics indicators as change in
	 * percentage points over two years (S_i(t) − S_i(t−2)). `null` or absent = not available.
	 */
	readonly values: Readonly<Record<string, number | null | undefined>>;
}

export interface MssInput {
	readonly areas: readonly MssArea[];
	readonly statusIndicators: readonly string[];
	readonly dynamicsIndicators: readonly string[];
}

export interface MssOptions {
	/** Areas below this population get no index. Default 300. */
	readonly minPopulation?: number;
	/** Area ids an analyst has marked as outliers (e.g. a single large institution). */
	readonly outliers?: readonly string[];
	/** Gesamtindex cells that count as "besondere Aufmerksamkeit". Default: class 4 and '3 -'. */
	readonly attentionCells?: readonly GesamtindexCell[];
}

/** Mean and standard deviation over the indexed set U, kept so results can be explained. */
export interface Standardisation {
	readonly mean: number;
	readonly sd: number;
}

export interface IndexPart<Class> {
	/** z-score per indicator key. */
	readonly z: Readonly<Record<string, number>>;
	/** Sum of the z-scores. */
	readonly sum: number;
	/** The sum, standardised again over U. */
	readonly index: number;
	readonly class: Class;
}

export interface IndexedArea {
	readonly id: string;
	readonly population: number;
	readonly values: MssArea['values'];
	readonly indexed: true;
	readonly status: IndexPart<StatusClass>;
	readonly dynamics: IndexPart<DynamicsClass>;
	readonly gesamtindex: GesamtindexCell;
	readonly besondereAufmerksamkeit: boolean;
}

export type NotIndexedReason =
	| { readonly kind: 'too_few_inhabitants'; readonly minPopulation: number }
	| { readonly kind: 'population_missing' }
	| { readonly kind: 'outlier' }
	| { readonly kind: 'missing_value'; readonly indicators: readonly string[] };

/** "nicht indiziert": the area keeps its values but gets no z-scores, index or class. */
export interface NotIndexedArea {
	readonly id: string;
	readonly population: number | null;
	readonly values: MssArea['values'];
	readonly indexed: false;
	readonly reason: NotIndexedReason;
}

export type MssAreaResult = IndexedArea | NotIndexedArea;

export interface MssReference {
	readonly indicators: Readonly<Record<string, Standardisation>>;
	readonly sum: Standardisation;
}

export interface MssCounts {
	readonly status: Readonly<Record<StatusClass, number>>;
	readonly dynamics: Readonly<Record<DynamicsClass, number>>;
	readonly gesamtindex: Readonly<Record<GesamtindexCell, number>>;
	readonly indexed: number;
	readonly notIndexed: number;
	readonly besondereAufmerksamkeit: number;
}

export interface MssResult {
	/** One result per input area, in input order. */
	readonly areas: readonly MssAreaResult[];
	readonly reference: { readonly status: MssReference; readonly dynamics: MssReference };
	readonly counts: MssCounts;
	/**
	 * Indexed areas whose status indicators are all 0: almost always special areas (an
	 * institution, a park, an industrial estate) rather than places without need. They are
	 * proposed to the analyst as outliers; the index leaves them in until the analyst decides.
	 */
	readonly allZero: readonly string[];
}

/**
 * z-scores over a set of values with the unweighted mean and the population standard deviation
 * (divide by n). MSS 2013 method: every area counts once regardless of size, and U is the whole
 * population of areas, not a sample — so no n − 1.
 *
 * `field` names the quantity in the error if the values don't vary.
 */
export function standardise(
	values: readonly number[],
	field: string
): { readonly z: number[]; readonly mean: number; readonly sd: number } {
	if (values.length < 2) throw new MonitoringError('zu_wenige_gebiete', field);
	const n = values.length;
	const mean = values.reduce((acc, v) => acc + v, 0) / n;
	// Two passes (deviations from the mean) keep the variance accurate for shares around 50 %.
	const variance = values.reduce((acc, v) => acc + (v - mean) ** 2, 0) / n;
	const sd = Math.sqrt(variance);
	if (!(sd > 0)) throw new MonitoringError('streuung_null', field);
	return { z: values.map((v) => (v - mean) / sd), mean, sd };
}

/** MSS status classes: 1 hoch SI < −1; 2 mittel −1 ≤ SI ≤ 1; 3 niedrig 1 < SI ≤ 1.5; 4 SI > 1.5. */
export function statusClass(statusIndex: number): StatusClass {
	if (statusIndex < -1) return 1;
	if (statusIndex <= 1) return 2;
	if (statusIndex <= 1.5) return 3;
	return 4;
}

/** MSS dynamics classes: positiv DI < −1; stabil −1 ≤ DI ≤ 1; negativ DI > 1. */
export function dynamicsClass(dynamicsIndex: number): DynamicsClass {
	if (dynamicsIndex < -1) return '+';
	if (dynamicsIndex <= 1) return '+/-';
	return '-';
}

export function gesamtindexCell(status: StatusClass, dynamics: DynamicsClass): GesamtindexCell {
	return `${status} ${dynamics}`;
}

/** Display form with typographic signs, e.g. '4 −' or '2 +/−'. */
export function gesamtindexLabel(cell: GesamtindexCell): string {
	return cell.replace('-', '\u2212');
}

/** Runtime check for cells that come from configuration or a form. */
export function isGesamtindexCell(value: string): value is GesamtindexCell {
	return (GESAMTINDEX_CELLS as readonly string[]).includes(value);
}

/**
 * Computes status index, dynamics index, classes and Gesamtindex for every area.
 *
 * Indexed set U = areas with population ≥ minPopulation, minus the analyst's outliers, minus
 * areas lacking any index indicator (one U for both indices, as in the MSS, so the two indices
 * describe the same areas). Mean and SD are always taken over U only.
 */
export function computeMssIndex(input: MssInput, options: MssOptions = {}): MssResult {
	const minPopulation = options.minPopulation ?? DEFAULT_MIN_POPULATION;
	const attentionCells = new Set(options.attentionCells ?? DEFAULT_ATTENTION_CELLS);
	validate(input, minPopulation, options.outliers ?? [], attentionCells);

	const outliers = new Set(options.outliers ?? []);
	const indicators = [...input.statusIndicators, ...input.dynamicsIndicators];
	const reasons = new Map<string, NotIndexedReason>();
	for (const area of input.areas) {
		const reason = notIndexedReason(area, indicators, minPopulation, outliers);
		if (reason) reasons.set(area.id, reason);
	}
	const indexedAreas = input.areas.filter((area) => !reasons.has(area.id));
	if (indexedAreas.length < MIN_INDEXED_AREAS) {
		throw new MonitoringError('zu_wenige_indexgebiete', 'areas');
	}

	const status = buildIndex(indexedAreas, input.statusIndicators, 'Statusindex');
	const dynamics = buildIndex(indexedAreas, input.dynamicsIndicators, 'Dynamikindex');

	const byId = new Map<string, IndexedArea>();
	indexedAreas.forEach((area, i) => {
		const sClass = statusClass(status.index[i]);
		const dClass = dynamicsClass(dynamics.index[i]);
		const cell = gesamtindexCell(sClass, dClass);
		byId.set(area.id, {
			id: area.id,
			// Indexed areas passed the population rule, so they have one.
			population: area.population ?? 0,
			values: area.values,
			indexed: true,
			status: { z: status.z[i], sum: status.sum[i], index: status.index[i], class: sClass },
			dynamics: { z: dynamics.z[i], sum: dynamics.sum[i], index: dynamics.index[i], class: dClass },
			gesamtindex: cell,
			besondereAufmerksamkeit: attentionCells.has(cell)
		});
	});

	const allZero = indexedAreas
		.filter((area) => input.statusIndicators.every((key) => area.values[key] === 0))
		.map((area) => area.id);

	const areas = input.areas.map((area): MssAreaResult => {
		const indexed = byId.get(area.id);
		if (indexed) return indexed;
		const reason = reasons.get(area.id);
		if (!reason) throw new Error(`unreachable: area ${area.id} neither indexed nor excluded`);
		return {
			id: area.id,
			population: area.population,
			values: area.values,
			indexed: false,
			reason
		};
	});

	return {
		areas,
		reference: { status: status.reference, dynamics: dynamics.reference },
		counts: countClasses(areas),
		allZero
	};
}

/** Class counts as published in the MSS reports (status, dynamics, Gesamtindex cells). */
export function countClasses(areas: readonly MssAreaResult[]): MssCounts {
	const status: Record<StatusClass, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
	const dynamics: Record<DynamicsClass, number> = { '+': 0, '+/-': 0, '-': 0 };
	const gesamtindex = Object.fromEntries(GESAMTINDEX_CELLS.map((cell) => [cell, 0])) as Record<
		GesamtindexCell,
		number
	>;
	let notIndexed = 0;
	let besondereAufmerksamkeit = 0;
	for (const area of areas) {
		if (!area.indexed) {
			notIndexed += 1;
			continue;
		}
		status[area.status.class] += 1;
		dynamics[area.dynamics.class] += 1;
		gesamtindex[area.gesamtindex] += 1;
		if (area.besondereAufmerksamkeit) besondereAufmerksamkeit += 1;
	}
	return {
		status,
		dynamics,
		gesamtindex,
		indexed: areas.length - notIndexed,
		notIndexed,
		besondereAufmerksamkeit
	};
}

interface BuiltIndex {
	readonly z: Record<string, number>[];
	readonly sum: number[];
	readonly index: number[];
	readonly reference: MssReference;
}

/**
 * One index (status or dynamics) over the areas of U: z per indicator, equal-weight sum, and the
 * sum standardised again. MSS 2013 method: re-standardising makes the thresholds ±1 and 1.5 mean
 * "standard deviations of the combined measure"; classifying the mean of the z-scores instead
 * moves 11–15 of ~435 Berlin areas into another class.
 */
function buildIndex(
	areas: readonly MssArea[],
	indicators: readonly string[],
	sumField: string
): BuiltIndex {
	const z: Record<string, number>[] = areas.map(() => ({}));
	const sum: number[] = areas.map(() => 0);
	const reference: Record<string, Standardisation> = {};
	for (const key of indicators) {
		const values = areas.map((area) => requireValue(area, key));
		const standardised = standardise(values, key);
		reference[key] = { mean: standardised.mean, sd: standardised.sd };
		standardised.z.forEach((zi, i) => {
			z[i][key] = zi;
			sum[i] += zi;
		});
	}
	const index = standardise(sum, sumField);
	return {
		z,
		sum,
		index: index.z,
		reference: { indicators: reference, sum: { mean: index.mean, sd: index.sd } }
	};
}

/** Order of reasons: the population rule is objective, so it is reported before an analyst's mark. */
function notIndexedReason(
	area: MssArea,
	indicators: readonly string[],
	minPopulation: number,
	outliers: ReadonlySet<string>
): NotIndexedReason | undefined {
	// A population nobody reported says nothing about the area's size: its own reason.
	if (area.population === null) return { kind: 'population_missing' };
	if (area.population < minPopulation) return { kind: 'too_few_inhabitants', minPopulation };
	if (outliers.has(area.id)) return { kind: 'outlier' };
	const missing = indicators.filter((key) => valueOf(area, key) === null);
	if (missing.length > 0) return { kind: 'missing_value', indicators: missing };
	return undefined;
}

function valueOf(area: MssArea, key: string): number | null {
	return area.values[key] ?? null;
}

function requireValue(area: MssArea, key: string): number {
	const value = valueOf(area, key);
	if (value === null) throw new Error(`unreachable: area ${area.id} in U lacks ${key}`);
	return value;
}

function validate(
	input: MssInput,
	minPopulation: number,
	outliers: readonly string[],
	attentionCells: ReadonlySet<string>
): void {
	if (input.statusIndicators.length === 0 || input.dynamicsIndicators.length === 0) {
		throw new MonitoringError('keine_indikatoren');
	}
	const seenKeys = new Set<string>();
	for (const key of [...input.statusIndicators, ...input.dynamicsIndicators]) {
		if (seenKeys.has(key)) throw new MonitoringError('indikator_doppelt', key);
		seenKeys.add(key);
	}
	if (!Number.isInteger(minPopulation) || minPopulation < 0) {
		throw new MonitoringError('ungueltige_mindesteinwohnerzahl', 'minPopulation');
	}
	for (const cell of attentionCells) {
		if (!isGesamtindexCell(cell)) throw new MonitoringError('ungueltige_zelle', cell);
	}
	const ids = new Set<string>();
	for (const area of input.areas) {
		if (ids.has(area.id)) throw new MonitoringError('gebiet_doppelt', area.id);
		ids.add(area.id);
		if (area.population !== null && (!Number.isFinite(area.population) || area.population < 0)) {
			throw new MonitoringError('ungueltige_einwohnerzahl', area.id);
		}
		for (const key of seenKeys) {
			const value = area.values[key];
			if (value !== null && value !== undefined && !Number.isFinite(value)) {
				throw new MonitoringError('ungueltiger_wert', `${area.id}: ${key}`);
			}
		}
	}
	for (const id of outliers) {
		if (!ids.has(id)) throw new MonitoringError('unbekanntes_gebiet', id);
	}
}
