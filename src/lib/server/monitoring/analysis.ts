/**
 * A municipality's choice of analysis: which indicators feed the area typology and how many types
 * it has, which status indicators feed the MSS index, and how outliers are treated. The defaults
 * apply until a planner saves a choice. Pure: settings and plain data in, problems or the years
 * the analysis will use out.
 *
 * Outliers, two rules for two methods:
 * - MSS: the published method standardises with the plain mean and population SD over the
 *   indexed areas U and allows only two ways to keep an area out of U — fewer inhabitants than
 *   the minimum (default 300) and an analyst's explicit outlier mark (e.g. an area that is
 *   almost entirely one large institution). Clipping z-values is not part of the method and
 *   would change published classes, so the MSS offers exactly those two.
 * - Typology: k-means has no published fixed method; an extreme area would pull a cluster of its
 *   own, so the z-scores may be winsorised (clipped at ±c standard deviations) before clustering.
 */
import { formatNumber, translator, type Locale } from '$lib/i18n';
import type { monitoringDatasets } from '../db/schema';
import type { IndicatorRow } from './catalogue';
import { MSS_INDICATORS, POPULATION_INDICATOR } from './catalogue';
import { DEFAULT_MIN_POPULATION, MIN_INDEXED_AREAS } from './mss';

export { MIN_INDEXED_AREAS };

/** Social status, family and age structure, migration, housing (ZEFIR's classic dimensions). */
export const DEFAULT_TYPOLOGY_INDICATORS: readonly string[] = [
	'sgb2_quote',
	'anteil_unter_18',
	'anteil_ueber_65',
	'nichtdeutsch',
	'wohnflaeche'
];

/** Clipping limits a planner may choose for the typology, in standard deviations. */
export const WINSORISE_LIMITS: readonly number[] = [2, 2.5, 3];
/** More types than this are no longer describable in words. */
export const MAX_TYPES = 8;
/** A type should be a group, not a single area: at least this many areas per type on average. */
export const MIN_AREAS_PER_TYPE = 3;
export const MAX_MIN_POPULATION = 1_000_000;

export interface AnalysisSettings {
	readonly typologyIndicators: readonly string[];
	/** null: chosen from the number of areas (up to 4). */
	readonly typologyK: number | null;
	/** null: no clipping. */
	readonly typologyWinsorise: number | null;
	/** MSS status indicators; their changes over two years are the dynamics indicators. */
	readonly mssIndicators: readonly string[];
	readonly minPopulation: number;
	/** Area codes kept out of the MSS index as outliers. */
	readonly mssOutliers: readonly string[];
}

export type AnalysisField = keyof AnalysisSettings;

export interface AnalysisProblem {
	readonly field: AnalysisField;
	readonly message: string;
}

type DatasetRow = typeof monitoringDatasets.$inferSelect;

export const DEFAULT_ANALYSIS: AnalysisSettings = {
	typologyIndicators: DEFAULT_TYPOLOGY_INDICATORS,
	typologyK: null,
	typologyWinsorise: null,
	mssIndicators: MSS_INDICATORS,
	minPopulation: DEFAULT_MIN_POPULATION,
	mssOutliers: []
};

/** The saved choice of a dataset, with the defaults where nothing is saved. */
export function analysisSettingsOf(
	row: Pick<
		DatasetRow,
		| 'typologyIndicators'
		| 'typologyK'
		| 'typologyWinsorise'
		| 'mssIndicators'
		| 'minPopulation'
		| 'mssOutliers'
	> | null
): AnalysisSettings {
	if (!row) return DEFAULT_ANALYSIS;
	return {
		typologyIndicators: row.typologyIndicators?.length
			? row.typologyIndicators
			: DEFAULT_TYPOLOGY_INDICATORS,
		typologyK: row.typologyK,
		typologyWinsorise: row.typologyWinsorise,
		mssIndicators: row.mssIndicators?.length ? row.mssIndicators : MSS_INDICATORS,
		minPopulation: row.minPopulation,
		mssOutliers: row.mssOutliers ?? []
	};
}

/** Largest number of types for n areas with complete values. */
export function maxTypes(completeAreas: number): number {
	return Math.min(MAX_TYPES, Math.floor(completeAreas / MIN_AREAS_PER_TYPE));
}

