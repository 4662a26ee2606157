/** The atlas page of one municipality: map, table, MSS summary and typology of one view. */
import { versionsIn } from '../boundaries';
import type { Database } from '../../db';
import { translator, type Locale } from '$lib/i18n';
import type { ClassificationMethod, PaletteName } from '$lib/types/monitoring';
import type { Ranking } from '$lib/types/atlas';
import {
	classBreaks,
	classOf,
	coloursFor,
	MSS_STATUS_COLOURS,
	NO_DATA_FILL,
	SUPPRESSED_FILL
} from '../classify';
import {
	changeBasis,
	changeClassLabel,
	changeOf,
	changeUnitText,
	divergingBreaks,
	divergingClassOf,
	divergingColours,
	divergingRanges,
	formatChange,
	formatChangeNumber
} from '../change';
import { cellKey, totalKey } from '../disclosed';
import { publicValue, type Disclosed } from '../disclosure';
import { buildRanking } from '../ranking';
import { classLabel, formatFigure, toAtlasIndicator, type AtlasIndicator } from '../format';
import { buildMap, type LegendItem, type MapArea, type MapModel } from '../map';
import type { MssCounts } from '../mss';
import type { Access } from '../read';
import type { TypeProfile } from '../typology';
import { typeLabels, type TypeLabel } from '../type-labels';
import {
	atlasNotes,
	context,
	indicatorsWithData,
	mssLabel,
	ranks,
	statusRows,
	typologyFor,
	typeProfilesIn,
	yearsOf,
	type AtlasView,
	type StatusRow
} from './context';

export interface AtlasRow {
	readonly code: string;
	readonly name: string;
	readonly href: string;
	readonly display: string;
	readonly value: number | null;
	readonly rank: number | null;
	readonly mss: string | null;
	readonly type: number | null;
	/** The change shown on the change map ("+1,2 Prozentpunkte", ".", "keine Angabe"); else null. */
	readonly change: string | null;
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
	/** The change map's two years (earlier, later) and unit; null for a map of one year. */
	readonly change: { readonly from: number; readonly to: number; readonly unit: string } | null;
	readonly map: MapModel;
	/** The areas sorted by what the map shows, in its colours. */
	readonly ranking: Ranking;
	readonly rows: readonly AtlasRow[];
	readonly total: string | null;
	readonly mss: MssSummary | null;
	readonly typology: {
		/** Identifies the run (year, k, indicators): planners' type names are stored under it. */
		readonly key: string;
		readonly indicators: readonly string[];
		readonly profiles: readonly TypeProfile[];
		/** Mean silhouette width (−1 … 1), null for fewer than 2 types. */
		readonly silhouette: number | null;
		/** The planner's names and descriptions by type number (absent: "Typ n"). */
		readonly labels: Readonly<Record<number, TypeLabel>>;
	} | null;
	readonly notes: readonly string[];
}

