/**
 * What a report shows, frozen: the public atlas's disclosed figures, maps and legends of the chosen
 * indicators, the municipal totals over the years on record, the MSS summary and map, the area
 * types, the analysis settings, the data version and the public part of the Handlungsprogramm.
 * Everything is read through the public atlas (`PUBLIC` access), so a report applies disclosure
 * control exactly as the atlas does and never sees an unpublished value. The snapshot is plain
 * JSON: a draft builds it afresh for every preview, publishing stores it, and the builder reads
 * nothing else — the same snapshot always gives the same report.
 */
import type { Database } from '../../db';
import {
	analysisChoices,
	municipalityAtlas,
	publicValues,
	PUBLIC,
	type AnalysisSettings,
	type MunicipalityAtlas
} from '../../monitoring';
import { dataVersionOf } from '../../monitoring/version';
import type { MapModel } from '$lib/types/atlas';
import type { Locale } from '$lib/i18n';
import {
	programmePage,
	type GoalView,
	type MeasureView,
	type PlanSummary,
	type TargetView,
	type HandlungsraumView
} from '../programme';

type AtlasIndicator = MunicipalityAtlas['indicator'];

export interface SnapshotRow {
	code: string;
	name: string;
	display: string;
	/** Null when suppressed or missing: then `display` is "." or "–". */
	value: number | null;
	rank: number | null;
}

export interface SnapshotTotal {
	year: number;
	value: number | null;
	suppressed: boolean;
}

export interface SnapshotIndicator {
	indicator: AtlasIndicator;
	/** The data year shown: the latest on record up to the reporting year. */
	year: number;
	/** Years on record up to the reporting year, ascending. */
	years: number[];
	map: MapModel;
	rows: SnapshotRow[];
	/** The municipality's totals per year (same disclosure control as the atlas). */
	totals: SnapshotTotal[];
}

export interface SnapshotPlan {
	plan: PlanSummary;
	goalTree: GoalView[];
	targets: TargetView[];
	measures: MeasureView[];
	handlungsraeume: HandlungsraumView[];
}

export interface ReportSnapshot {
	format: 1;
	/** When the data was read (ISO). */
	takenAt: string;
	municipality: { ags: string; name: string; kreisName: string };
	/** The monitoring data version the figures come from; null without data. */
	dataVersion: number | null;
	analysis: AnalysisSettings | null;
	isDemo: boolean;
	synthetic: boolean;
	threshold: number;
	areaTerm: string;
	areaTermPlural: string;
	indicators: SnapshotIndicator[];
	mss: {
		summary: NonNullable<MunicipalityAtlas['mss']>;
		map: MapModel;
		rows: { code: string; name: string; mss: string | null }[];
	} | null;
	typology: NonNullable<MunicipalityAtlas['typology']> | null;
	plan: SnapshotPlan | null;
	/** The atlas's notes (demo data, suppression, attribution of the boundaries). */
	notes: string[];
	/**
	 * The municipality's last published report before this one (an earlier reporting year), with
	 * the key figures it printed: the summary says what changed since. Absent when there is none.
	 */
	previousReport?: PreviousReport | null;
}

export interface PreviousReport {
	title: string;
	year: number;
	/** Indicator key → the figure the report printed for the municipality, with its data year. */
	figures: Record<string, SnapshotTotal>;
}

/** The key figures a published report printed: each indicator's total in its shown year. */
export function printedFigures(snapshot: ReportSnapshot): Record<string, SnapshotTotal> {
	const figures: Record<string, SnapshotTotal> = {};
	for (const data of snapshot.indicators) {
		const total = data.totals.find((p) => p.year === data.year);
		if (total) figures[data.indicator.key] = total;
	}
	return figures;
}

/** Rows of a JSON round trip: dates become strings, exactly as after storing. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function latestUpTo(years: readonly number[], year: number): number | null {
	const upTo = years.filter((y) => y <= year);
	return upTo.length ? upTo[upTo.length - 1] : (years[years.length - 1] ?? null);
}

/**
 * Reads what a report of `ags` for `year` shows. `indicators` in the given order (unknown or
 * empty ones are left out); `planId` the Handlungsprogramm (its public part), or null.
 */
export async function collectSnapshot(
	db: Database,
	input: {
		ags: string;
		year: number;
		indicators: readonly string[];
		planId: number | null;
		municipality: { name: string; kreisName: string };
		/** The report's language: names, definitions, figures and legends as the atlas writes them. */
		language: Locale;
	},
	now: Date
): Promise<ReportSnapshot> {
	const { ags, year, language } = input;
	const first = await municipalityAtlas(db, ags, PUBLIC, {}, language);
	const indicators: SnapshotIndicator[] = [];
	if (first) {
		const known = new Map(first.indicators.map((i) => [i.key, i]));
		const values = await publicValues(db, ags, PUBLIC);
		for (const key of input.indicators) {
			if (!known.has(key)) continue;
			const probe = await municipalityAtlas(db, ags, PUBLIC, { indicator: key }, language);
			if (!probe) continue;
			const shown = latestUpTo(probe.years, year);
			if (shown === null) continue;
			const atlas =
				shown === probe.year
					? probe
					: await municipalityAtlas(db, ags, PUBLIC, { indicator: key, year: shown }, language);
			if (!atlas) continue;
			indicators.push({
				indicator: atlas.indicator,
				year: atlas.year,
				years: atlas.years.filter((y) => y <= atlas.year),
				map: atlas.map,
				rows: atlas.rows.map((r) => ({
					code: r.code,
					name: r.name,
					display: r.display,
					value: r.value,
					rank: r.rank
				})),
				totals: (values?.totals ?? [])
					.filter((t) => t.indicator === key && t.year <= atlas.year)
					.map((t) => ({ year: t.year, value: t.value, suppressed: t.suppressed }))
					.sort((a, b) => a.year - b.year)
			});
		}
	}
	const mssAtlas = first
		? await municipalityAtlas(db, ags, PUBLIC, { method: 'mss' }, language)
		: null;
	const page = input.planId === null ? null : await programmePage(db, input.planId, 'public');
	const [dataVersion, choices] = await Promise.all([
		dataVersionOf(db, ags),
		first ? analysisChoices(db, ags) : Promise.resolve(null)
	]);
	return asJson<ReportSnapshot>({
		format: 1,
		takenAt: now.toISOString(),
		municipality: { ags, name: input.municipality.name, kreisName: input.municipality.kreisName },
		dataVersion,
		analysis: choices?.settings ?? null,
		isDemo: first?.isDemo ?? false,
		synthetic: first?.synthetic ?? false,
		threshold: first?.threshold ?? 0,
		areaTerm: first?.areaTerm ?? 'Gebiet',
		areaTermPlural: first?.areaTermPlural ?? 'Gebiete',
		indicators,
		mss: mssAtlas?.mss
			? {
					summary: mssAtlas.mss,
					map: mssAtlas.map,
					rows: mssAtlas.rows.map((r) => ({ code: r.code, name: r.name, mss: r.mss }))
				}
			: null,
		typology: first?.typology ?? null,
		plan: page
			? {
					plan: page.plan,
					goalTree: page.goalTree,
					targets: page.targets,
					measures: page.measures,
					handlungsraeume: page.handlungsraeume
				}
			: null,
		notes: first ? [...first.notes] : []
	});
}