/** The number of types when the planner leaves it open: 4, or fewer for few areas. */
export function automaticTypes(completeAreas: number): number {
	return Math.min(4, maxTypes(completeAreas));
}

/** The number of types a run uses: the chosen one while the data allow it, else automatic. */
export function typesFor(settings: AnalysisSettings, completeAreas: number): number {
	const limit = maxTypes(completeAreas);
	if (settings.typologyK !== null && settings.typologyK <= limit) return settings.typologyK;
	return automaticTypes(completeAreas);
}

export interface AnalysisData {
	readonly catalogue: readonly (Pick<IndicatorRow, 'key' | 'name' | 'kind' | 'direction'> &
		Partial<Pick<IndicatorRow, 'nameEn'>>)[];
	readonly areas: readonly { readonly id: number; readonly code: string }[];
	readonly values: readonly {
		readonly areaId: number;
		readonly indicatorKey: string;
		readonly year: number;
		readonly value: number;
	}[];
}

/** indicator key → year → area id → value. */
type Availability = Map<string, Map<number, Map<number, number>>>;

function availability(data: AnalysisData): Availability {
	const out: Availability = new Map();
	for (const v of data.values) {
		let byYear = out.get(v.indicatorKey);
		if (!byYear) out.set(v.indicatorKey, (byYear = new Map()));
		let byArea = byYear.get(v.year);
		if (!byArea) byYear.set(v.year, (byArea = new Map()));
		byArea.set(v.areaId, v.value);
	}
	return out;
}

/** Areas with a value of every key in `year`. */
function completeAreas(avail: Availability, keys: readonly string[], year: number): number[] {
	const sets = keys.map((k) => avail.get(k)?.get(year));
	if (sets.some((s) => !s)) return [];
	const [first, ...rest] = sets as Map<number, number>[];
	return [...first.keys()].filter((id) => rest.every((s) => s.has(id)));
}

/**
 * The year a typology uses: the latest year in which at least two areas have every chosen
 * indicator. Null when there is none.
 */
export function typologyYearOf(
	data: AnalysisData,
	keys: readonly string[]
): { readonly year: number; readonly complete: number } | null {
	const avail = availability(data);
	const years = [...(avail.get(keys[0])?.keys() ?? [])].sort((a, b) => b - a);
	for (const year of years) {
		const complete = completeAreas(avail, keys, year).length;
		if (complete >= 2) return { year, complete };
	}
	return null;
}

/**
 * Candidate MSS years, latest first: years t with values of every status indicator in t and in
 * t − 2 (dynamics) and the population in t (the minimum-population rule).
 */
export function mssYearsOf(data: AnalysisData, keys: readonly string[]): number[] {
	const avail = availability(data);
	const years = [...(avail.get(keys[0])?.keys() ?? [])];
	return years
		.filter(
			(t) =>
				keys.every((k) => avail.get(k)?.has(t) && avail.get(k)?.has(t - 2)) &&
				avail.get(POPULATION_INDICATOR)?.has(t)
		)
		.sort((a, b) => b - a);
}

/** An indicator's name in the reader's language (the German one when there is no other). */
function nameIn(data: AnalysisData, key: string, locale: Locale): string {
	const row = data.catalogue.find((i) => i.key === key);
	if (!row) return key;
	return locale === 'en' && row.nameEn ? row.nameEn : row.name;
}

function quotedIn(names: readonly string[], locale: Locale): string {
	return names.map((n) => (locale === 'en' ? `“${n}”` : `„${n}“`)).join(', ');
}

function checkIndicatorSet(
	field: 'typologyIndicators' | 'mssIndicators',
	keys: readonly string[],
	data: AnalysisData,
	avail: Availability,
	locale: Locale
): AnalysisProblem | null {
	const t = translator(locale);
	const purpose = t(field === 'mssIndicators' ? 'analysis.forIndex' : 'analysis.forTypology');
	if (keys.length < 2) {
		return { field, message: t('analysis.problem.twoIndicators', { purpose }) };
	}
	const unknown = keys.filter((k) => !data.catalogue.some((i) => i.key === k));
	if (unknown.length) {
		return {
			field,
			message: t('analysis.problem.unknownIndicators', { keys: quotedIn(unknown, locale) })
		};
	}
	const empty = keys.filter((k) => !avail.has(k));
	if (empty.length) {
		const names = quotedIn(
			empty.map((k) => nameIn(data, k, locale)),
			locale
		);
		return { field, message: t('analysis.problem.noValues', { names }) };
	}
	return null;
}