export async function municipalityAtlas(
	db: Database,
	ags: string,
	access: Access,
	view: AtlasView = {},
	locale: Locale = 'de'
): Promise<MunicipalityAtlas | null> {
	const t = translator(locale);
	const ctx = await context(db, ags, access);
	if (!ctx) return null;
	const { dataset, disclosed } = ctx;
	const available = indicatorsWithData(ctx);
	if (available.length === 0) return null;
	const indicatorRow =
		available.find((i) => i.key === view.indicator) ??
		available.find((i) => i.key === 'sgb2_quote') ??
		available[0];
	const indicator = toAtlasIndicator(indicatorRow, locale);
	const years = yearsOf(ctx, indicator.key);
	const year =
		view.year !== undefined && years.includes(view.year) ? view.year : years[years.length - 1];
	const method: ClassificationMethod = view.method ?? 'quantile';
	const palette: PaletteName = view.palette ?? 'blau';
	const draftMark = access.kind === 'draft' ? '?entwurf' : '';
	const href = (code: string) => `/atlas/${ags}/${encodeURIComponent(code)}${draftMark}`;

	// The boundaries valid in the year shown (decision 0029); the MSS map shows the index year.
	const shownYear = method === 'mss' ? (ctx.mss?.year ?? year) : year;
	const figures = versionsIn(dataset.areas, shownYear).map((a) => ({
		area: a,
		cell: disclosed.cells.get(cellKey(a.id, indicator.key, year))
	}));
	const rankOf = ranks(
		figures.map((f) => ({ id: f.area.id, value: f.cell ? publicValue(f.cell.value) : null })),
		indicator.direction
	);
	const mssById = new Map(ctx.mss?.result.areas.map((a) => [Number(a.id), a]) ?? []);
	const typology = typologyFor(ctx);

	const cellOf = (areaId: number, y: number) =>
		disclosed.cells.get(cellKey(areaId, indicator.key, y))?.value ?? null;
	const since =
		view.since !== undefined && years.includes(view.since) && view.since !== year
			? view.since
			: null;
	const change =
		method !== 'mss' && since !== null
			? { from: Math.min(since, year), to: Math.max(since, year) }
			: null;
	const suppressedItem: LegendItem = {
		fill: SUPPRESSED_FILL,
		label: t('atlas.legend.suppressed'),
		pattern: 'suppressed'
	};
	const missingItem: LegendItem = {
		fill: NO_DATA_FILL,
		label: t('atlas.legend.none'),
		pattern: 'missing'
	};

	/** What the map (and the ranking) shows of one area. */
	interface Shown {
		readonly figure: Disclosed | null;
		readonly display: string;
		readonly klass: number | null;
	}
	let legend: LegendItem[] = [];
	let shownOf: (areaId: number) => Shown;
	if (method === 'mss') {
		legend = [1, 2, 3, 4].map((c) => ({
			fill: MSS_STATUS_COLOURS[c - 1],
			label: t('atlas.legend.status', { class: c, label: t(`mss.status.${c as 1 | 2 | 3 | 4}`) })
		}));
		legend.push({ ...missingItem, label: t('atlas.notIndexed') });
		shownOf = (id) => {
			const m = mssById.get(id);
			const figure = cellOf(id, year);
			return {
				figure,
				display: mssLabel(m, locale) ?? t('atlas.notIndexed'),
				klass: m?.indexed ? m.status.class - 1 : null
			};
		};
	} else if (change) {
		const changes = new Map(
			dataset.areas.map((a) => [a.id, changeOf(cellOf(a.id, change.from), cellOf(a.id, change.to))])
		);
		const classes = divergingBreaks(
			[...changes.values()].flatMap((c) => (c && !c.suppressed ? [c.value] : [])),
			indicator.decimals
		);
		const colours = divergingColours(indicator.direction);
		legend = divergingRanges(classes).map(([from, to], i) => ({
			fill: colours[i],
			label: changeClassLabel(i, from, to, indicator.decimals, locale)
		}));
		legend.push(suppressedItem, missingItem);
		shownOf = (id) => {
			const c = changes.get(id) ?? null;
			return {
				figure: c,
				display: c ? formatChange(c, indicator, locale) : t('atlas.legend.none'),
				klass: c && !c.suppressed ? divergingClassOf(c.value, classes) : null
			};
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
				label: classLabel(
					i === 0,
					i === 0 ? classes.lower : classes.upper[i - 1],
					upper,
					indicator.decimals,
					locale
				)
			}));
		}
		legend.push(suppressedItem, missingItem);
		shownOf = (id) => {
			const figure = cellOf(id, year);
			return {
				figure,
				display: figure ? formatFigure(figure, indicator, locale) : t('atlas.legend.none'),
				klass: figure && !figure.suppressed && classes ? classOf(figure.value, classes) : null
			};
		};
	}
	const shown = new Map(dataset.areas.map((a) => [a.id, shownOf(a.id)]));
	const figureState = (figure: Disclosed | null): 'value' | 'suppressed' | 'missing' =>
		!figure ? 'missing' : figure.suppressed ? 'suppressed' : 'value';
	// The MSS map shows the status class (an indexed area has one, whatever its indicator value).
	const stateOf = (s: Shown) =>
		method === 'mss' ? (s.klass === null ? 'missing' : 'value') : figureState(s.figure);
	const fillOf = (s: Shown) => {
		const state = stateOf(s);
		if (state === 'suppressed') return SUPPRESSED_FILL;
		if (state === 'missing' || s.klass === null) return NO_DATA_FILL;
		return legend[s.klass].fill;
	};

	const synthetic = dataset.areas.some((a) => a.synthetic);
	const notes = atlasNotes(dataset, disclosed.threshold, synthetic, locale);
	const basis = changeBasis(indicator);
	const title =
		method === 'mss'
			? t('atlas.mapTitleMss', {
					name: dataset.municipality.name,
					year: ctx.mss?.year ?? ''
				}).trim()
			: change
				? t('atlas.mapTitleChange', {
						name: dataset.municipality.name,
						indicator: indicator.name,
						from: change.from,
						to: change.to,
						unit: changeUnitText(indicator, basis, locale)
					})
				: t('atlas.mapTitle', { name: dataset.municipality.name, indicator: indicator.name, year });
	const mapAreas: MapArea[] = figures
		.filter((f) => f.area.geometry)
		.map((f) => {
			const s = shown.get(f.area.id)!;
			const state = stateOf(s);
			return {
				code: f.area.code,
				name: f.area.name,
				href: href(f.area.code),
				geometry: f.area.geometry!,
				fill: fillOf(s),
				label:
					state === 'suppressed'
						? t('atlas.legend.suppressed')
						: state === 'missing' && method !== 'mss'
							? t('atlas.legend.none')
							: s.display,
				suppressed: state === 'suppressed',
				missing: state === 'missing',
				legendLabel: s.klass === null ? null : legend[s.klass].label
			};
		});
	const ranking = buildRanking(
		figures.map((f) => {
			const s = shown.get(f.area.id)!;
			// Bars of what the map shows; on the MSS map, of the indicator in the map's colours.
			const state = figureState(s.figure);
			const figure = s.figure;
			return {
				code: f.area.code,
				name: f.area.name,
				href: href(f.area.code),
				value: figure && !figure.suppressed ? figure.value : null,
				// A change without its unit: the ranking's caption (the map title) names it.
				display:
					change && figure && !figure.suppressed
						? formatChangeNumber(figure.value, indicator.decimals, locale)
						: method === 'mss'
							? figure
								? formatFigure(figure, indicator, locale)
								: t('atlas.legend.none')
							: s.display,
				fill: fillOf(s),
				state
			};
		})
	);
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
		indicators: available.map((i) => toAtlasIndicator(i, locale)),
		indicator,
		year,
		years,
		method,
		palette,
		change: change ? { ...change, unit: changeUnitText(indicator, basis, locale) } : null,
		map: buildMap({
			title,
			areas: mapAreas,
			legend,
			notes,
			outline: dataset.municipality.geometry
		}),
		ranking,
		rows: figures.map((f) => ({
			code: f.area.code,
			name: f.area.name,
			href: href(f.area.code),
			display: f.cell ? formatFigure(f.cell.value, indicator, locale) : '–',
			value: f.cell ? publicValue(f.cell.value) : null,
			rank: rankOf.get(f.area.id) ?? null,
			mss: mssLabel(mssById.get(f.area.id), locale),
			type: typology?.result.typeOf.get(String(f.area.id)) ?? null,
			change: change ? shown.get(f.area.id)!.display : null
		})),
		total: total ? formatFigure(total.value, indicator, locale) : null,
		mss: ctx.mss
			? {
					year: ctx.mss.year,
					baseYear: ctx.mss.baseYear,
					minPopulation: ctx.analysis.minPopulation,
					counts: ctx.mss.result.counts,
					status: statusRows(ctx.mss.result.counts, locale)
				}
			: null,
		typology: typology
			? {
					key: typology.key,
					indicators: typology.rows.map((i) => toAtlasIndicator(i, locale).name),
					profiles: typeProfilesIn(typology, locale),
					silhouette: typology.result.silhouette,
					labels: await typeLabels(db, ags, typology.key)
				}
			: null,
		notes
	};
}

/**
 * The area type of every area of the municipality, by area id (null = untyped), exactly as the
 * atlas table shows it (`AtlasRow.type`) but without building a map and a table: the
 * Handlungsprogramm asks for the types on every page. Null where `municipalityAtlas` is null.
 */
export async function atlasAreaTypes(
	db: Database,
	ags: string,
	access: Access
): Promise<Map<number, number | null> | null> {
	const ctx = await context(db, ags, access);
	if (!ctx || indicatorsWithData(ctx).length === 0) return null;
	const typology = typologyFor(ctx);
	return new Map(
		ctx.dataset.areas.map((a) => [a.id, typology?.result.typeOf.get(String(a.id)) ?? null])
	);
}
