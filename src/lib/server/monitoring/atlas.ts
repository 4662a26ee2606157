/**
 * The social atlas: what its pages, downloads and API show, composed from the disclosed view of a
 * dataset (disclosed.ts). Nothing in here hands out a raw value of a dataset; the MSS classes
 * are computed from the full data, as statistical offices do, but only the classes leave.
 */
import type { Database } from '../db';
import type { ClassificationMethod, PaletteName } from '$lib/types/monitoring';
import {
	analysisSettingsOf,
	checkAnalysisSettings,
	DEFAULT_TYPOLOGY_INDICATORS,
	mssYearsOf,
	typesFor,
	typologyYearOf,
	type AnalysisProblem,
	type AnalysisSettings
} from './analysis';
import { POPULATION_INDICATOR, type IndicatorRow } from './catalogue';
import {
	classBreaks,
	classOf,
	coloursFor,
	MSS_STATUS_COLOURS,
	NO_DATA_FILL,
	SUPPRESSED_FILL
} from './classify';
import { cellKey, discloseValues, totalKey, type DisclosedValues } from './disclosed';
import { displayValue, publicValue, type Disclosed } from './disclosure';
import { MonitoringError } from './errors';
import { buildMap, type LegendItem, type MapArea, type MapModel } from './map';
import {
	computeMssIndex,
	DYNAMICS_CLASSES,
	DYNAMICS_CLASS_LABELS,
	STATUS_CLASSES,
	gesamtindexLabel,
	STATUS_CLASS_LABELS,
	type MssAreaResult,
	type MssCounts
} from './mss';
import {
	listMunicipalities,
	loadDataset,
	loadIndicators,
	loadMunicipalityValues,
	type Access,
	type RawDataset
} from './read';
import { areaTypology, type TypeProfile } from './typology';
import { typeLabels, typologyKey, type TypeLabel } from './type-labels';

export const DEMO_NOTE =
	'Die Werte der Quartiere sind synthetische Demodaten (realistische Spannweiten, räumlich korreliert) und beschreiben keine echten Gebiete.';
export const MSS_NOTE =
	'Der Index beschreibt die soziale Lage eines Gebiets im Vergleich zu den anderen Gebieten der Gemeinde – ein Durchschnittswert, kein Urteil über die Menschen, die dort leben.';
export const SUPPRESSION_NOTE =
	'„.“ = aus Gründen der Geheimhaltung nicht veröffentlicht (weniger als {threshold} Fälle oder zum Schutz einer solchen Zahl).';

export interface AtlasIndicator {
	readonly key: string;
	readonly name: string;
	readonly definition: string;
	readonly unit: string;
	readonly kind: IndicatorRow['kind'];
	readonly direction: IndicatorRow['direction'];
	readonly handlungsfeld: IndicatorRow['handlungsfeld'];
	readonly source: string;
	readonly decimals: number;
	readonly numeratorLabel: string | null;
	readonly denominatorLabel: string | null;
}

const toAtlasIndicator = (i: IndicatorRow): AtlasIndicator => ({
	key: i.key,
	name: i.name,
	definition: i.definition,
	unit: i.unit,
	kind: i.kind,
	direction: i.direction,
	handlungsfeld: i.handlungsfeld,
	source: i.source,
	decimals: i.decimals,
	numeratorLabel: i.numeratorLabel,
	denominatorLabel: i.denominatorLabel
});

export function formatNumber(value: number, decimals: number): string {
	return value.toLocaleString('de-DE', {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	});
}

export function formatFigure(
	figure: Disclosed,
	indicator: Pick<AtlasIndicator, 'decimals' | 'unit'>
): string {
	const text = displayValue(figure, (v) => formatNumber(v, indicator.decimals));
	if (figure.suppressed) return text;
	return indicator.unit === '%'
		? `${text} %`
		: indicator.unit === 'Personen'
			? text
			: `${text} ${indicator.unit}`;
}

// ---------------------------------------------------------------------------------------------

export interface AtlasView {
	readonly indicator?: string;
	readonly year?: number;
	readonly method?: ClassificationMethod;
	readonly palette?: PaletteName;
}

export interface AtlasRow {
	readonly code: string;
	readonly name: string;
	readonly href: string;
	readonly display: string;
	readonly value: number | null;
	readonly rank: number | null;
	readonly mss: string | null;
	readonly type: number | null;
}

export interface MssSummary {
	readonly year: number;
	readonly baseYear: number;
	/** The minimum population of the saved choice of analysis (smaller areas are not indexed). */
	readonly minPopulation: number;
	readonly counts: MssCounts;
	/** "1 hoch" … "4 sehr niedrig" with the number of areas in the class. */
	readonly status: readonly StatusRow[];
}