export interface CheckedAnalysis {
	readonly problems: readonly AnalysisProblem[];
	/** Year and number of complete areas of the typology, when the choice works. */
	readonly typology: {
		readonly year: number;
		readonly complete: number;
		readonly k: number;
	} | null;
	/** Latest usable MSS year. */
	readonly mssYear: number | null;
}

/**
 * Checks a choice against the municipality's data: at least two indicators each, indicators that
 * exist and have values in the years used, a number of types that leaves about three areas per
 * type, MSS indicators that are shares where more means more disadvantage, outliers that are
 * areas of this municipality, and enough areas left for an index. Every problem names its field.
 */
export function checkAnalysisSettings(
	settings: AnalysisSettings,
	data: AnalysisData,
	locale: Locale = 'de'
): CheckedAnalysis {
	const t = translator(locale);
	const problems: AnalysisProblem[] = [];
	const avail = availability(data);
	let typology: CheckedAnalysis['typology'] = null;
	let mssYear: number | null = null;

	const typologyProblem = checkIndicatorSet(
		'typologyIndicators',
		settings.typologyIndicators,
		data,
		avail,
		locale
	);
	if (typologyProblem) {
		problems.push(typologyProblem);
	} else {
		const found = typologyYearOf(data, settings.typologyIndicators);
		const limit = found ? maxTypes(found.complete) : 0;
		if (!found || limit < 2) {
			problems.push({
				field: 'typologyIndicators',
				message: found
					? t('analysis.problem.fewTyped', {
							count: found.complete,
							year: found.year,
							min: 2 * MIN_AREAS_PER_TYPE
						})
					: t('analysis.problem.noCommonYear')
			});
		} else if (
			settings.typologyK !== null &&
			(!Number.isInteger(settings.typologyK) ||
				settings.typologyK < 2 ||
				settings.typologyK > limit)
		) {
			problems.push({
				field: 'typologyK',
				message: t('analysis.problem.typesRange', {
					limit,
					count: found.complete,
					year: found.year,
					perType: MIN_AREAS_PER_TYPE
				})
			});
		} else {
			typology = { ...found, k: typesFor(settings, found.complete) };
		}
	}
	if (
		settings.typologyWinsorise !== null &&
		!WINSORISE_LIMITS.includes(settings.typologyWinsorise)
	) {
		problems.push({
			field: 'typologyWinsorise',
			message: t('analysis.problem.winsorise', {
				limits: WINSORISE_LIMITS.map((l) => formatNumber(l, locale)).join(', ')
			})
		});
	}

	const mssProblem =
		checkIndicatorSet('mssIndicators', settings.mssIndicators, data, avail, locale) ??
		unsuitableStatusIndicators(settings.mssIndicators, data, locale);
	if (mssProblem) {
		problems.push(mssProblem);
	} else {
		mssYear = mssYearsOf(data, settings.mssIndicators)[0] ?? null;
		if (mssYear === null) {
			problems.push({
				field: 'mssIndicators',
				message: t('analysis.problem.noMssYear')
			});
		}
	}

	if (
		!Number.isInteger(settings.minPopulation) ||
		settings.minPopulation < 0 ||
		settings.minPopulation > MAX_MIN_POPULATION
	) {
		problems.push({
			field: 'minPopulation',
			message: t('analysis.problem.minPopulation')
		});
	}
	const codes = new Set(data.areas.map((a) => a.code));
	const unknownAreas = settings.mssOutliers.filter((c) => !codes.has(c));
	if (unknownAreas.length) {
		problems.push({
			field: 'mssOutliers',
			message: t('analysis.problem.unknownAreas', { codes: quotedIn(unknownAreas, locale) })
		});
	} else if (mssYear !== null && !problems.some((p) => p.field === 'minPopulation')) {
		const left = indexableAreas(settings, data, avail, mssYear);
		if (left < MIN_INDEXED_AREAS) {
			problems.push({
				field: 'minPopulation',
				message: t('analysis.problem.fewIndexed', {
					year: mssYear,
					count: left,
					min: MIN_INDEXED_AREAS
				})
			});
		}
	}
	return { problems, typology, mssYear };
}

