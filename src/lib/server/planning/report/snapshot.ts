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
	 * A Kreis report's member municipalities, each with its own public figures, maps, MSS and area
	 * types exactly as its atlas page shows them; absent for a municipality's report. Then
	 * `municipality` names the Kreis (its key and name) and the top-level figures are empty.
	 */
	kreis?: { kreisAgs: string; members: MemberSnapshot[] } | null;
	/**
	 * The municipality's last published report before this one (an earlier reporting year), with
	 * the key figures it printed: the summary says what changed since. Absent when there is none.
	 */
	previousReport?: PreviousReport | null;
}

/** One member municipality of a Kreis report: its part of the snapshot, read as for its own report. */
export interface MemberSnapshot extends Pick<
	ReportSnapshot,
	| 'dataVersion'
	| 'analysis'
	| 'isDemo'
	| 'synthetic'
	| 'threshold'
	| 'areaTerm'
	| 'areaTermPlural'
	| 'indicators'
	| 'mss'
	| 'typology'
	| 'notes'
> {
	ags: string;
	name: string;
}

export interface PreviousReport {
	title: string;
	year: number;
	/**
	 * Indicator key → the figure the report printed for the municipality, with its data year; in a
	 * Kreis report "AGS:indicator key" for each member municipality.
	 */
	figures: Record<string, SnapshotTotal>;
}

/** The key figures a published report printed: each indicator's total in its shown year. */
export function printedFigures(snapshot: ReportSnapshot): Record<string, SnapshotTotal> {
	const figures: Record<string, SnapshotTotal> = {};
	const parts = snapshot.kreis
		? snapshot.kreis.members.map((m) => ({ prefix: `${m.ags}:`, indicators: m.indicators }))
		: [{ prefix: '', indicators: snapshot.indicators }];
	for (const { prefix, indicators } of parts) {
		for (const data of indicators) {
			const total = data.totals.find((p) => p.year === data.year);
			if (total) figures[prefix + data.indicator.key] = total;
		}
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

/**
 * Reads what a Kreis report for `year` shows: for every member municipality the same public
 * figures a report of its own would show (its atlas's maps, classes and disclosure control), and
 * the Kreis's Handlungsprogramm (`planId`, its public part). No Kreis-wide figure is computed
 * here: the members' own disclosed figures are what the report prints.
 */
export async function collectKreisSnapshot(
	db: Database,
	input: {
		kreisAgs: string;
		name: string;
		members: readonly { ags: string; name: string }[];
		year: number;
		indicators: readonly string[];
		planId: number | null;
		language: Locale;
	},
	now: Date
): Promise<ReportSnapshot> {
	const members: MemberSnapshot[] = [];
	for (const m of input.members) {
		const own = await collectSnapshot(
			db,
			{
				ags: m.ags,
				year: input.year,
				indicators: input.indicators,
				planId: null,
				municipality: { name: m.name, kreisName: input.name },
				language: input.language
			},
			now
		);
		members.push({
			ags: m.ags,
			name: m.name,
			dataVersion: own.dataVersion,
			analysis: own.analysis,
			isDemo: own.isDemo,
			synthetic: own.synthetic,
			threshold: own.threshold,
			areaTerm: own.areaTerm,
			areaTermPlural: own.areaTermPlural,
			indicators: own.indicators,
			mss: own.mss,
			typology: own.typology,
			notes: own.notes
		});
	}
	const withData = members.filter((m) => m.dataVersion !== null);
	const page = input.planId === null ? null : await programmePage(db, input.planId, 'public');
	const versions = withData.map((m) => m.dataVersion ?? 0);
	return asJson<ReportSnapshot>({
		format: 1,
		takenAt: now.toISOString(),
		municipality: { ags: input.kreisAgs, name: input.name, kreisName: input.name },
		dataVersion: versions.length ? Math.max(...versions) : null,
		analysis: null,
		isDemo: members.some((m) => m.isDemo),
		synthetic: members.some((m) => m.synthetic),
		threshold: Math.max(0, ...members.map((m) => m.threshold)),
		areaTerm: withData[0]?.areaTerm ?? 'Gebiet',
		areaTermPlural: withData[0]?.areaTermPlural ?? 'Gebiete',
		indicators: [],
		mss: null,
		typology: null,
		plan: page
			? {
					plan: page.plan,
					goalTree: page.goalTree,
					targets: page.targets,
					measures: page.measures,
					handlungsraeume: page.handlungsraeume
				}
			: null,
		notes: [...new Set(members.flatMap((m) => m.notes))],
		kreis: { kreisAgs: input.kreisAgs, members }
	});
}
