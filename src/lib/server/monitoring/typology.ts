/**
 * Area typology by cluster analysis, after the ZEFIR/ILS Sozialraumanalyse: standardise the
 * indicators the planner chose (z-scores, population SD as in the MSS), cluster with k-means
 * (k-means++ start, fixed seed so a page shows the same types on every load), and describe each
 * cluster by the indicators on which its mean lies clearly above or below the municipality.
 *
 * Outliers: k-means minimises squared distances, so one extreme area can claim a cluster of its
 * own. With `winsorise` = c the z-scores are clipped to [−c, c] before clustering (c = 3 keeps
 * every value within three standard deviations); the profiles' original means are unclipped.
 * Pure.
 */
import { typeDescription } from './format';
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
}

/** |mean z| from which an indicator counts as characteristic of a type. */
export const PROFILE_THRESHOLD = 0.5;

export function areaTypology(input: TypologyInput): TypologyResult {
	const keys = input.indicators.map((i) => i.key);
	if (keys.length === 0) throw new MonitoringError('keine_indikatoren');
	const complete = input.areas.filter((a) => keys.every((k) => typeof a.values[k] === 'number'));
	const untyped = input.areas.filter((a) => !complete.includes(a)).map((a) => a.id);
	if (complete.length < input.k || input.k < 2) throw new MonitoringError('zu_wenige_gebiete', 'k');

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
	const result = kmeans(points, input.k, {
		seed: input.seed ?? 20260101,
		initialization: 'kmeans++'
	});

	const clusters = Array.from({ length: input.k }, (_, c) =>
		points.map((p, i) => ({ p, i })).filter(({ i }) => result.clusters[i] === c)
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
	const profiles = described.map((d, index) => {
		for (const m of d.members) typeOf.set(complete[m.i].id, index + 1);
		return {
			type: index + 1,
			size: d.members.length,
			meanZ: d.meanZ,
			mean: d.mean,
			description: describe(d.meanZ, input.indicators)
		};
	});
	return { typeOf, profiles, untyped };
}

function describe(
	meanZ: Readonly<Record<string, number>>,
	indicators: readonly { readonly key: string; readonly name: string }[]
): string {
	return typeDescription({ meanZ }, indicators, PROFILE_THRESHOLD, 'de');
}

function clip(z: number, limit: number): number {
	return Math.max(-limit, Math.min(limit, z));
}
