/**
 * What every atlas page, download and API answer starts from: a dataset the reader may see, its
 * disclosed view (disclosed.ts), the chosen analysis and its MSS index. Nothing built from here
 * hands out a raw value of a dataset; the MSS classes are computed from the full data, as
 * statistical offices do, but only the classes leave.
 */
import type { Database } from '../../db';
import { translator, type Locale } from '$lib/i18n';
import type { ClassificationMethod, PaletteName } from '$lib/types/monitoring';
import {
	analysisSettingsOf,
	DEFAULT_TYPOLOGY_INDICATORS,
	mssYearsOf,
	typesFor,
	typologyYearOf,
	type AnalysisSettings
} from '../analysis';
import { POPULATION_INDICATOR, type IndicatorRow } from '../catalogue';
import {
	cellKey,
	discloseValues,
	type DisclosedValues,
	type DisclosurePolicy,
	type RawValue
} from '../disclosed';
import { publicValue } from '../disclosure';
import { MonitoringError } from '../errors';
import {
	computeMssIndex,
	gesamtindexLabel,
	STATUS_CLASSES,
	type MssAreaResult,
	type MssCounts
} from '../mss';
import {
	loadDatasetBody,
	loadDatasetHead,
	loadIndicators,
	type Access,
	type AreaInfo,
	type DatasetHead,
	type RawDataset
} from '../read';
import { areaTypology, PROFILE_THRESHOLD, type TypeProfile } from '../typology';
import { typeDescriptions } from '../format';
import { typologyKey } from '../type-labels';
import { versionsIn } from '../boundaries';
import { ATLAS_CACHE_VALUES, VersionedCache } from './cache';

const german = translator('de');
export const DEMO_NOTE = german('atlas.note.demo');
export const MSS_NOTE = german('atlas.note.mss');
export const SUPPRESSION_NOTE = german('atlas.note.suppression');

export interface AtlasView {
	readonly indicator?: string;
	readonly year?: number;
	readonly method?: ClassificationMethod;
	readonly palette?: PaletteName;
	/** The other year of a change map (the map then shows the change between it and `year`). */
	readonly since?: number;
}

export type StatusRow = { readonly label: string; readonly count: number };

export function statusRows(counts: MssCounts, locale: Locale = 'de'): StatusRow[] {
	const t = translator(locale);
	return STATUS_CLASSES.map((c) => ({
		label: `${c} ${t(`mss.status.${c}`)}`,
		count: counts.status[c]
	}));
}

export interface Context {
	readonly dataset: RawDataset;
	readonly catalogue: readonly IndicatorRow[];
	readonly disclosed: DisclosedValues;
	readonly analysis: AnalysisSettings;
	readonly mss: {
		result: ReturnType<typeof computeMssIndex>;
		year: number;
		baseYear: number;
	} | null;
	readonly index: DatasetIndex;
}

/** Built once per context, so that every page and export is linear in the number of values. */
export interface DatasetIndex {
	/** Catalogue indicators that have values, in catalogue order. */
	readonly indicators: readonly IndicatorRow[];
	/** Years with values per indicator, ascending. */
	readonly years: ReadonlyMap<string, readonly number[]>;
	/** All years with values, ascending. */
	readonly allYears: readonly number[];
	/** Areas in the order the exports list them (by code). */
	readonly areasByCode: readonly AreaInfo[];
	/** Each area's values in the order the exports list them (indicator key, then year). */
	readonly byArea: ReadonlyMap<number, readonly RawValue[]>;
}

