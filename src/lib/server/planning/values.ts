/**
 * Reading the monitoring values a Handlungsprogramm needs: the areas of a plan's scope, the
 * member areas of its Handlungsräume, and an indicator's series for a set of areas, aggregated
 * with `aggregateCells`. Public reads see a municipality's values only when its dataset is
 * published (the monitoring's rule); the public view aggregates with disclosure control.
 *
 * Published values only (decision 0025): the values are read from `indicator_values`, which holds
 * a municipality's published state; an import waits in `monitoring_draft_values` until the
 * planner publishes it, so targets, progress and the Fortschreibung follow publication, not
 * upload. A value's date is when it was published (for imports from before drafts existed: when
 * it was imported). Areas are boundary versions (decision 0029): a Handlungsraum's values of a
 * year are those of its member versions valid in that year.
 */
import { validIn } from '../monitoring/boundaries';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { readSideBySide, type Database, type Transaction } from '../db';
import {
	areas,
	areaSuccessors,
	handlungsraeume,
	handlungsraumAreas,
	indicators,
	indicatorValues,
	monitoringDatasets,
	monitoringImports,
	municipalities,
	replacedAreas
} from '../db/schema';
import {
	ATLAS_CACHE_VALUES,
	dataVersionOf,
	indicatorScope,
	PUBLIC,
	publicValues,
	VersionedCache,
	type AreaGeometry
} from '../monitoring';
import { aggregateCells, type AggregateResult, type AreaCell } from './aggregate';
import type { Plan } from './model';

type Reader = Database | Transaction;
export type View = 'public' | 'internal';

/** The monitoring's population indicator: the weight of measures without numerator and denominator. */
export const POPULATION_KEY = 'einwohner';

export interface ScopeArea {
	id: number;
	ags: string;
	code: string;
	name: string;
	/** The years this boundary version is valid (decision 0029); null: open on that side. */
	validFrom: number | null;
	validTo: number | null;
}

/** The municipalities a plan covers, as a condition on `municipalities`. */
const scopeCondition = (plan: Pick<Plan, 'ags' | 'kreisAgs'>) =>
	plan.ags
		? eq(municipalities.ags, plan.ags)
		: and(eq(municipalities.kreisAgs, plan.kreisAgs!), eq(municipalities.kreisfrei, false));

/** The municipalities a plan covers: its own, or the member municipalities of its Kreis. */
export async function scopeMunicipalities(
	db: Reader,
	plan: Pick<Plan, 'ags' | 'kreisAgs'>
): Promise<{ ags: string; name: string }[]> {
	return db
		.select({ ags: municipalities.ags, name: municipalities.name })
		.from(municipalities)
		.where(scopeCondition(plan))
		.orderBy(asc(municipalities.name));
}

/** The current areas of a plan's scope (what a planner picks from), by municipality and key. */
export async function scopeAreas(
	db: Reader,
	plan: Pick<Plan, 'ags' | 'kreisAgs'>
): Promise<ScopeArea[]> {
	return areasOfScope(db, plan, true);
}

/**
 * Every boundary version of the areas of a plan's scope, closed ones too: a Handlungsraum keeps
 * the versions its areas had before a boundary change, for the years they were valid.
 */
export async function scopeAreaVersions(
	db: Reader,
	plan: Pick<Plan, 'ags' | 'kreisAgs'>
): Promise<ScopeArea[]> {
	return areasOfScope(db, plan, false);
}

async function areasOfScope(
	db: Reader,
	plan: Pick<Plan, 'ags' | 'kreisAgs'>,
	currentOnly: boolean
): Promise<ScopeArea[]> {
	return db
		.select({
			id: areas.id,
			ags: areas.ags,
			code: areas.code,
			name: areas.name,
			validFrom: areas.validFrom,
			validTo: areas.validTo
		})
		.from(areas)
		.innerJoin(municipalities, eq(municipalities.ags, areas.ags))
		.where(and(scopeCondition(plan), currentOnly ? isNull(areas.validTo) : undefined))
		.orderBy(asc(areas.ags), asc(areas.code), sql`${areas.validFrom} nulls first`);
}

