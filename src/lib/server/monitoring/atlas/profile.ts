/** The profile of one area: every indicator over time, its rank, MSS class, type, region. */
import type { Database } from '../../db';
import { seriesAcrossBoundaries, validityText, versionsIn } from '../boundaries';
import { translator, type Locale } from '$lib/i18n';
import { cellKey, totalKey } from '../disclosed';
import { publicValue } from '../disclosure';
import { formatFigure, toAtlasIndicator, type AtlasIndicator } from '../format';
import { gesamtindexLabel } from '../mss';
import type { Access } from '../read';
import type { TypeProfile } from '../typology';
import { typeLabels, type TypeLabel } from '../type-labels';
import {
	atlasNotes,
	context,
	indicatorsWithData,
	notIndexedText,
	ranks,
	typologyFor,
	typeProfilesIn,
	yearsOf,
	type Typology
} from './context';
import type { MunicipalityAtlas } from './municipality';
import { regionalFigures } from './ruhr';
import { comparableSeries, matchReference, timeBasisLabel } from '../comparison';

export interface SeriesPoint {
	readonly year: number;
	readonly display: string;
	readonly value: number | null;
}

export interface ProfileIndicator {
	readonly indicator: AtlasIndicator;
	/** This boundary version's values (the years it is valid). */
	readonly series: readonly SeriesPoint[];
	/**
	 * Before a boundary change: the predecessor's values, shown as such and never joined into
	 * one line with `series` (decision 0029); empty without a single predecessor.
	 */
	readonly predecessorSeries: readonly SeriesPoint[];
	/** The municipality's value in the same years (under the same disclosure control). */
	readonly municipalSeries: readonly {
		readonly year: number;
		readonly display: string;
		readonly value: number | null;
	}[];
	readonly latestYear: number;
	readonly latest: string;
	readonly rank: { readonly rank: number; readonly of: number } | null;
	readonly municipality: string | null;
	/** Kreis and Ruhr in the latest year, only when their values have the same time basis. */
	readonly kreis: { readonly display: string; readonly coverage: number } | null;
	readonly ruhr: { readonly display: string; readonly coverage: number } | null;
	/** "Stichtag 31.12." or "Jahresdurchschnitt": what the area's values are. */
	readonly timeBasis: string;
	/** The Ruhr in the series' years, each only for exactly that year and the same time basis. */
	readonly ruhrSeries: readonly {
		readonly year: number;
		readonly display: string;
		readonly value: number | null;
	}[];
	/**
	 * Official figures of the latest year with another time basis (INKAR's annual average beside
	 * an area's count on 31 December): kept apart and labelled, not a comparison.
	 */
	readonly apart: {
		readonly timeBasis: string;
		readonly year: number;
		readonly kreis: string;
		readonly ruhr: string;
		readonly source: string;
	} | null;
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
	/**
	 * The boundary change this version began with ("Zeitreihenbruch"): its first year, the
	 * predecessors and a short explanation; null when the area kept its boundary throughout.
	 */
	readonly seriesBreak: {
		readonly year: number;
		readonly predecessors: readonly { readonly code: string; readonly name: string }[];
		readonly text: string;
	} | null;
	/** "2015–2022" etc. for a version that is not valid throughout, else null. */
	readonly validity: string | null;
	readonly notes: readonly string[];
}

