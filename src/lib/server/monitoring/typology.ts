/**
 * Area typology by cluster analysis, after the ZEFIR/ILS Sozialraumanalyse: standardise the
 * indicators the planner chose (z-scores, population SD as in the MSS), cluster with k-means
 * (ten k-means++ starts with fixed seeds, the best kept, so a page shows the same types on every
 * load), and describe each type by the indicators on which its mean lies furthest above or below
 * the municipality. Types are numbered by their mean z over all chosen indicators, type 1 the
 * lowest. The silhouette width measures how clearly the areas fall into the types, for the
 * chosen number of types and for the alternatives (`typologyQuality`); a type no area ended up
 * in is counted, not hidden.
 *
 * Outliers: k-means minimises squared distances, so one extreme area can claim a cluster of its
 * own. With `winsorise` = c the z-scores are clipped to [−c, c] before clustering (c = 3 keeps
 * every value within three standard deviations); the profiles' original means are unclipped.
 * Pure.
 */
import { typeDescriptions } from './format';
import { kmeans } from 'ml-kmeans';
import { MonitoringError } from './errors';

export interface TypologyInput {
	readonly areas: readonly {
		readonly id: string;
		readonly values: Readonly<Record<string, number | null>>;
	}[];
	readonly indicators: readonly { readonly key: string; readonly name: string }[];
	readonly k: number;
	readonly seed?: number;
	/** Clip z-scores to ±winsorise before clustering; absent or null = no clipping. */
	readonly winsorise?: number | null;
}

export interface TypeProfile {
	/** 1-based, ordered by the cluster's mean z over all indicators (type 1 = lowest). */
	readonly type: number;
	readonly size: number;
	/** Mean z-score per indicator key. */
	readonly meanZ: Readonly<Record<string, number>>;
	/** Mean of the original values per indicator key. */
	readonly mean: Readonly<Record<string, number>>;
	/** e.g. "hoch: SGB-II-Quote, Anteil unter 18 Jahren; niedrig: Wohnfläche je Einwohner". */
	readonly description: string;
}

export interface TypologyResult {
	/** Area id → type (1-based); areas lacking a chosen indicator are not typed. */
	readonly typeOf: ReadonlyMap<string, number>;
	readonly profiles: readonly TypeProfile[];
	readonly untyped: readonly string[];
	/** Types asked for that no area ended up in (reported rather than silently dropped). */
	readonly emptyTypes: number;
	/**
	 * Mean silhouette width of the result, −1 … 1: how much closer each area lies to its own type
	 * than to the nearest other one (Rousseeuw 1987; above 0.5 a clear structure, 0.25–0.5 a weak
	 * one, below 0.25 hardly any). Null when it cannot be computed (fewer than 2 types).
	 */
	readonly silhouette: number | null;
	/** k-means runs from different starts; the one with the smallest within-type scatter is kept. */
	readonly restarts: number;
	/** Within-type sum of squared distances of the kept run (in z-score units). */
	readonly withinSS: number;
}

/** |mean z| from which an indicator counts as characteristic of a type. */
export const PROFILE_THRESHOLD = 0.5;

/** k-means runs per typology; the best (smallest within-type sum of squares) is kept. */
export const RESTARTS = 10;

/** Silhouettes of more areas than this are computed on an even sample of them (O(n²)). */
const SILHOUETTE_SAMPLE = 1500;

interface Prepared {
	readonly keys: readonly string[];
	readonly complete: TypologyInput['areas'];
	readonly untyped: readonly string[];
	readonly columns: readonly (readonly number[])[];
	readonly points: number[][];
}

function prepare(input: Omit<TypologyInput, 'k'>): Prepared {
	const keys = input.indicators.map((i) => i.key);
	if (keys.length === 0) throw new MonitoringError('keine_indikatoren');
	const complete = input.areas.filter((a) => keys.every((k) => typeof a.values[k] === 'number'));
	const completeIds = new Set(complete.map((a) => a.id));
	const untyped = input.areas.filter((a) => !completeIds.has(a.id)).map((a) => a.id);
	const columns = keys.map((k) => complete.map((a) => a.values[k] as number));
	const stats = columns.map((col) => {
		const mean = col.reduce((s, v) => s + v, 0) / col.length;
		const sd = Math.sqrt(col.reduce((s, v) => s + (v - mean) ** 2, 0) / col.length);
		return { mean, sd: sd > 0 ? sd : 1 };
	});
	const limit = input.winsorise ?? Infinity;
	const points = complete.map((_, i) =>
		keys.map((_, j) => clip((columns[j][i] - stats[j].mean) / stats[j].sd, limit))
	);
	return { keys, complete, untyped, columns, points };
}

interface Clustering {
	readonly assignment: readonly number[];
	readonly empty: number;
	readonly withinSS: number;
}

/**
 * k-means from RESTARTS k-means++ starts (seeds derived from `seed`, so a page shows the same
 * types on every load); the run without empty types and with the smallest within-type sum of
 * squares wins.
 */