export function indexDataset(
	dataset: Pick<RawDataset, 'areas' | 'values'>,
	catalogue: readonly IndicatorRow[]
): DatasetIndex {
	const years = new Map<string, Set<number>>();
	const byArea = new Map<number, RawValue[]>();
	const allYears = new Set<number>();
	for (const v of dataset.values) {
		let y = years.get(v.indicatorKey);
		if (!y) years.set(v.indicatorKey, (y = new Set()));
		y.add(v.year);
		allYears.add(v.year);
		const bucket = byArea.get(v.areaId);
		if (bucket) bucket.push(v);
		else byArea.set(v.areaId, [v]);
	}
	const keyOrder = new Map(
		[...years.keys()].sort((a, b) => a.localeCompare(b)).map((key, i) => [key, i])
	);
	for (const bucket of byArea.values()) {
		bucket.sort(
			(a, b) => keyOrder.get(a.indicatorKey)! - keyOrder.get(b.indicatorKey)! || a.year - b.year
		);
	}
	const ascending = (set: Set<number>) => [...set].sort((a, b) => a - b);
	return {
		indicators: catalogue.filter((i) => years.has(i.key)),
		years: new Map([...years].map(([key, set]) => [key, ascending(set)])),
		allYears: ascending(allYears),
		areasByCode: [...dataset.areas].sort((a, b) => a.code.localeCompare(b.code)),
		byArea
	};
}

/** Public contexts of published datasets, by municipality and data version (cache.ts). */
const publicContexts = new VersionedCache<Context>(
	ATLAS_CACHE_VALUES,
	(ctx) => ctx.dataset.values.length + ctx.dataset.areas.length
);

/**
 * The municipality's own planners' contexts (nothing suppressed), by data version, per database
 * handle: a version number only means something within one database.
 */
let plannerContexts = new WeakMap<Database, VersionedCache<Context>>();

function plannerContextsOf(db: Database): VersionedCache<Context> {
	let cache = plannerContexts.get(db);
	if (!cache) {
		cache = new VersionedCache<Context>(
			ATLAS_CACHE_VALUES,
			(ctx) => ctx.dataset.values.length + ctx.dataset.areas.length
		);
		plannerContexts.set(db, cache);
	}
	return cache;
}

/** Drops every cached context (tests that compare a cold and a warm build). */
export function clearAtlasCache(): void {
	publicContexts.clear();
	plannerContexts = new WeakMap();
}

/** Whether the public context of `ags` at `version` is cached (tests, benchmark). */
export function atlasCached(ags: string, version: number): boolean {
	return publicContexts.has(ags, version);
}

/**
 * The context of a dataset `access` may read, or null. The public view of a published dataset is
 * cached per data version; a planner's view of their own data and a preview of another choice of
 * analysis (`analysis`) are built fresh.
 */
export async function context(
	db: Database,
	ags: string,
	access: Access,
	analysis?: AnalysisSettings
): Promise<Context | null> {
	const head = await loadDatasetHead(db, ags, access);
	if (!head) return null;
	// A preview of another choice of analysis, or of the open draft, is built fresh.
	if (analysis !== undefined || head.draft) return buildContext(db, head, analysis);
	// The planner's own, unsuppressed view is kept apart from the public one, under the same
	// data version: the Handlungsprogramm reads it for every page and would otherwise recompute
	// the MSS index and the typology each time.
	const cache = head.unrestricted ? plannerContextsOf(db) : publicContexts;
	return cache.read(ags, head.settings.dataVersion, () => buildContext(db, head));
}

async function buildContext(
	db: Database,
	head: DatasetHead,
	analysis?: AnalysisSettings
): Promise<Context | null> {
	const [dataset, catalogue] = await Promise.all([
		loadDatasetBody(db, head),
		loadIndicators(db, head.municipality.ags)
	]);
	if (dataset.areas.length === 0) return null;
	// A large dataset takes seconds to build: between the steps other requests get their turn.
	await otherRequestsFirst();
	// A planner reading their own data sees every value: threshold 1 suppresses nothing.
	const threshold = dataset.unrestricted ? 1 : dataset.settings.disclosureThreshold;
	const disclosed = discloseValues(
		dataset.values,
		catalogue,
		threshold,
		dataset.unrestricted ? { unrestricted: true } : publicPolicy(dataset)
	);
	await otherRequestsFirst();
	const chosen = analysis ?? analysisSettingsOf(dataset.settings);
	const mss = mssFor(dataset, chosen);
	await otherRequestsFirst();
	return {
		dataset,
		catalogue,
		disclosed,
		analysis: chosen,
		mss,
		index: indexDataset(dataset, catalogue)
	};
}

