/**
 * The public values as data: the API answer, the CSV and the GeoJSON downloads. All of them walk
 * the indexed, disclosed view of a context (context.ts) once, in export order — area code,
 * indicator key, year — and hand out rows one at a time, so a download is streamed rather than
 * built in memory and its cost is linear in the number of values.
 */
import { versionsIn } from '../boundaries';
import type { Database } from '../../db';
import { cellKey, type DisclosedCell, type RawValue } from '../disclosed';
import { publicValue } from '../disclosure';
import { toAtlasIndicator, type AtlasIndicator } from '../format';
import type { Access, AreaInfo, RawDataset } from '../read';
import { csvLine, CSV_BOM } from '../../spreadsheet';
import { joinText } from '../../streaming';
import { atlasNotes, context, indicatorsWithData, type Context } from './context';

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

export interface PublicTotalRow {
	readonly indicator: string;
	readonly year: number;
	readonly value: number | null;
	readonly count: number | null;
	readonly suppressed: boolean;
}

/** Which values: absent fields mean "all". */
export interface ValueFilter {
	readonly indicators?: readonly string[];
	readonly year?: number;
}

export interface PublicData {
	readonly municipality: { ags: string; name: string };
	readonly isDemo: boolean;
	readonly threshold: number;
	readonly areas: readonly {
		code: string;
		name: string;
		parentCode: string | null;
		synthetic: boolean;
		geometry: RawDataset['areas'][number]['geometry'];
		/** Boundary version (decision 0029): first and last year, null = open. */
		validFrom: number | null;
		validTo: number | null;
	}[];
	readonly indicators: readonly AtlasIndicator[];
	/** Years with values, ascending (of the given indicators, or of all). */
	yearsOf(indicators?: readonly string[]): readonly number[];
	/** The disclosed values in export order, one at a time. */
	rows(filter?: ValueFilter): Generator<PublicValueRow>;
	/** How many values `rows(filter)` gives, without building them. */
	count(filter?: ValueFilter): number;
	/** `limit` values of `rows(filter)` from `offset` on, skipping without building rows. */
	slice(filter: ValueFilter, offset: number, limit: number): PublicValueRow[];
	/** The municipality's totals (aggregated from its areas, same disclosure control). */
	totalRows(filter?: ValueFilter): PublicTotalRow[];
	readonly notes: readonly string[];
}

/** `PublicData` with the values and totals of one filter as arrays (small outputs, tests). */
export interface PublicValues extends PublicData {
	readonly values: readonly PublicValueRow[];
	readonly totals: readonly PublicTotalRow[];
}

/** The public view of a dataset as data, or null when `access` may not read it. */
export async function publicData(
	db: Database,
	ags: string,
	access: Access
): Promise<PublicData | null> {
	const ctx = await context(db, ags, access);
	return ctx && dataOf(ctx);
}

export async function publicValues(
	db: Database,
	ags: string,
	access: Access,
	filter: { readonly indicator?: string; readonly year?: number } = {}
): Promise<PublicValues | null> {
	const data = await publicData(db, ags, access);
	if (!data) return null;
	const chosen: ValueFilter = {
		indicators: filter.indicator !== undefined ? [filter.indicator] : undefined,
		year: filter.year
	};
	return { ...data, values: [...data.rows(chosen)], totals: data.totalRows(chosen) };
}