function cluster(points: number[][], k: number, seed: number): Clustering {
	let best: Clustering | null = null;
	for (let r = 0; r < RESTARTS; r += 1) {
		const run = kmeans(points, k, { seed: seed + r * 7919, initialization: 'kmeans++' });
		const sizes = new Array<number>(k).fill(0);
		for (const c of run.clusters) sizes[c] += 1;
		const empty = sizes.filter((n) => n === 0).length;
		const withinSS = points.reduce(
			(sum, p, i) => sum + squaredDistance(p, run.centroids[run.clusters[i]]),
			0
		);
		if (!best || empty < best.empty || (empty === best.empty && withinSS < best.withinSS - 1e-9)) {
			best = { assignment: run.clusters, empty, withinSS };
		}
	}
	return best!;
}

export function areaTypology(input: TypologyInput): TypologyResult {
	const { keys, complete, untyped, columns, points } = prepare(input);
	if (complete.length < input.k || input.k < 2) throw new MonitoringError('zu_wenige_gebiete', 'k');
	const result = cluster(points, input.k, input.seed ?? 20260101);

	const clusters = Array.from({ length: input.k }, (_, c) =>
		points.map((p, i) => ({ p, i })).filter(({ i }) => result.assignment[i] === c)
	).filter((members) => members.length > 0);
	const described = clusters.map((members) => {
		const meanZ: Record<string, number> = {};
		const mean: Record<string, number> = {};
		keys.forEach((key, j) => {
			meanZ[key] = members.reduce((s, m) => s + m.p[j], 0) / members.length;
			mean[key] = members.reduce((s, m) => s + columns[j][m.i], 0) / members.length;
		});
		const overall = keys.reduce((s, k) => s + meanZ[k], 0) / keys.length;
		return { members, meanZ, mean, overall };
	});
	described.sort((a, b) => a.overall - b.overall);

	const typeOf = new Map<string, number>();
	const types = new Array<number>(points.length);
	const bare = described.map((d, index) => {
		for (const m of d.members) {
			typeOf.set(complete[m.i].id, index + 1);
			types[m.i] = index + 1;
		}
		return { type: index + 1, size: d.members.length, meanZ: d.meanZ, mean: d.mean };
	});
	const descriptions = typeDescriptions(bare, input.indicators, PROFILE_THRESHOLD, 'de');
	return {
		typeOf,
		profiles: bare.map((p, i) => ({ ...p, description: descriptions[i] })),
		untyped,
		emptyTypes: result.empty,
		silhouette: silhouette(points, types),
		restarts: RESTARTS,
		withinSS: result.withinSS
	};
}

/** Quality of each number of types from 2 to `maxK` on the same data, for choosing k. */
export interface TypologyQuality {
	readonly k: number;
	readonly silhouette: number | null;
	readonly emptyTypes: number;
}

export function typologyQuality(input: Omit<TypologyInput, 'k'>, maxK: number): TypologyQuality[] {
	const { points } = prepare(input);
	const rows: TypologyQuality[] = [];
	for (let k = 2; k <= Math.min(maxK, points.length - 1); k += 1) {
		const result = cluster(points, k, input.seed ?? 20260101);
		rows.push({
			k,
			silhouette: silhouette(points, result.assignment),
			emptyTypes: result.empty
		});
	}
	return rows;
}

/**
 * Mean silhouette width s = (b − a) / max(a, b) over the areas, a = mean distance to the own
 * type, b = smallest mean distance to another type; an area alone in its type counts 0.
 * Above SILHOUETTE_SAMPLE areas, every n-th area is scored (against all areas).
 */
export function silhouette(
	points: readonly (readonly number[])[],
	types: readonly number[]
): number | null {
	const labels = [...new Set(types)];
	if (labels.length < 2 || points.length < 3) return null;
	const step = Math.max(1, Math.ceil(points.length / SILHOUETTE_SAMPLE));
	const sizeOf = new Map<number, number>();
	for (const t of types) sizeOf.set(t, (sizeOf.get(t) ?? 0) + 1);
	let total = 0;
	let scored = 0;
	for (let i = 0; i < points.length; i += step) {
		scored += 1;
		const own = types[i];
		if (sizeOf.get(own)! < 2) continue;
		const sums = new Map<number, number>();
		for (let j = 0; j < points.length; j += 1) {
			if (j === i) continue;
			const d = Math.sqrt(squaredDistance(points[i], points[j]));
			sums.set(types[j], (sums.get(types[j]) ?? 0) + d);
		}
		const a = sums.get(own)! / (sizeOf.get(own)! - 1);
		let b = Infinity;
		for (const [t, sum] of sums) if (t !== own) b = Math.min(b, sum / sizeOf.get(t)!);
		const width = Math.max(a, b) > 0 ? (b - a) / Math.max(a, b) : 0;
		total += width;
	}
	return total / scored;
}

function squaredDistance(a: readonly number[], b: readonly number[]): number {
	let sum = 0;
	for (let j = 0; j < a.length; j += 1) sum += (a[j] - b[j]) ** 2;
	return sum;
}

function clip(z: number, limit: number): number {
	return Math.max(-limit, Math.min(limit, z));
}