/** The public view: every area's parent unit, whose total the city publishes elsewhere. */
function publicPolicy(dataset: Context['dataset']): DisclosurePolicy {
	return { parents: new Map(dataset.areas.map((a) => [a.id, a.parentCode])) };
}

const otherRequestsFirst = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The MSS for the latest year t that has the chosen status indicators and t − 2 as well. Status
 * values are the shares of year t, dynamics values their change since t − 2 (in percentage
 * points). Outliers: the minimum population and the areas the planner marked (analysis.ts).
 */
export function mssFor(dataset: RawDataset, analysis: AnalysisSettings): Context['mss'] {
	const chosen = analysis.mssIndicators;
	const byArea = new Map<number, Map<string, number>>();
	for (const v of dataset.values) {
		if (!chosen.includes(v.indicatorKey) && v.indicatorKey !== POPULATION_INDICATOR) continue;
		let m = byArea.get(v.areaId);
		if (!m) byArea.set(v.areaId, (m = new Map()));
		m.set(`${v.indicatorKey}|${v.year}`, v.value);
	}
	const outliers = new Set(analysis.mssOutliers);
	const candidates = mssYearsOf(
		{ catalogue: [], areas: dataset.areas, values: dataset.values },
		chosen
	);
	for (const year of candidates) {
		// The boundaries of year t; a version that began after t − 2 has no dynamics (no value
		// of the same area then), which the index treats as missing, not as a change.
		const outlierIds = versionsIn(dataset.areas, year)
			.filter((a) => outliers.has(a.code))
			.map((a) => String(a.id));
		const input = {
			statusIndicators: chosen.map((k) => `s_${k}`),
			dynamicsIndicators: chosen.map((k) => `d_${k}`),
			areas: versionsIn(dataset.areas, year).map((a) => {
				const m = byArea.get(a.id) ?? new Map<string, number>();
				const values: Record<string, number | null> = {};
				for (const k of chosen) {
					const now = m.get(`${k}|${year}`);
					const before = m.get(`${k}|${year - 2}`);
					values[`s_${k}`] = now ?? null;
					values[`d_${k}`] = now !== undefined && before !== undefined ? now - before : null;
				}
				return {
					id: String(a.id),
					population: m.get(`${POPULATION_INDICATOR}|${year}`) ?? null,
					values
				};
			})
		};
		try {
			const result = computeMssIndex(input, {
				minPopulation: analysis.minPopulation,
				outliers: outlierIds
			});
			return { result, year, baseYear: year - 2 };
		} catch (error) {
			if (error instanceof MonitoringError) continue;
			throw error;
		}
	}
	return null;
}

export function mssLabel(area: MssAreaResult | undefined, locale: Locale = 'de'): string | null {
	if (!area) return null;
	return area.indexed ? gesamtindexLabel(area.gesamtindex) : translator(locale)('atlas.notIndexed');
}

export function indicatorsWithData(ctx: Context): readonly IndicatorRow[] {
	return ctx.index.indicators;
}

export function yearsOf(ctx: Context, key: string): readonly number[] {
	return ctx.index.years.get(key) ?? [];
}

/** Higher need first: rank 1 = the area where the indicator signals the most need. */
export function ranks(
	values: readonly { id: number; value: number | null }[],
	direction: IndicatorRow['direction']
): Map<number, number> {
	const known = values.filter((v): v is { id: number; value: number } => v.value !== null);
	known.sort((a, b) => (direction === 'need_down' ? a.value - b.value : b.value - a.value));
	return new Map(known.map((v, i) => [v.id, i + 1]));
}

export const TYPOLOGY_INDICATORS = DEFAULT_TYPOLOGY_INDICATORS;

/**
 * The typology of the chosen indicators in the latest year in which they have values, with the
 * chosen number of types (fewer when the public data no longer allow it). It always clusters the
 * public (disclosed) figures, in the planner's view as well, so both show the same types.
 */