/** The MSS adds shares in % where a higher value means more disadvantage; others would cancel. */
function unsuitableStatusIndicators(
	keys: readonly string[],
	data: AnalysisData,
	locale: Locale
): AnalysisProblem | null {
	const bad = keys
		.map((k) => data.catalogue.find((i) => i.key === k)!)
		.filter((i) => i.kind !== 'share' || i.direction !== 'need_up');
	if (bad.length === 0) return null;
	return {
		field: 'mssIndicators',
		message: translator(locale)('analysis.problem.unsuitable', {
			names: quotedIn(
				bad.map((i) => nameIn(data, i.key, locale)),
				locale
			)
		})
	};
}

function indexableAreas(
	settings: AnalysisSettings,
	data: AnalysisData,
	avail: Availability,
	year: number
): number {
	const population = avail.get(POPULATION_INDICATOR)?.get(year) ?? new Map<number, number>();
	const outliers = new Set(settings.mssOutliers);
	const complete = new Set([
		...completeAreas(avail, settings.mssIndicators, year).filter((id) =>
			completeAreas(avail, settings.mssIndicators, year - 2).includes(id)
		)
	]);
	return data.areas.filter(
		(a) =>
			complete.has(a.id) &&
			!outliers.has(a.code) &&
			(population.get(a.id) ?? 0) >= settings.minPopulation
	).length;
}

/**
 * Reads the analysis form: checkbox lists, the number of types ("" = automatic), the clipping
 * limit ("" = none), the minimum population and outlier codes separated by commas, semicolons or
 * line breaks, plus the codes of a taken-over outlier proposal (`addOutliers`). Entries that are not numbers become problems on their field.
 */
export function readAnalysisForm(
	form: FormData,
	locale: Locale = 'de'
): {
	readonly settings: AnalysisSettings;
	readonly problems: readonly AnalysisProblem[];
	readonly values: Readonly<Record<string, string>>;
} {
	const t = translator(locale);
	const problems: AnalysisProblem[] = [];
	const text = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v.trim() : '';
	};
	const list = (name: string) => [
		...new Set(form.getAll(name).flatMap((v) => (typeof v === 'string' && v ? [v] : [])))
	];
	const optionalNumber = (name: AnalysisField, message: string): number | null => {
		const raw = text(name).replace(',', '.');
		if (raw === '') return null;
		const n = Number(raw);
		if (!Number.isFinite(n)) {
			problems.push({ field: name, message });
			return null;
		}
		return n;
	};
	const typologyK = optionalNumber('typologyK', t('analysis.problem.typesNumber'));
	const typologyWinsorise = optionalNumber(
		'typologyWinsorise',
		t('analysis.problem.winsoriseNumber')
	);
	const minPopulation = optionalNumber('minPopulation', t('analysis.problem.minPopulation'));
	if (minPopulation === null && !problems.some((p) => p.field === 'minPopulation')) {
		problems.push({ field: 'minPopulation', message: t('analysis.problem.minPopulationMissing') });
	}
	// "addOutliers": the preview's proposal (areas whose index indicators are all 0) taken over.
	const outliers = [
		...new Set(
			[text('mssOutliers'), text('addOutliers')]
				.join(',')
				.split(/[,;\n]/)
				.map((c) => c.trim())
				.filter(Boolean)
		)
	];
	return {
		settings: {
			typologyIndicators: list('typologyIndicators'),
			typologyK,
			typologyWinsorise,
			mssIndicators: list('mssIndicators'),
			minPopulation: minPopulation ?? DEFAULT_MIN_POPULATION,
			mssOutliers: outliers
		},
		problems,
		values: {
			typologyK: text('typologyK'),
			typologyWinsorise: text('typologyWinsorise'),
			minPopulation: text('minPopulation'),
			mssOutliers: text('addOutliers') ? outliers.join(', ') : text('mssOutliers')
		}
	};
}
