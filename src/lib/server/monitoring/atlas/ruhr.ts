/**
 * The Metropole Ruhr from the official municipality values (INKAR, GISD): the overview of the 53
 * municipalities, and the Kreis and Ruhr figures an area profile compares with.
 */
import type { Database } from '../../db';
import { translator, type Locale } from '$lib/i18n';
import type { ClassificationMethod, PaletteName } from '$lib/types/monitoring';
import { classBreaks, classOf, coloursFor, NO_DATA_FILL } from '../classify';
import { classLabel, formatFigure, toAtlasIndicator, type AtlasIndicator } from '../format';
import { buildMap, type LegendItem, type MapModel } from '../map';
import { listMunicipalities, loadIndicators, loadMunicipalityValues } from '../read';
import type { TimeBasis } from '$lib/types/monitoring';
import { timeBasisLabel, type BasisFigure } from '../comparison';
import type { AtlasView } from './context';

interface Pooled {
	readonly value: number;
	readonly coverage: number;
}

/** Kreis and Ruhr figures of one indicator and year, of one time basis. */
export interface RegionalFigure {
	readonly kreis: Pooled | null;
	readonly ruhr: Pooled | null;
	readonly source: string;
}

/**
 * Kreis and Ruhr figures per indicator and year (key `indicator|year`), one per time basis — values
 * of different time bases are never pooled together: shares are pooled (Σ numerators ÷ Σ
 * denominators), counts summed, other measures weighted by population. `coverage` = number of
 * municipalities that contribute.
 */
export async function regionalFigures(
	db: Database,
	kreisAgs: string
): Promise<Map<string, BasisFigure<RegionalFigure>[]>> {
	const [rows, municipalitiesList, catalogue] = await Promise.all([
		loadMunicipalityValues(db),
		listMunicipalities(db),
		// Ruhr-wide figures: the shared catalogue only, never a municipality's local indicators.
		loadIndicators(db, null)
	]);
	const kind = new Map(catalogue.map((i) => [i.key, i]));
	const kreisOf = new Map(municipalitiesList.map((m) => [m.ags, m.kreisAgs]));
	const population = new Map(municipalitiesList.map((m) => [m.ags, m.population ?? 0]));
	const groups = new Map<string, typeof rows>();
	for (const r of rows) {
		const key = `${r.indicatorKey}|${r.year}|${r.timeBasis}`;
		const g = groups.get(key);
		if (g) g.push(r);
		else groups.set(key, [r]);
	}
	const out = new Map<string, BasisFigure<RegionalFigure>[]>();
	for (const group of groups.values()) {
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
		const { indicatorKey, year, timeBasis } = group[0];
		const list = out.get(`${indicatorKey}|${year}`) ?? [];
		list.push({
			year,
			timeBasis,
			figure: {
				kreis: pool(group.filter((m) => kreisOf.get(m.ags) === kreisAgs)),
				ruhr: pool(group),
				source: group[0].source
			}
		});
		out.set(`${indicatorKey}|${year}`, list);
	}
	return out;
}

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
	/** The time basis of the values shown ("Jahresdurchschnitt"), and a note on any left out. */
	readonly timeBasis: string;
	readonly notes: readonly string[];
}

export const RUHR_INDICATORS = ['arbeitslose_je_100', 'gisd'] as const;

/** The 53 municipalities with official values (INKAR, GISD): real data, no disclosure issue. */
export async function ruhrOverview(
	db: Database,
	view: AtlasView = {},
	locale: Locale = 'de'
): Promise<RuhrOverview> {
	const t = translator(locale);
	const [catalogue, list] = await Promise.all([loadIndicators(db, null), listMunicipalities(db)]);
	const available = catalogue.filter((i) => (RUHR_INDICATORS as readonly string[]).includes(i.key));
	const row = available.find((i) => i.key === view.indicator) ?? available[0];
	const indicator = toAtlasIndicator(row, locale);
	const values = await loadMunicipalityValues(db, row.key);
	const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
	const year =
		view.year !== undefined && years.includes(view.year) ? view.year : years[years.length - 1];
	const method = view.method === 'mss' || !view.method ? 'quantile' : view.method;
	const palette = view.palette ?? 'blau';
	// One time basis per map: the one most values of the year have; others are left out, named.
	const ofYear = values.filter((v) => v.year === year);
	const basisCount = new Map<TimeBasis, number>();
	for (const v of ofYear) basisCount.set(v.timeBasis, (basisCount.get(v.timeBasis) ?? 0) + 1);
	const basis =
		[...basisCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ??
		row.timeBasis;
	const otherBasis = ofYear.filter((v) => v.timeBasis !== basis);
	const byAgs = new Map(ofYear.filter((v) => v.timeBasis === basis).map((v) => [v.ags, v]));
	const notes = otherBasis.length
		? [
				t('atlas.ruhrOtherBasis', {
					count: otherBasis.length,
					basis: timeBasisLabel(otherBasis[0].timeBasis, locale)
				})
			]
		: [];
	const classes = classBreaks(
		[...byAgs.values()].map((v) => v.value),
		method
	);
	const colours = classes ? coloursFor(palette, classes.upper.length, indicator.direction) : [];
	const legend: LegendItem[] = classes
		? classes.upper.map((upper, i) => ({
				fill: colours[i],
				label: classLabel(
					i === 0,
					i === 0 ? classes.lower : classes.upper[i - 1],
					upper,
					indicator.decimals,
					locale
				)
			}))
		: [];
	legend.push({ fill: NO_DATA_FILL, label: t('atlas.legend.none'), pattern: 'missing' });
	const source = values[0]?.source ?? '';
	const map = buildMap({
		title: t('atlas.mapTitle', { name: 'Metropole Ruhr', indicator: indicator.name, year }),
		legend,
		notes: [
			t('atlas.sourceNote', { source }),
			t('atlas.ruhrTimeBasis', { basis: timeBasisLabel(basis, locale) }),
			...notes,
			t('atlas.note.boundaries')
		],
		areas: list
			.filter((m) => m.geometry)
			.map((m) => {
				const v = byAgs.get(m.ags);
				const k = v && classes ? classOf(v.value, classes) : null;
				return {
					code: m.ags,
					name: m.name,
					href: m.published ? `/atlas/${m.ags}` : null,
					geometry: m.geometry!,
					fill: k !== null ? colours[k] : NO_DATA_FILL,
					label: v
						? formatFigure({ suppressed: false, value: v.value }, indicator, locale)
						: t('atlas.legend.none'),
					suppressed: false,
					missing: !v,
					legendLabel: k !== null ? legend[k].label : null
				};
			})
	});
	return {
		indicators: available.map((i) => toAtlasIndicator(i, locale)),
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
				display: v ? formatFigure({ suppressed: false, value: v.value }, indicator, locale) : '–',
				value: v?.value ?? null,
				href: m.published ? `/atlas/${m.ags}` : null,
				areaTermPlural: m.areaTermPlural,
				isDemo: m.isDemo
			};
		}),
		source,
		timeBasis: timeBasisLabel(basis, locale),
		notes
	};
}