/**
 * Which version followed which (decision 0029), for the areas of a plan's scope: the links a
 * Handlungsraum is carried over a boundary change along.
 */
export async function scopeSuccessorLinks(
	db: Reader,
	plan: Pick<Plan, 'ags' | 'kreisAgs'>
): Promise<{ areaId: number; successorId: number }[]> {
	return db
		.select({ areaId: areaSuccessors.areaId, successorId: areaSuccessors.successorId })
		.from(areaSuccessors)
		.innerJoin(areas, eq(areas.id, areaSuccessors.areaId))
		.innerJoin(municipalities, eq(municipalities.ags, areas.ags))
		.where(scopeCondition(plan))
		.orderBy(asc(areaSuccessors.areaId), asc(areaSuccessors.successorId));
}

/** The outlines of some areas (any version), by id. */
export async function areaOutlines(
	db: Reader,
	ids: readonly number[]
): Promise<Map<number, AreaGeometry>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.select({ id: areas.id, geometry: areas.geometry })
		.from(areas)
		.where(inArray(areas.id, [...ids]));
	return new Map(rows.flatMap((r) => (r.geometry ? [[r.id, r.geometry] as const] : [])));
}

/** Member area ids of every Handlungsraum of a plan; "whole municipality" resolves to its areas now. */
export async function handlungsraumMembers(
	db: Reader,
	planId: number
): Promise<Map<number, number[]>> {
	const [raeume, explicit, whole] = await readSideBySide(db, [
		() =>
			db
				.select({ id: handlungsraeume.id })
				.from(handlungsraeume)
				.where(eq(handlungsraeume.planId, planId)),
		() =>
			db
				.select({ raumId: handlungsraumAreas.handlungsraumId, areaId: handlungsraumAreas.areaId })
				.from(handlungsraumAreas)
				.innerJoin(handlungsraeume, eq(handlungsraeume.id, handlungsraumAreas.handlungsraumId))
				.where(eq(handlungsraeume.planId, planId))
				.orderBy(asc(handlungsraumAreas.areaId)),
		() =>
			db
				.select({ raumId: handlungsraeume.id, areaId: areas.id })
				.from(handlungsraeume)
				.innerJoin(areas, eq(areas.ags, handlungsraeume.municipalityAgs))
				.where(and(eq(handlungsraeume.planId, planId), eq(handlungsraeume.kind, 'gemeinde')))
				.orderBy(asc(areas.id))
	]);
	const members = new Map<number, number[]>(raeume.map((r) => [r.id, []]));
	for (const row of [...explicit, ...whole]) members.get(row.raumId)?.push(row.areaId);
	return members;
}

export interface StoredCell {
	value: number;
	numerator: number | null;
	denominator: number | null;
	importId: number;
}

/** Area id → a value, for one indicator and year. */
export type YearCells = Map<number, StoredCell>;

export interface ValueTable {
	/** Indicator key → year → area id → the stored value (numeric keys: no string per lookup). */
	cells: Map<string, Map<number, YearCells>>;
	/** Years with any value, per indicator, ascending. */
	years: Map<string, number[]>;
	/** Import id → when it was imported (the data version). */
	imports: Map<number, Date>;
	/** Area id → its municipality (every area of the municipalities read). */
	areaAgs: Map<number, string>;
	/**
	 * Area id → the years its boundary version is valid, for versions valid only for some years
	 * (decision 0029): a set of areas has a value in a year from the members valid then.
	 */
	areaValidity: Map<number, { validFrom: number | null; validTo: number | null }>;
	/** Municipality → disclosure threshold and whether its data are public. */
	datasets: Map<string, { threshold: number; published: boolean }>;
	/**
	 * Cells the public atlas hides (primary and secondary suppression), filled for public reads
	 * by `markPublicSuppression`, as indicator key → year → area ids: a Handlungsraum made of one
	 * hidden and one published area must not give the hidden value back by subtraction.
	 */
	publicSuppressed?: Map<string, Map<number, Set<number>>>;
}