type StatusRow = { readonly label: string; readonly count: number };

function statusRows(counts: MssCounts): StatusRow[] {
	return STATUS_CLASSES.map((c) => ({
		label: `${c} ${STATUS_CLASS_LABELS[c]}`,
		count: counts.status[c]
	}));
}

export interface MunicipalityAtlas {
	readonly municipality: { ags: string; name: string; kreisName: string; kreisfrei: boolean };
	readonly areaTerm: string;
	readonly areaTermPlural: string;
	readonly isDemo: boolean;
	readonly synthetic: boolean;
	readonly threshold: number;
	readonly indicators: readonly AtlasIndicator[];
	readonly indicator: AtlasIndicator;
	readonly year: number;
	readonly years: readonly number[];
	readonly method: ClassificationMethod;
	readonly palette: PaletteName;
	readonly map: MapModel;
	readonly rows: readonly AtlasRow[];
	readonly total: string | null;
	readonly mss: MssSummary | null;
	readonly typology: {
		/** Identifies the run (year, k, indicators): planners' type names are stored under it. */
		readonly key: string;
		readonly indicators: readonly string[];
		readonly profiles: readonly TypeProfile[];
		/** The planner's names and descriptions by type number (absent: "Typ n"). */
		readonly labels: Readonly<Record<number, TypeLabel>>;
	} | null;
	readonly notes: readonly string[];
}

interface Context {
	readonly dataset: RawDataset;
	readonly catalogue: readonly IndicatorRow[];
	readonly disclosed: DisclosedValues;
	readonly analysis: AnalysisSettings;
	readonly mss: {
		result: ReturnType<typeof computeMssIndex>;
		year: number;
		baseYear: number;
	} | null;
}

/** `analysis` replaces the saved choice of analysis (the planner's preview). */
async function context(
	db: Database,
	ags: string,
	access: Access,
	analysis?: AnalysisSettings
): Promise<Context | null> {
	const [dataset, catalogue] = await Promise.all([
		loadDataset(db, ags, access),
		loadIndicators(db)
	]);
	if (!dataset || dataset.areas.length === 0) return null;
	// A planner reading their own data sees every value: threshold 1 suppresses nothing.
	const threshold = dataset.unrestricted ? 1 : dataset.settings.disclosureThreshold;
	const disclosed = discloseValues(dataset.values, catalogue, threshold);
	const chosen = analysis ?? analysisSettingsOf(dataset.settings);
	return { dataset, catalogue, disclosed, analysis: chosen, mss: mssFor(dataset, chosen) };
}

/**
 * The MSS for the latest year t that has the chosen status indicators and t − 2 as well. Status
 * values are the shares of year t, dynamics values their change since t − 2 (in percentage
 * points). Outliers: the minimum population and the areas the planner marked (analysis.ts).
 */