function dataOf(ctx: Context): PublicData {
	const { dataset, disclosed, index } = ctx;
	const known = new Set(ctx.catalogue.map((i) => i.key));
	const accepts = (filter: ValueFilter) => {
		const keys = filter.indicators ? new Set(filter.indicators) : null;
		return (v: RawValue) =>
			known.has(v.indicatorKey) &&
			(keys === null || keys.has(v.indicatorKey)) &&
			(filter.year === undefined || v.year === filter.year);
	};
	const rowOf = (area: AreaInfo, v: RawValue, cell: DisclosedCell): PublicValueRow => ({
		area: area.code,
		areaName: area.name,
		indicator: v.indicatorKey,
		year: v.year,
		value: publicValue(cell.value),
		count: cell.count ? publicValue(cell.count) : null,
		suppressed: cell.value.suppressed
	});
	const cellOf = (v: RawValue) => disclosed.cells.get(cellKey(v.areaId, v.indicatorKey, v.year));

	return {
		municipality: { ags: dataset.municipality.ags, name: dataset.municipality.name },
		isDemo: dataset.settings.isDemo,
		threshold: disclosed.threshold,
		areas: dataset.areas.map((a) => ({
			code: a.code,
			name: a.name,
			parentCode: a.parentCode,
			synthetic: a.synthetic,
			geometry: a.geometry,
			validFrom: a.validFrom,
			validTo: a.validTo
		})),
		indicators: indicatorsWithData(ctx).map((i) => toAtlasIndicator(i)),
		yearsOf(indicators) {
			if (!indicators) return index.allYears;
			const years = new Set(indicators.flatMap((k) => index.years.get(k) ?? []));
			return [...years].sort((a, b) => a - b);
		},
		*rows(filter = {}) {
			const match = accepts(filter);
			for (const area of index.areasByCode) {
				for (const v of index.byArea.get(area.id) ?? []) {
					if (!match(v)) continue;
					const cell = cellOf(v);
					if (cell) yield rowOf(area, v, cell);
				}
			}
		},
		count(filter = {}) {
			const match = accepts(filter);
			let n = 0;
			for (const v of dataset.values) if (match(v)) n += 1;
			return n;
		},
		slice(filter, offset, limit) {
			const match = accepts(filter);
			const out: PublicValueRow[] = [];
			let skipped = 0;
			for (const area of index.areasByCode) {
				for (const v of index.byArea.get(area.id) ?? []) {
					if (!match(v)) continue;
					if (skipped < offset) {
						skipped += 1;
						continue;
					}
					const cell = cellOf(v);
					if (cell) out.push(rowOf(area, v, cell));
					if (out.length >= limit) return out;
				}
			}
			return out;
		},
		totalRows(filter = {}) {
			const keys = filter.indicators ? new Set(filter.indicators) : null;
			return [...disclosed.totals.entries()]
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
						(keys === null || keys.has(t.indicator)) &&
						(filter.year === undefined || t.year === filter.year)
				)
				.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year);
		},
		notes: atlasNotes(
			dataset,
			disclosed.threshold,
			dataset.areas.some((a) => a.synthetic)
		)
	};
}

// ---------------------------------------------------------------------------------------------
// API: one page of values

/** Largest page the API hands out; the default page is smaller. */
export const MAX_PAGE_SIZE = 10_000;
export const DEFAULT_PAGE_SIZE = 1_000;

export interface ValuesQuery {
	/** Indicator keys; absent = all. */
	readonly indicators?: readonly string[];
	/** A year, or every year; absent = the latest year with values (of the chosen indicators). */
	readonly year?: number | 'all';
	readonly limit: number;
	readonly offset: number;
}

export interface ValuesPage {
	/** The year the page is about; null when every year was asked for or there are no values. */
	readonly year: number | null;
	readonly years: readonly number[];
	readonly total: number;
	readonly offset: number;
	readonly limit: number;
	readonly values: readonly PublicValueRow[];
	readonly totals: readonly PublicTotalRow[];
}

/**
 * What one API request gets: by default the latest year only, at most `MAX_PAGE_SIZE` values
 * from `offset` on; the municipal totals of the same indicators and year(s) come whole (a few).
 */
export function valuesPage(data: PublicData, query: ValuesQuery): ValuesPage {
	const years = data.yearsOf(query.indicators);
	const year =
		query.year === 'all' ? null : (query.year ?? (years.length ? years[years.length - 1] : null));
	const filter: ValueFilter = {
		indicators: query.indicators,
		year: year ?? undefined
	};
	const empty = query.year !== 'all' && year === null;
	const limit = Math.min(Math.max(1, query.limit), MAX_PAGE_SIZE);
	return {
		year,
		years,
		total: empty ? 0 : data.count(filter),
		offset: query.offset,
		limit,
		values: empty ? [] : data.slice(filter, query.offset, limit),
		totals: empty ? [] : data.totalRows(filter)
	};
}