/** The stored value of an area for an indicator and year, if any. */
export function storedCell(
	table: ValueTable,
	areaId: number,
	indicatorKey: string,
	year: number
): StoredCell | undefined {
	return table.cells.get(indicatorKey)?.get(year)?.get(areaId);
}

/** Raw rows of `loadValues`: [area id, indicator key, year, value, numerator, denominator, import id]. */
type ValueRow = [number, string, number, number, number | null, number | null, number];

/**
 * All stored values of the indicators (and the population) for the municipalities given; only
 * the years given when `years` is set (a target's baseline needs one year, not the series).
 *
 * The values travel as one JSON document rather than one result row each: a plan of 2,000 areas
 * reads over 100,000 values per page, and decoding that many protocol rows (PGlite especially)
 * costs far more than the query.
 */
export async function loadValues(
	db: Reader,
	agsList: readonly string[],
	indicatorKeys: readonly string[],
	years?: readonly number[]
): Promise<ValueTable> {
	const keys = [...new Set([...indicatorKeys, POPULATION_KEY])];
	const table: ValueTable = {
		cells: new Map(),
		years: new Map(),
		imports: new Map(),
		areaAgs: new Map(),
		areaValidity: new Map(),
		datasets: new Map()
	};
	if (agsList.length === 0 || years?.length === 0) return table;
	const [[document], areaRows, importRows, datasetRows] = await readSideBySide(db, [
		() =>
			db
				.select({
					rows: sql<string | null>`json_agg(json_build_array(
					${indicatorValues.areaId}, ${indicatorValues.indicatorKey}, ${indicatorValues.year},
					${indicatorValues.value}, ${indicatorValues.numerator}, ${indicatorValues.denominator},
					${indicatorValues.importId}))::text`
				})
				.from(indicatorValues)
				.innerJoin(areas, eq(areas.id, indicatorValues.areaId))
				.where(
					and(
						inArray(areas.ags, [...agsList]),
						inArray(indicatorValues.indicatorKey, keys),
						years ? inArray(indicatorValues.year, [...years]) : undefined
					)
				),
		() =>
			db
				.select({
					id: areas.id,
					ags: areas.ags,
					validFrom: areas.validFrom,
					validTo: areas.validTo
				})
				.from(areas)
				.where(inArray(areas.ags, [...agsList])),
		() =>
			db
				.select({
					id: monitoringImports.id,
					createdAt:
						sql<Date>`coalesce(${monitoringImports.publishedAt}, ${monitoringImports.createdAt})`.mapWith(
							monitoringImports.createdAt
						)
				})
				.from(monitoringImports)
				.where(inArray(monitoringImports.ags, [...agsList])),
		() =>
			db
				.select({
					ags: monitoringDatasets.ags,
					threshold: monitoringDatasets.disclosureThreshold,
					published: monitoringDatasets.published
				})
				.from(monitoringDatasets)
				.where(inArray(monitoringDatasets.ags, [...agsList]))
	]);
	const rows: ValueRow[] = document.rows ? JSON.parse(document.rows) : [];
	for (const a of areaRows) {
		table.areaAgs.set(a.id, a.ags);
		if (a.validFrom !== null || a.validTo !== null)
			table.areaValidity.set(a.id, { validFrom: a.validFrom, validTo: a.validTo });
	}
	for (const [areaId, indicatorKey, year, value, numerator, denominator, importId] of rows) {
		let byYear = table.cells.get(indicatorKey);
		if (!byYear) table.cells.set(indicatorKey, (byYear = new Map()));
		let cells = byYear.get(year);
		if (!cells) byYear.set(year, (cells = new Map()));
		cells.set(areaId, { value, numerator, denominator, importId });
	}
	for (const [key, byYear] of table.cells)
		table.years.set(
			key,
			[...byYear.keys()].sort((a, b) => a - b)
		);
	for (const i of importRows) table.imports.set(i.id, i.createdAt);
	for (const d of datasetRows) table.datasets.set(d.ags, d);
	return table;
}