export async function areaProfile(
	db: Database,
	ags: string,
	code: string,
	access: Access,
	locale: Locale = 'de'
): Promise<AreaProfile | null> {
	const t = translator(locale);
	const ctx = await context(db, ags, access);
	if (!ctx) return null;
	// The current boundary of the key; for a key that no longer exists, its last one.
	const versions = ctx.dataset.areas.filter((a) => a.code === code);
	const area =
		versions.find((a) => a.validTo === null) ??
		[...versions].sort((a, b) => (b.validTo ?? 0) - (a.validTo ?? 0))[0];
	if (!area) return null;
	const byId = new Map(ctx.dataset.areas.map((a) => [a.id, a]));
	const predecessors = area.predecessorIds.flatMap((id) => byId.get(id) ?? []);
	const { disclosed } = ctx;
	const region = await regionalFigures(db, ctx.dataset.municipality.kreisAgs);
	const indicatorsOut: ProfileIndicator[] = [];
	for (const row of indicatorsWithData(ctx)) {
		const indicator = toAtlasIndicator(row, locale);
		const years = yearsOf(ctx, row.key);
		const split = seriesAcrossBoundaries(years, area, predecessors, (areaId, year) => {
			const cell = disclosed.cells.get(cellKey(areaId, row.key, year));
			return {
				year,
				display: cell ? formatFigure(cell.value, indicator, locale) : '–',
				value: cell ? publicValue(cell.value) : null
			};
		});
		const series = split.current;
		const municipalSeries = years.map((year) => {
			const total = disclosed.totals.get(totalKey(row.key, year));
			return {
				year,
				display: total ? formatFigure(total.value, indicator, locale) : '–',
				value: total ? publicValue(total.value) : null
			};
		});
		const latestYear = series.length ? series[series.length - 1].year : years[years.length - 1];
		const rankOf = ranks(
			versionsIn(ctx.dataset.areas, latestYear).map((a) => {
				const cell = disclosed.cells.get(cellKey(a.id, row.key, latestYear));
				return { id: a.id, value: cell ? publicValue(cell.value) : null };
			}),
			row.direction
		);
		const rank = rankOf.get(area.id);
		const total = disclosed.totals.get(totalKey(row.key, latestYear));
		// Local indicators have no regional figures; catalogue ones only of the same definition.
		const figuresOf = (year: number) => (row.ags ? [] : (region.get(`${row.key}|${year}`) ?? []));
		const matched = matchReference(
			{ year: latestYear, timeBasis: row.timeBasis },
			figuresOf(latestYear)
		);
		const reg = matched.comparable;
		const regional = (p: { value: number } | null | undefined) =>
			p ? formatFigure({ suppressed: false, value: p.value }, indicator, locale) : '–';
		const ruhrSeries = comparableSeries(years, row.timeBasis, years.flatMap(figuresOf)).map(
			(figure, i) => ({
				year: years[i],
				display: regional(figure?.ruhr),
				value: figure?.ruhr?.value ?? null
			})
		);
		indicatorsOut.push({
			indicator,
			series,
			predecessorSeries: split.predecessor,
			municipalSeries,
			latestYear,
			latest: series.length ? series[series.length - 1].display : '–',
			rank: rank ? { rank, of: rankOf.size } : null,
			municipality: total ? formatFigure(total.value, indicator, locale) : null,
			kreis: reg?.kreis
				? {
						display: formatFigure({ suppressed: false, value: reg.kreis.value }, indicator, locale),
						coverage: reg.kreis.coverage
					}
				: null,
			ruhr: reg?.ruhr
				? {
						display: formatFigure({ suppressed: false, value: reg.ruhr.value }, indicator, locale),
						coverage: reg.ruhr.coverage
					}
				: null,
			timeBasis: timeBasisLabel(row.timeBasis, locale),
			ruhrSeries,
			apart: matched.apart
				? {
						timeBasis: timeBasisLabel(matched.apart.timeBasis, locale),
						year: matched.apart.year,
						kreis: regional(matched.apart.figure.kreis),
						ruhr: regional(matched.apart.figure.ruhr),
						source: matched.apart.figure.source
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
							status: `${mssArea.status.class} ${t(`mss.status.${mssArea.status.class}`)}`,
							dynamics: `${t(`mss.dynamics.${mssArea.dynamics.class}`)} (${mssArea.dynamics.class.replace('-', '−')})`,
							cell: gesamtindexLabel(mssArea.gesamtindex),
							attention: mssArea.besondereAufmerksamkeit
						}
					: {
							indexed: false,
							year: ctx.mss.year,
							reason: notIndexedText(mssArea.reason, locale)
						}
				: null,
		type: typeNumber ? localType(typology!, typeNumber, locale) : null,
		typeLabel,
		indicators: indicatorsOut,
		seriesBreak:
			area.validFrom !== null && predecessors.length
				? {
						year: area.validFrom,
						predecessors: predecessors.map((p) => ({ code: p.code, name: p.name })),
						text: t(predecessors.length === 1 ? 'profile.breakOne' : 'profile.breakMany', {
							year: area.validFrom,
							before: area.validFrom - 1,
							predecessors: predecessors.map((p) => `${p.name} (${p.code})`).join(', ')
						})
					}
				: null,
		validity: validityText(area, locale),
		notes: atlasNotes(ctx.dataset, disclosed.threshold, area.synthetic, locale)
	};
}

function localType(typology: Typology, type: number, locale: Locale): TypeProfile | null {
	return typeProfilesIn(typology, locale).find((p) => p.type === type) ?? null;
}