/** The link to the page after `page`, or null on the last page. */
function nextPage(url: URL, page: ValuesPage): string | null {
	if (page.offset + page.limit >= page.total) return null;
	const next = new URL(url);
	next.searchParams.set('offset', String(page.offset + page.limit));
	next.searchParams.set('limit', String(page.limit));
	if (page.year !== null) next.searchParams.set('year', String(page.year));
	return `${next.pathname}${next.search}`;
}

/** The API answer for `query` as JSON text, in pieces (streamed by the route). */
export function* valuesJsonParts(
	data: PublicData,
	query: ValuesQuery,
	url: URL
): Generator<string> {
	const page = valuesPage(data, query);
	const head = JSON.stringify({
		municipality: data.municipality,
		isDemo: data.isDemo,
		disclosureThreshold: data.threshold,
		year: page.year,
		years: page.years,
		page: { offset: page.offset, limit: page.limit, total: page.total, next: nextPage(url, page) },
		values: []
	});
	yield head.slice(0, -2);
	let first = true;
	for (const row of page.values) {
		yield (first ? '' : ',') + JSON.stringify(row);
		first = false;
	}
	yield `],"totals":${JSON.stringify(page.totals)},"notes":${JSON.stringify(data.notes)}}`;
}

// ---------------------------------------------------------------------------------------------
// Downloads

/**
 * Semicolon CSV with decimal comma and BOM, as Excel in German expects; "." marks secrets. Text
 * cells (area names and codes) are neutralised against spreadsheet formulas (spreadsheet.ts).
 */
export function* valuesCsvParts(data: PublicData): Generator<string> {
	yield (
		CSV_BOM +
		csvLine([
			'gemeinde_ags',
			'gebiet',
			'gebietsname',
			'indikator',
			'jahr',
			'wert',
			'anzahl',
			'hinweis'
		])
	);
	const note = data.isDemo ? 'Demodaten' : '';
	for (const v of data.rows()) {
		yield csvLine([
			data.municipality.ags,
			v.area,
			v.areaName,
			v.indicator,
			v.year,
			v.suppressed ? '.' : v.value,
			v.count,
			v.suppressed ? 'geheim' : note
		]);
	}
}

export function valuesCsv(data: PublicData): string {
	return joinText(valuesCsvParts(data));
}

/** GeoJSON of the areas with the values of one year as properties (null + flag when secret). */
export function* valuesGeoJsonParts(data: PublicData, year: number): Generator<string> {
	const head = JSON.stringify({
		type: 'FeatureCollection',
		name: `${data.municipality.name} ${year}`,
		jahr: year,
		demodaten: data.isDemo,
		hinweise: data.notes,
		features: []
	});
	yield head.slice(0, -2);
	// The boundaries valid in that year (decision 0029): one feature per key.
	const areas = versionsIn(data.areas, year);
	const properties = new Map<string, Record<string, string | number | boolean | null>>();
	for (const a of areas) {
		if (!a.geometry) continue;
		properties.set(a.code, {
			code: a.code,
			name: a.name,
			parent: a.parentCode,
			synthetisch: a.synthetic
		});
	}
	for (const v of data.rows({ year })) {
		const p = properties.get(v.area);
		if (!p) continue;
		p[v.indicator] = v.value;
		if (v.suppressed) p[`${v.indicator}_geheim`] = true;
	}
	let first = true;
	for (const a of areas) {
		if (!a.geometry) continue;
		const feature = {
			type: 'Feature',
			id: a.code,
			properties: properties.get(a.code),
			geometry: a.geometry
		};
		yield (first ? '' : ',') + JSON.stringify(feature);
		first = false;
	}
	yield ']}';
}

export function valuesGeoJson(data: PublicData, year: number): string {
	return joinText(valuesGeoJsonParts(data, year));
}