/** A table's number of stored values (the cache's measure of size). */
function sizeOf(table: ValueTable): number {
	let size = 0;
	for (const byYear of table.cells.values())
		for (const cells of byYear.values()) size += cells.size;
	return size;
}

/**
 * The value tables the Handlungsprogramm reads on every page, per municipality, view and set of
 * indicators, kept per data version like the atlas (decision 15): every change to a
 * municipality's values, areas, imports or disclosure settings raises its data version in the
 * same transaction, so a cached table is never stale and nothing is invalidated by hand. Per
 * database handle, because a version number only means something within one database. Counts
 * against the same budget as the atlas cache (`ATLAS_CACHE_VALUES`).
 */
let valueCaches = new WeakMap<Database, VersionedCache<ValueTable>>();

function valueCacheOf(db: Database): VersionedCache<ValueTable> {
	let cache = valueCaches.get(db);
	if (!cache)
		valueCaches.set(db, (cache = new VersionedCache<ValueTable>(ATLAS_CACHE_VALUES, sizeOf)));
	return cache;
}

/** Drops every cached value table (the benchmark's first read after an import). */
export function clearPlanningValueCache(): void {
	valueCaches = new WeakMap();
}

/**
 * What `loadValues` gives for the municipalities and indicators, and for the public view with
 * the public atlas's hidden cells marked (`markPublicSuppression`), read through the per-version
 * cache. The table is shared between requests: read it, never change it.
 */
export async function planValues(
	db: Database,
	agsList: readonly string[],
	indicatorKeys: readonly string[],
	view: View
): Promise<ValueTable> {
	const keys = [...new Set(indicatorKeys)].sort();
	const parts = await Promise.all(
		agsList.map(async (ags) => {
			const build = async () => {
				const table = await loadValues(db, [ags], keys);
				if (view === 'public') await markPublicSuppression(db, table);
				return table;
			};
			const version = await dataVersionOf(db, ags);
			if (version === null) return build();
			const table = await valueCacheOf(db).read(`${view}|${ags}|${keys.join(',')}`, version, build);
			return table ?? build();
		})
	);
	return parts.length === 1 ? parts[0] : mergeTables(parts, view);
}

/** One table of several municipalities' tables (their areas are disjoint). */
function mergeTables(parts: readonly ValueTable[], view: View): ValueTable {
	const merged: ValueTable = {
		cells: new Map(),
		years: new Map(),
		imports: new Map(),
		areaAgs: new Map(),
		areaValidity: new Map(),
		datasets: new Map(),
		publicSuppressed: view === 'public' ? new Map() : undefined
	};
	for (const part of parts) {
		for (const [key, byYear] of part.cells) {
			let target = merged.cells.get(key);
			if (!target) merged.cells.set(key, (target = new Map()));
			for (const [year, cells] of byYear) {
				const existing = target.get(year);
				target.set(year, existing ? new Map([...existing, ...cells]) : cells);
			}
		}
		for (const [key, byYear] of part.publicSuppressed ?? []) {
			let target = merged.publicSuppressed!.get(key);
			if (!target) merged.publicSuppressed!.set(key, (target = new Map()));
			for (const [year, ids] of byYear) {
				const existing = target.get(year);
				target.set(year, existing ? new Set([...existing, ...ids]) : ids);
			}
		}
		for (const [id, at] of part.imports) merged.imports.set(id, at);
		for (const [id, ags] of part.areaAgs) merged.areaAgs.set(id, ags);
		for (const [id, validity] of part.areaValidity) merged.areaValidity.set(id, validity);
		for (const [ags, dataset] of part.datasets) merged.datasets.set(ags, dataset);
	}
	for (const [key, byYear] of merged.cells)
		merged.years.set(
			key,
			[...byYear.keys()].sort((a, b) => a - b)
		);
	return merged;
}