export function typologyFor(ctx: Context): Typology | null {
	if (!typologies.has(ctx)) typologies.set(ctx, computeTypology(ctx));
	return typologies.get(ctx)!;
}

export type Typology = NonNullable<ReturnType<typeof computeTypology>>;

/** The typology's profiles with their descriptions in the reader's language. */
export function typeProfilesIn(typology: Typology, locale: Locale): TypeProfile[] {
	const profiles = typology.result.profiles;
	const descriptions = typeDescriptions(profiles, typology.rows, PROFILE_THRESHOLD, locale);
	return profiles.map((p, i) => ({ ...p, description: descriptions[i] }));
}

/** One typology per context (cached contexts are shared by many requests). */
const typologies = new WeakMap<Context, Typology | null>();

function computeTypology(ctx: Context) {
	const keys = ctx.analysis.typologyIndicators;
	const chosen = ctx.catalogue.filter((i) => keys.includes(i.key));
	if (chosen.length < 2) return null;
	const year = typologyYearOf(
		{ catalogue: [], areas: ctx.dataset.areas, values: ctx.dataset.values },
		chosen.map((i) => i.key)
	)?.year;
	if (year === undefined) return null;
	// The planner's unrestricted view clusters the public figures too: the types a planner names
	// on /typen are the types the public atlas shows, area for area.
	const cells = ctx.dataset.unrestricted
		? discloseValues(
				ctx.dataset.values.filter((v) => v.year === year && keys.includes(v.indicatorKey)),
				ctx.catalogue,
				ctx.dataset.settings.disclosureThreshold,
				publicPolicy(ctx.dataset)
			).cells
		: ctx.disclosed.cells;
	const areasWithValues = versionsIn(ctx.dataset.areas, year).map((a) => ({
		id: String(a.id),
		values: Object.fromEntries(
			chosen.map((i) => {
				const cell = cells.get(cellKey(a.id, i.key, year));
				return [i.key, cell ? publicValue(cell.value) : null];
			})
		)
	}));
	const typed = areasWithValues.filter((a) => chosen.every((i) => a.values[i.key] !== null)).length;
	const k = typesFor(ctx.analysis, typed);
	if (k < 2) return null;
	const winsorise = ctx.analysis.typologyWinsorise;
	try {
		return {
			key: typologyKey(
				year,
				k,
				chosen.map((i) => i.key),
				winsorise
			),
			year,
			k,
			winsorise,
			indicators: chosen.map((i) => i.name),
			/** The chosen catalogue rows, for names and descriptions in the reader's language. */
			rows: chosen,
			/** What was clustered, for comparing other numbers of types (`typologyQuality`). */
			input: { areas: areasWithValues, indicators: chosen, winsorise },
			result: areaTypology({ areas: areasWithValues, indicators: chosen, k, winsorise })
		};
	} catch (error) {
		if (error instanceof MonitoringError) return null;
		throw error;
	}
}

export function atlasNotes(
	dataset: RawDataset,
	threshold: number,
	synthetic: boolean,
	locale: Locale = 'de'
): string[] {
	const t = translator(locale);
	const notes: string[] = [];
	if (dataset.settings.isDemo) notes.push(t('atlas.note.demo'));
	if (synthetic) notes.push(t('atlas.note.synthetic'));
	notes.push(t('atlas.note.suppression', { threshold }));
	notes.push(t('atlas.note.boundaries'));
	if (dataset.municipality.ags === '05112000' && dataset.areas.some((a) => !a.synthetic)) {
		notes.push(t('atlas.note.osmDuisburg'));
	}
	return notes;
}

export function notIndexedText(
	reason: Extract<MssAreaResult, { indexed: false }>['reason'],
	locale: Locale = 'de'
): string {
	const t = translator(locale);
	if (reason.kind === 'too_few_inhabitants')
		return t('atlas.reason.tooFew', { min: reason.minPopulation });
	if (reason.kind === 'population_missing') return t('atlas.reason.populationMissing');
	if (reason.kind === 'outlier') return t('atlas.reason.outlier');
	return t('atlas.reason.incomplete');
}