function mssFor(dataset: RawDataset, analysis: AnalysisSettings): Context['mss'] {
	const chosen = analysis.mssIndicators;
	const byArea = new Map<number, Map<string, number>>();
	for (const v of dataset.values) {
		if (!chosen.includes(v.indicatorKey) && v.indicatorKey !== POPULATION_INDICATOR) continue;
		let m = byArea.get(v.areaId);
		if (!m) byArea.set(v.areaId, (m = new Map()));
		m.set(`${v.indicatorKey}|${v.year}`, v.value);
	}
	const outliers = new Set(analysis.mssOutliers);
	const outlierIds = dataset.areas.filter((a) => outliers.has(a.code)).map((a) => String(a.id));
	const candidates = mssYearsOf(
		{ catalogue: [], areas: dataset.areas, values: dataset.values },
		chosen
	);
	for (const year of candidates) {
		const input = {
			statusIndicators: chosen.map((k) => `s_${k}`),
			dynamicsIndicators: chosen.map((k) => `d_${k}`),
			areas: dataset.areas.map((a) => {
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
					population: m.get(`${POPULATION_INDICATOR}|${year}`) ?? 0,
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

function mssLabel(area: MssAreaResult | undefined): string | null {
	if (!area) return null;
	return area.indexed ? gesamtindexLabel(area.gesamtindex) : 'nicht indiziert';
}

function indicatorsWithData(ctx: Context): IndicatorRow[] {
	const keys = new Set(ctx.dataset.values.map((v) => v.indicatorKey));
	return ctx.catalogue.filter((i) => keys.has(i.key));
}

function yearsOf(ctx: Context, key: string): number[] {
	return [
		...new Set(ctx.dataset.values.filter((v) => v.indicatorKey === key).map((v) => v.year))
	].sort((a, b) => a - b);
}

/** Higher need first: rank 1 = the area where the indicator signals the most need. */
function ranks(
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
 * chosen number of types (fewer when the visible data no longer allow it).
 */
function typologyFor(ctx: Context) {
	const keys = ctx.analysis.typologyIndicators;
	const chosen = ctx.catalogue.filter((i) => keys.includes(i.key));
	if (chosen.length < 2) return null;
	const year = typologyYearOf(
		{ catalogue: [], areas: ctx.dataset.areas, values: ctx.dataset.values },
		chosen.map((i) => i.key)
	)?.year;
	if (year === undefined) return null;
	const areasWithValues = ctx.dataset.areas.map((a) => ({
		id: String(a.id),
		values: Object.fromEntries(
			chosen.map((i) => {
				const cell = ctx.disclosed.cells.get(cellKey(a.id, i.key, year));
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
			result: areaTypology({ areas: areasWithValues, indicators: chosen, k, winsorise })
		};
	} catch (error) {
		if (error instanceof MonitoringError) return null;
		throw error;
	}
}

export interface AnalysisPreview {
	readonly typology: {
		readonly year: number;
		readonly k: number;
		readonly winsorise: number | null;
		readonly indicators: readonly Pick<AtlasIndicator, 'key' | 'name' | 'unit' | 'decimals'>[];
		readonly profiles: readonly TypeProfile[];
		readonly untyped: number;
	} | null;
	readonly mss: {
		readonly year: number;
		readonly baseYear: number;
		readonly indicators: readonly string[];
		readonly indexed: number;
		/** "1 hoch" … "4 sehr niedrig" with the number of areas in the class. */
		readonly status: readonly StatusRow[];
		readonly dynamics: readonly { readonly label: string; readonly count: number }[];
		/** Areas without an index and why, e.g. "Bezirk 7: als Sonderfall vom Index ausgenommen". */
		readonly notIndexed: readonly {
			readonly code: string;
			readonly name: string;
			readonly reason: string;
		}[];
	} | null;
}

export type AnalysisOutcome =
	| { readonly ok: true; readonly preview: AnalysisPreview }
	| { readonly ok: false; readonly problems: readonly AnalysisProblem[] };

/**
 * What a choice of analysis would produce on the municipality's own data (published or not):
 * the type profiles and the MSS classes. Checks the choice first; nothing is stored.
 */
export async function analysisPreview(
	db: Database,
	ags: string,
	settings: AnalysisSettings
): Promise<AnalysisOutcome | null> {
	const ctx = await context(db, ags, { kind: 'planner', ags }, settings);
	if (!ctx) return null;
	const checked = checkAnalysisSettings(settings, {
		catalogue: ctx.catalogue,
		areas: ctx.dataset.areas,
		values: ctx.dataset.values
	});
	if (checked.problems.length) return { ok: false, problems: checked.problems };
	const typology = typologyFor(ctx);
	const byKey = new Map(ctx.catalogue.map((i) => [i.key, i]));
	const areaOf = new Map(ctx.dataset.areas.map((a) => [String(a.id), a]));
	return {
		ok: true,
		preview: {
			typology: typology && {
				year: typology.year,
				k: typology.k,
				winsorise: typology.winsorise,
				indicators: settings.typologyIndicators.map((k) => {
					const i = byKey.get(k)!;
					return { key: i.key, name: i.name, unit: i.unit, decimals: i.decimals };
				}),
				profiles: typology.result.profiles,
				untyped: typology.result.untyped.length
			},
			mss: ctx.mss && {
				year: ctx.mss.year,
				baseYear: ctx.mss.baseYear,
				indicators: settings.mssIndicators.map((k) => byKey.get(k)?.name ?? k),
				indexed: ctx.mss.result.counts.indexed,
				status: statusRows(ctx.mss.result.counts),
				dynamics: DYNAMICS_CLASSES.map((c) => ({
					label: `${DYNAMICS_CLASS_LABELS[c]} (${c.replace('-', '−')})`,
					count: ctx.mss!.result.counts.dynamics[c]
				})),
				notIndexed: ctx.mss.result.areas.flatMap((a) => {
					if (a.indexed) return [];
					const area = areaOf.get(a.id)!;
					return [{ code: area.code, name: area.name, reason: notIndexedText(a.reason) }];
				})
			}
		}
	};
}

export async function municipalityAtlas(
	db: Database,
	ags: string,
	access: Access,
	view: AtlasView = {}
): Promise<MunicipalityAtlas | null> {
	const ctx = await context(db, ags, access);
	if (!ctx) return null;
	const { dataset, disclosed } = ctx;
	const available = indicatorsWithData(ctx);
	if (available.length === 0) return null;
	const indicatorRow =
		available.find((i) => i.key === view.indicator) ??
		available.find((i) => i.key === 'sgb2_quote') ??
		available[0];
	const indicator = toAtlasIndicator(indicatorRow);
	const years = yearsOf(ctx, indicator.key);
	const year =
		view.year !== undefined && years.includes(view.year) ? view.year : years[years.length - 1];
	const method: ClassificationMethod = view.method ?? 'quantile';
	const palette: PaletteName = view.palette ?? 'blau';
	const href = (code: string) => `/atlas/${ags}/${encodeURIComponent(code)}`;

	const figures = dataset.areas.map((a) => ({
		area: a,
		cell: disclosed.cells.get(cellKey(a.id, indicator.key, year))
	}));
	const rankOf = ranks(
		figures.map((f) => ({ id: f.area.id, value: f.cell ? publicValue(f.cell.value) : null })),
		indicator.direction
	);
	const mssById = new Map(ctx.mss?.result.areas.map((a) => [Number(a.id), a]) ?? []);
	const typology = typologyFor(ctx);

	let legend: LegendItem[] = [];
	let fillOf: (f: (typeof figures)[number]) => string;
	if (method === 'mss') {
		legend = [1, 2, 3, 4].map((c) => ({
			fill: MSS_STATUS_COLOURS[c - 1],
			label: `Status ${c} ${STATUS_CLASS_LABELS[c as 1 | 2 | 3 | 4]}`
		}));
		legend.push({ fill: NO_DATA_FILL, label: 'nicht indiziert' });
		fillOf = (f) => {
			const m = mssById.get(f.area.id);
			return m?.indexed ? MSS_STATUS_COLOURS[m.status.class - 1] : NO_DATA_FILL;
		};
	} else {
		const values = figures.flatMap((f) =>
			f.cell && !f.cell.value.suppressed ? [f.cell.value.value] : []
		);
		const classes = classBreaks(values, method);
		const colours = classes ? coloursFor(palette, classes.upper.length, indicator.direction) : [];
		if (classes) {
			legend = classes.upper.map((upper, i) => ({
				fill: colours[i],
				label: `${i === 0 ? formatNumber(classes.lower, indicator.decimals) : `über ${formatNumber(classes.upper[i - 1], indicator.decimals)}`} bis ${formatNumber(upper, indicator.decimals)}`
			}));
		}
		legend.push(
			{ fill: SUPPRESSED_FILL, label: 'geheim (.)' },
			{ fill: NO_DATA_FILL, label: 'keine Angabe' }
		);
		fillOf = (f) => {
			if (!f.cell) return NO_DATA_FILL;
			if (f.cell.value.suppressed) return SUPPRESSED_FILL;
			return classes ? colours[classOf(f.cell.value.value, classes)] : NO_DATA_FILL;
		};
	}

	const synthetic = dataset.areas.some((a) => a.synthetic);
	const notes = atlasNotes(dataset, disclosed.threshold, synthetic);
	const title =
		method === 'mss'
			? `${dataset.municipality.name}: Statusindex (MSS-Methode) ${ctx.mss?.year ?? ''}`.trim()
			: `${dataset.municipality.name}: ${indicator.name} ${year}`;
	const mapAreas: MapArea[] = figures
		.filter((f) => f.area.geometry)
		.map((f) => ({
			code: f.area.code,
			name: f.area.name,
			href: href(f.area.code),
			geometry: f.area.geometry!,
			fill: fillOf(f),
			label:
				method === 'mss'
					? (mssLabel(mssById.get(f.area.id)) ?? 'keine Angabe')
					: f.cell
						? formatFigure(f.cell.value, indicator)
						: 'keine Angabe',
			suppressed: method !== 'mss' && (f.cell?.value.suppressed ?? false)
		}));
	const total = disclosed.totals.get(totalKey(indicator.key, year));
	return {
		municipality: {
			ags,
			name: dataset.municipality.name,
			kreisName: dataset.municipality.kreisName,
			kreisfrei: dataset.municipality.kreisfrei
		},
		areaTerm: dataset.settings.areaTerm,
		areaTermPlural: dataset.settings.areaTermPlural,
		isDemo: dataset.settings.isDemo,
		synthetic,
		threshold: disclosed.threshold,
		indicators: available.map(toAtlasIndicator),
		indicator,
		year,
		years,
		method,
		palette,
		map: buildMap({
			title,
			areas: mapAreas,
			legend,
			notes,
			outline: dataset.municipality.geometry
		}),
		rows: figures.map((f) => ({
			code: f.area.code,
			name: f.area.name,
			href: href(f.area.code),
			display: f.cell ? formatFigure(f.cell.value, indicator) : '–',
			value: f.cell ? publicValue(f.cell.value) : null,
			rank: rankOf.get(f.area.id) ?? null,
			mss: mssLabel(mssById.get(f.area.id)),
			type: typology?.result.typeOf.get(String(f.area.id)) ?? null
		})),
		total: total ? formatFigure(total.value, indicator) : null,
		mss: ctx.mss
			? {
					year: ctx.mss.year,
					baseYear: ctx.mss.baseYear,
					minPopulation: ctx.analysis.minPopulation,
					counts: ctx.mss.result.counts,
					status: statusRows(ctx.mss.result.counts)
				}
			: null,
		typology: typology
			? {
					key: typology.key,
					indicators: typology.indicators,
					profiles: typology.result.profiles,
					labels: await typeLabels(db, ags, typology.key)
				}
			: null,
		notes
	};
}

export function atlasNotes(dataset: RawDataset, threshold: number, synthetic: boolean): string[] {
	const notes: string[] = [];
	if (dataset.settings.isDemo) notes.push(DEMO_NOTE);
	if (synthetic)
		notes.push(
			'Gebietsgrenzen synthetisch (Rechteckraster, an der Gemeindegrenze abgeschnitten), keine echten Quartiersgrenzen.'
		);
	notes.push(SUPPRESSION_NOTE.replace('{threshold}', String(threshold)));
	notes.push(...attributionFor(dataset));
	return notes;
}

function attributionFor(dataset: RawDataset): string[] {
	const out = ['Gemeindegrenzen: © GeoBasis-DE / BKG (2017), VG250; Daten geändert.'];
	if (dataset.municipality.ags === '05112000' && dataset.areas.some((a) => !a.synthetic)) {
		out.push('Stadtbezirke Duisburg: © OpenStreetMap-Mitwirkende (ODbL).');
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Quartier profile

export interface ProfileIndicator {
	readonly indicator: AtlasIndicator;
	readonly series: readonly {
		readonly year: number;
		readonly display: string;
		readonly value: number | null;
	}[];
	readonly latestYear: number;
	readonly latest: string;
	readonly rank: { readonly rank: number; readonly of: number } | null;
	readonly municipality: string | null;
	readonly kreis: { readonly display: string; readonly coverage: number } | null;
	readonly ruhr: { readonly display: string; readonly coverage: number } | null;
}

export interface AreaProfile {
	readonly municipality: MunicipalityAtlas['municipality'];
	readonly area: {
		readonly code: string;
		readonly name: string;
		readonly parentCode: string | null;
		readonly synthetic: boolean;
	};
	readonly areaTerm: string;
	readonly isDemo: boolean;
	readonly threshold: number;
	readonly mss:
		| {
				readonly indexed: true;
				readonly year: number;
				readonly baseYear: number;
				readonly status: string;
				readonly dynamics: string;
				readonly cell: string;
				readonly attention: boolean;
		  }
		| { readonly indexed: false; readonly year: number; readonly reason: string }
		| null;
	readonly type: TypeProfile | null;
	/** The planner's name and description of that type, if given. */
	readonly typeLabel: TypeLabel | null;
	readonly indicators: readonly ProfileIndicator[];
	readonly notes: readonly string[];
}

export async function areaProfile(
	db: Database,
	ags: string,
	code: string,
	access: Access
): Promise<AreaProfile | null> {
	const ctx = await context(db, ags, access);
	if (!ctx) return null;
	const area = ctx.dataset.areas.find((a) => a.code === code);
	if (!area) return null;
	const { disclosed } = ctx;
	const region = await regionalFigures(db, ctx.dataset.municipality.kreisAgs);
	const indicatorsOut: ProfileIndicator[] = [];
	for (const row of indicatorsWithData(ctx)) {
		const indicator = toAtlasIndicator(row);
		const years = yearsOf(ctx, row.key);
		const series = years.map((year) => {
			const cell = disclosed.cells.get(cellKey(area.id, row.key, year));
			return {
				year,
				display: cell ? formatFigure(cell.value, indicator) : '–',
				value: cell ? publicValue(cell.value) : null
			};
		});
		const latestYear = years[years.length - 1];
		const rankOf = ranks(
			ctx.dataset.areas.map((a) => {
				const cell = disclosed.cells.get(cellKey(a.id, row.key, latestYear));
				return { id: a.id, value: cell ? publicValue(cell.value) : null };
			}),
			row.direction
		);
		const rank = rankOf.get(area.id);
		const total = disclosed.totals.get(totalKey(row.key, latestYear));
		const reg = region.get(`${row.key}|${latestYear}`);
		indicatorsOut.push({
			indicator,
			series,
			latestYear,
			latest: series[series.length - 1].display,
			rank: rank ? { rank, of: rankOf.size } : null,
			municipality: total ? formatFigure(total.value, indicator) : null,
			kreis: reg?.kreis
				? {
						display: formatFigure({ suppressed: false, value: reg.kreis.value }, indicator),
						coverage: reg.kreis.coverage
					}
				: null,
			ruhr: reg?.ruhr
				? {
						display: formatFigure({ suppressed: false, value: reg.ruhr.value }, indicator),
						coverage: reg.ruhr.coverage
					}
				: null
		});
	}
	const mssArea = ctx.mss?.result.areas.find((a) => a.id === String(area.id));
	const typology = typologyFor(ctx);
	const typeNumber = typology?.result.typeOf.get(String(area.id));
	const typeLabel =
		typology && typeNumber ? ((await typeLabels(db, ags, typology.key))[typeNumber] ?? null) : null;
	return {
		municipality: {
			ags,
			name: ctx.dataset.municipality.name,
			kreisName: ctx.dataset.municipality.kreisName,
			kreisfrei: ctx.dataset.municipality.kreisfrei
		},
		area: {
			code: area.code,
			name: area.name,
			parentCode: area.parentCode,
			synthetic: area.synthetic
		},
		areaTerm: ctx.dataset.settings.areaTerm,
		isDemo: ctx.dataset.settings.isDemo,
		threshold: disclosed.threshold,
		mss:
			ctx.mss && mssArea
				? mssArea.indexed
					? {
							indexed: true,
							year: ctx.mss.year,
							baseYear: ctx.mss.baseYear,
							status: `${mssArea.status.class} ${STATUS_CLASS_LABELS[mssArea.status.class]}`,
							dynamics: `${DYNAMICS_CLASS_LABELS[mssArea.dynamics.class]} (${mssArea.dynamics.class.replace('-', '−')})`,
							cell: gesamtindexLabel(mssArea.gesamtindex),
							attention: mssArea.besondereAufmerksamkeit
						}
					: { indexed: false, year: ctx.mss.year, reason: notIndexedText(mssArea.reason) }
				: null,
		type: typeNumber
			? (typology!.result.profiles.find((p) => p.type === typeNumber) ?? null)
			: null,
		typeLabel,
		indicators: indicatorsOut,
		notes: atlasNotes(ctx.dataset, disclosed.threshold, area.synthetic)
	};
}

function notIndexedText(reason: Extract<MssAreaResult, { indexed: false }>['reason']): string {
	if (reason.kind === 'too_few_inhabitants') return `weniger als ${reason.minPopulation} Einwohner`;
	if (reason.kind === 'outlier') return 'als Sonderfall vom Index ausgenommen';
	return 'nicht alle Indexindikatoren liegen vor';
}

// ---------------------------------------------------------------------------------------------
// Regional comparison: Kreis and Metropole Ruhr from official municipality values

interface Pooled {
	readonly value: number;
	readonly coverage: number;
}

/**
 * Kreis and Ruhr figures per indicator and year from the official municipality values: shares are
 * pooled (Σ numerators ÷ Σ denominators), counts summed, other measures weighted by population.
 * `coverage` = number of municipalities that contribute.
 */
export async function regionalFigures(
	db: Database,
	kreisAgs: string
): Promise<Map<string, { kreis: Pooled | null; ruhr: Pooled | null }>> {
	const [rows, municipalitiesList, catalogue] = await Promise.all([
		loadMunicipalityValues(db),
		listMunicipalities(db),
		loadIndicators(db)
	]);
	const kind = new Map(catalogue.map((i) => [i.key, i]));
	const kreisOf = new Map(municipalitiesList.map((m) => [m.ags, m.kreisAgs]));
	const population = new Map(municipalitiesList.map((m) => [m.ags, m.population ?? 0]));
	const groups = new Map<string, typeof rows>();
	for (const r of rows) {
		const key = `${r.indicatorKey}|${r.year}`;
		const g = groups.get(key);
		if (g) g.push(r);
		else groups.set(key, [r]);
	}
	const out = new Map<string, { kreis: Pooled | null; ruhr: Pooled | null }>();
	for (const [key, group] of groups) {
		const ind = kind.get(group[0].indicatorKey);
		if (!ind) continue;
		const pool = (members: typeof rows): Pooled | null => {
			if (members.length === 0) return null;
			if (ind.kind === 'count')
				return { value: members.reduce((s, m) => s + m.value, 0), coverage: members.length };
			const withParts = members.filter((m) => m.numerator !== null && m.denominator !== null);
			if (ind.kind === 'share' && withParts.length === members.length) {
				const num = withParts.reduce((s, m) => s + m.numerator!, 0);
				const den = withParts.reduce((s, m) => s + m.denominator!, 0);
				return den > 0 ? { value: (num / den) * (ind.per ?? 100), coverage: members.length } : null;
			}
			const weight = members.reduce((s, m) => s + (population.get(m.ags) ?? 0), 0);
			if (weight <= 0) return null;
			return {
				value: members.reduce((s, m) => s + m.value * (population.get(m.ags) ?? 0), 0) / weight,
				coverage: members.length
			};
		};
		out.set(key, {
			kreis: pool(group.filter((m) => kreisOf.get(m.ags) === kreisAgs)),
			ruhr: pool(group)
		});
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Metropole Ruhr overview

export interface RuhrOverview {
	readonly indicators: readonly AtlasIndicator[];
	readonly indicator: AtlasIndicator;
	readonly year: number;
	readonly years: readonly number[];
	readonly method: Exclude<ClassificationMethod, 'mss'>;
	readonly palette: PaletteName;
	readonly map: MapModel;
	readonly rows: readonly {
		readonly ags: string;
		readonly name: string;
		readonly kreisName: string;
		readonly display: string;
		readonly value: number | null;
		readonly href: string | null;
		readonly areaTermPlural: string | null;
		readonly isDemo: boolean;
	}[];
	readonly source: string;
}

export const RUHR_INDICATORS = ['arbeitslose_je_100', 'gisd'] as const;

/** The 53 municipalities with official values (INKAR, GISD): real data, no disclosure issue. */
export async function ruhrOverview(db: Database, view: AtlasView = {}): Promise<RuhrOverview> {
	const [catalogue, list] = await Promise.all([loadIndicators(db), listMunicipalities(db)]);
	const available = catalogue.filter((i) => (RUHR_INDICATORS as readonly string[]).includes(i.key));
	const row = available.find((i) => i.key === view.indicator) ?? available[0];
	const indicator = toAtlasIndicator(row);
	const values = await loadMunicipalityValues(db, row.key);
	const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
	const year =
		view.year !== undefined && years.includes(view.year) ? view.year : years[years.length - 1];
	const method = view.method === 'mss' || !view.method ? 'quantile' : view.method;
	const palette = view.palette ?? 'blau';
	const byAgs = new Map(values.filter((v) => v.year === year).map((v) => [v.ags, v]));
	const classes = classBreaks(
		[...byAgs.values()].map((v) => v.value),
		method
	);
	const colours = classes ? coloursFor(palette, classes.upper.length, indicator.direction) : [];
	const legend: LegendItem[] = classes
		? classes.upper.map((upper, i) => ({
				fill: colours[i],
				label: `${i === 0 ? formatNumber(classes.lower, indicator.decimals) : `über ${formatNumber(classes.upper[i - 1], indicator.decimals)}`} bis ${formatNumber(upper, indicator.decimals)}`
			}))
		: [];
	legend.push({ fill: NO_DATA_FILL, label: 'keine Angabe' });
	const source = values[0]?.source ?? '';
	const map = buildMap({
		title: `Metropole Ruhr: ${indicator.name} ${year}`,
		legend,
		notes: [
			`Quelle: ${source}`,
			'Gemeindegrenzen: © GeoBasis-DE / BKG (2017), VG250; Daten geändert.'
		],
		areas: list
			.filter((m) => m.geometry)
			.map((m) => {
				const v = byAgs.get(m.ags);
				return {
					code: m.ags,
					name: m.name,
					href: m.published ? `/atlas/${m.ags}` : null,
					geometry: m.geometry!,
					fill: v && classes ? colours[classOf(v.value, classes)] : NO_DATA_FILL,
					label: v
						? formatFigure({ suppressed: false, value: v.value }, indicator)
						: 'keine Angabe',
					suppressed: false
				};
			})
	});
	return {
		indicators: available.map(toAtlasIndicator),
		indicator,
		year,
		years,
		method,
		palette,
		map,
		rows: list.map((m) => {
			const v = byAgs.get(m.ags);
			return {
				ags: m.ags,
				name: m.name,
				kreisName: m.kreisName,
				display: v ? formatFigure({ suppressed: false, value: v.value }, indicator) : '–',
				value: v?.value ?? null,
				href: m.published ? `/atlas/${m.ags}` : null,
				areaTermPlural: m.areaTermPlural,
				isDemo: m.isDemo
			};
		}),
		source
	};
}

// ---------------------------------------------------------------------------------------------
// Exports and API (same disclosed view)

export interface PublicValueRow {
	readonly area: string;
	readonly areaName: string;
	readonly indicator: string;
	readonly year: number;
	/** null when suppressed ("."), see `suppressed`. */
	readonly value: number | null;
	readonly count: number | null;
	readonly suppressed: boolean;
}

export interface PublicValues {
	readonly municipality: { ags: string; name: string };
	readonly isDemo: boolean;
	readonly threshold: number;
	readonly areas: readonly {
		code: string;
		name: string;
		parentCode: string | null;
		synthetic: boolean;
		geometry: RawDataset['areas'][number]['geometry'];
	}[];
	readonly indicators: readonly AtlasIndicator[];
	readonly values: readonly PublicValueRow[];
	readonly totals: readonly {
		indicator: string;
		year: number;
		value: number | null;
		count: number | null;
		suppressed: boolean;
	}[];
	readonly notes: readonly string[];
}

export async function publicValues(
	db: Database,
	ags: string,
	access: Access,
	filter: { readonly indicator?: string; readonly year?: number } = {}
): Promise<PublicValues | null> {
	const ctx = await context(db, ags, access);
	if (!ctx) return null;
	const byId = new Map(ctx.dataset.areas.map((a) => [a.id, a]));
	const values: PublicValueRow[] = [];
	for (const v of ctx.dataset.values) {
		if (filter.indicator && v.indicatorKey !== filter.indicator) continue;
		if (filter.year !== undefined && v.year !== filter.year) continue;
		const cell = ctx.disclosed.cells.get(cellKey(v.areaId, v.indicatorKey, v.year));
		if (!cell) continue;
		const area = byId.get(v.areaId)!;
		values.push({
			area: area.code,
			areaName: area.name,
			indicator: v.indicatorKey,
			year: v.year,
			value: publicValue(cell.value),
			count: cell.count ? publicValue(cell.count) : null,
			suppressed: cell.value.suppressed
		});
	}
	values.sort(
		(a, b) =>
			a.area.localeCompare(b.area) || a.indicator.localeCompare(b.indicator) || a.year - b.year
	);
	const totals = [...ctx.disclosed.totals.entries()]
		.map(([key, t]) => {
			const [indicator, year] = key.split('|');
			return {
				indicator,
				year: Number(year),
				value: publicValue(t.value),
				count: t.count ? publicValue(t.count) : null,
				suppressed: t.value.suppressed
			};
		})
		.filter(
			(t) =>
				(!filter.indicator || t.indicator === filter.indicator) &&
				(filter.year === undefined || t.year === filter.year)
		)
		.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year);
	return {
		municipality: { ags, name: ctx.dataset.municipality.name },
		isDemo: ctx.dataset.settings.isDemo,
		threshold: ctx.disclosed.threshold,
		areas: ctx.dataset.areas.map((a) => ({
			code: a.code,
			name: a.name,
			parentCode: a.parentCode,
			synthetic: a.synthetic,
			geometry: a.geometry
		})),
		indicators: indicatorsWithData(ctx).map(toAtlasIndicator),
		values,
		totals,
		notes: atlasNotes(
			ctx.dataset,
			ctx.disclosed.threshold,
			ctx.dataset.areas.some((a) => a.synthetic)
		)
	};
}

const csvCell = (v: string | number | null) => {
	if (v === null) return '';
	const s = typeof v === 'number' ? String(v).replace('.', ',') : v;
	return /[;"\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Semicolon CSV with decimal comma and BOM, as Excel in German expects; "." marks secrets. */
export function valuesCsv(data: PublicValues): string {
	const lines = ['gemeinde_ags;gebiet;gebietsname;indikator;jahr;wert;anzahl;hinweis'];
	for (const v of data.values) {
		lines.push(
			[
				data.municipality.ags,
				v.area,
				v.areaName,
				v.indicator,
				v.year,
				v.suppressed ? '.' : v.value,
				v.count,
				v.suppressed ? 'geheim' : data.isDemo ? 'Demodaten' : ''
			]
				.map(csvCell)
				.join(';')
		);
	}
	return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** GeoJSON of the areas with the values of one year as properties (null + flag when secret). */
export function valuesGeoJson(data: PublicValues, year: number): string {
	const features = data.areas
		.filter((a) => a.geometry)
		.map((a) => {
			const properties: Record<string, string | number | boolean | null> = {
				code: a.code,
				name: a.name,
				parent: a.parentCode,
				synthetisch: a.synthetic
			};
			for (const v of data.values) {
				if (v.area !== a.code || v.year !== year) continue;
				properties[v.indicator] = v.value;
				if (v.suppressed) properties[`${v.indicator}_geheim`] = true;
			}
			return { type: 'Feature', id: a.code, properties, geometry: a.geometry };
		});
	return JSON.stringify({
		type: 'FeatureCollection',
		name: `${data.municipality.name} ${year}`,
		jahr: year,
		demodaten: data.isDemo,
		hinweise: data.notes,
		features
	});
}