/**
 * Marks the cells that the public atlas of each published municipality in the table hides, so
 * that public aggregates treat them exactly as the atlas does (its secondary suppression
 * included, which the stored values alone cannot tell).
 */
export async function markPublicSuppression(db: Database, table: ValueTable): Promise<void> {
	const hidden = new Map<string, Map<number, Set<number>>>();
	for (const [ags, dataset] of table.datasets) {
		if (!dataset.published) continue;
		const areaRows = await db
			.select({
				id: areas.id,
				code: areas.code,
				validFrom: areas.validFrom,
				validTo: areas.validTo
			})
			.from(areas)
			.where(eq(areas.ags, ags));
		// A public row names its area by key; the version valid in the row's year is meant.
		const versionsOf = new Map<string, (typeof areaRows)[number][]>();
		for (const a of areaRows) versionsOf.set(a.code, [...(versionsOf.get(a.code) ?? []), a]);
		const idIn = (code: string, year: number) =>
			versionsOf.get(code)?.find((a) => validIn(a, year))?.id;
		// Only the indicators the table holds: the public view builds rows for what it is asked.
		for (const indicator of table.years.keys()) {
			const values = await publicValues(db, ags, PUBLIC, { indicator });
			for (const row of values?.values ?? []) {
				const id = idIn(row.area, row.year);
				if (!row.suppressed || id === undefined) continue;
				let byYear = hidden.get(row.indicator);
				if (!byYear) hidden.set(row.indicator, (byYear = new Map()));
				let ids = byYear.get(row.year);
				if (!ids) byYear.set(row.year, (ids = new Set()));
				ids.add(id);
			}
		}
	}
	table.publicSuppressed = hidden;
}

export interface IndicatorInfo {
	key: string;
	name: string;
	nameEn: string | null;
	unit: string;
	decimals: number;
	kind: 'share' | 'count' | 'measure';
	per: number | null;
	direction: 'need_up' | 'need_down' | 'neutral';
	handlungsfeld: string;
}

/**
 * The indicators a plan of municipality `ags` may use: the catalogue and that municipality's local
 * indicators. `null` (a Kreis plan spanning several municipalities): the catalogue alone, since a
 * local indicator has values in its own municipality only.
 */
export async function loadIndicatorInfo(
	db: Reader,
	ags: string | null
): Promise<Map<string, IndicatorInfo>> {
	const rows = await db
		.select({
			key: indicators.key,
			name: indicators.name,
			nameEn: indicators.nameEn,
			unit: indicators.unit,
			decimals: indicators.decimals,
			kind: indicators.kind,
			per: indicators.per,
			direction: indicators.direction,
			handlungsfeld: indicators.handlungsfeld
		})
		.from(indicators)
		.where(indicatorScope(ags))
		.orderBy(sql`${indicators.ags} is not null`, asc(indicators.position));
	return new Map(rows.map((r) => [r.key, r]));
}

/**
 * One year's value of a set of areas: of the members valid in that year. The public view sees
 * nothing of an unpublished dataset and aggregates under the highest disclosure threshold among
 * the areas' municipalities.
 */
export function aggregateYear(
	table: ValueTable,
	areaIds: readonly number[],
	indicator: IndicatorInfo,
	year: number,
	view: View,
	areaAgsOf: (areaId: number) => string | undefined = (id) => table.areaAgs.get(id)
): AggregateResult & { importId: number | null } {
	let threshold = 1;
	const cells: AreaCell[] = [];
	let importId: number | null = null;
	const stored = table.cells.get(indicator.key)?.get(year);
	const populations = table.cells.get(POPULATION_KEY)?.get(year);
	const hidden =
		view === 'public' ? table.publicSuppressed?.get(indicator.key)?.get(year) : undefined;
	for (const areaId of areaIds) {
		// A boundary version counts only in the years it is valid (a Handlungsraum carried over a
		// boundary change holds the ended version and its successors).
		const validity = table.areaValidity.get(areaId);
		if (validity && !validIn(validity, year)) continue;
		const ags = areaAgsOf(areaId);
		const dataset = ags ? table.datasets.get(ags) : undefined;
		if (view === 'public' && !dataset?.published) return { state: 'missing', importId: null };
		threshold = Math.max(threshold, dataset?.threshold ?? 3);
		const cell = stored?.get(areaId);
		if (cell && (importId === null || cell.importId > importId)) importId = cell.importId;
		cells.push({
			suppressed: hidden?.has(areaId) ?? false,
			areaCode: String(areaId),
			value: cell?.value ?? null,
			numerator: cell?.numerator ?? null,
			denominator: cell?.denominator ?? null,
			population: populations?.get(areaId)?.value ?? null
		});
	}
	const result = aggregateCells(
		cells,
		{ kind: indicator.kind, per: indicator.per ?? 100, threshold },
		view
	);
	return { ...result, importId };
}

/**
 * `aggregateYear` remembered for one read: a page evaluates many targets on the same
 * Handlungsraum, municipality and comparison group, so each set of areas × indicator × year is
 * aggregated once. Sets are recognised by identity: pass the same array for the same set.
 */
export function aggregator(
	table: ValueTable,
	view: View
): (
	areaIds: readonly number[],
	indicator: IndicatorInfo,
	year: number
) => ReturnType<typeof aggregateYear> {
	const memo = new WeakMap<readonly number[], Map<string, ReturnType<typeof aggregateYear>>>();
	return (areaIds, indicator, year) => {
		let results = memo.get(areaIds);
		if (!results) memo.set(areaIds, (results = new Map()));
		const key = `${indicator.key}|${year}`;
		let result = results.get(key);
		if (!result) results.set(key, (result = aggregateYear(table, areaIds, indicator, year, view)));
		return result;
	};
}

/**
 * When an area's outline was replaced in place: area imports (still active) that replaced a
 * member's geometry, by area. A change between boundary versions is a new version (see
 * `territory.ts`); an outline replaced in place — data from before versions existed, or a version
 * corrected in its first year (decision 0029) — leaves no other trace. A target whose baseline was
 * frozen before such a change has a "Zeitreihenbruch" from the first year after its baseline year.
 */
export async function boundaryChanges(
	db: Reader,
	areaIds: readonly number[]
): Promise<Map<number, Date[]>> {
	const changes = new Map<number, Date[]>();
	if (areaIds.length === 0) return changes;
	const rows = await db
		.select({
			areaId: replacedAreas.areaId,
			before: replacedAreas.geometry,
			at: monitoringImports.createdAt
		})
		.from(replacedAreas)
		.innerJoin(monitoringImports, eq(monitoringImports.id, replacedAreas.importId))
		.where(and(inArray(replacedAreas.areaId, [...areaIds]), eq(monitoringImports.status, 'aktiv')));
	const current = await db
		.select({ id: areas.id, geometry: areas.geometry })
		.from(areas)
		.where(inArray(areas.id, [...new Set(rows.map((r) => r.areaId))].concat(-1)));
	const geometryOf = new Map(current.map((a) => [a.id, JSON.stringify(a.geometry)]));
	for (const r of rows) {
		if (JSON.stringify(r.before) === geometryOf.get(r.areaId)) continue;
		const list = changes.get(r.areaId) ?? [];
		list.push(r.at);
		changes.set(r.areaId, list);
	}
	return changes;
}
