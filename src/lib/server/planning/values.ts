/**
 * Reading the monitoring values a Handlungsprogramm needs: the areas of a plan's scope, the
 * member areas of its Handlungsräume, and an indicator's series for a set of areas, aggregated
 * with `aggregateCells`. Public reads see a municipality's values only when its dataset is
 * published (the monitoring's rule); the public view aggregates with disclosure control.
 *
 * When monitoring gains draft data versions and boundary versions, this file is the one place
 * that has to read "published versions only" and the boundary changes.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import {
	areas,
	handlungsraeume,
	handlungsraumAreas,
	indicators,
	indicatorValues,
	monitoringDatasets,
	monitoringImports,
	municipalities,
	replacedAreas
} from '../db/schema';
import { PUBLIC, publicValues } from '../monitoring';
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
}

/** The municipalities a plan covers: its own, or the member municipalities of its Kreis. */
export async function scopeMunicipalities(
	db: Reader,
	plan: Pick<Plan, 'ags' | 'kreisAgs'>
): Promise<{ ags: string; name: string }[]> {
	return db
		.select({ ags: municipalities.ags, name: municipalities.name })
		.from(municipalities)
		.where(
			plan.ags
				? eq(municipalities.ags, plan.ags)
				: and(eq(municipalities.kreisAgs, plan.kreisAgs!), eq(municipalities.kreisfrei, false))
		)
		.orderBy(asc(municipalities.name));
}

export async function scopeAreas(
	db: Reader,
	plan: Pick<Plan, 'ags' | 'kreisAgs'>
): Promise<ScopeArea[]> {
	const query = db
		.select({ id: areas.id, ags: areas.ags, code: areas.code, name: areas.name })
		.from(areas)
		.innerJoin(municipalities, eq(municipalities.ags, areas.ags));
	const rows = await query
		.where(
			plan.ags
				? eq(areas.ags, plan.ags)
				: and(eq(municipalities.kreisAgs, plan.kreisAgs!), eq(municipalities.kreisfrei, false))
		)
		.orderBy(asc(areas.ags), asc(areas.code));
	return rows;
}

/** Member area ids of every Handlungsraum of a plan; "whole municipality" resolves to its areas now. */
export async function handlungsraumMembers(
	db: Reader,
	planId: number
): Promise<Map<number, number[]>> {
	const [raeume, explicit, whole] = await Promise.all([
		db
			.select({ id: handlungsraeume.id })
			.from(handlungsraeume)
			.where(eq(handlungsraeume.planId, planId)),
		db
			.select({ raumId: handlungsraumAreas.handlungsraumId, areaId: handlungsraumAreas.areaId })
			.from(handlungsraumAreas)
			.innerJoin(handlungsraeume, eq(handlungsraeume.id, handlungsraumAreas.handlungsraumId))
			.where(eq(handlungsraeume.planId, planId))
			.orderBy(asc(handlungsraumAreas.areaId)),
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
	areaId: number;
	indicatorKey: string;
	year: number;
	value: number;
	numerator: number | null;
	denominator: number | null;
	importId: number;
}

export interface ValueTable {
	/** `${areaId}|${indicatorKey}|${year}` → the stored value. */
	cells: Map<string, StoredCell>;
	/** Years with any value, per indicator, ascending. */
	years: Map<string, number[]>;
	/** Import id → when it was imported (the data version). */
	imports: Map<number, Date>;
	/** Area id → its municipality. */
	areaAgs: Map<number, string>;
	/** Municipality → disclosure threshold and whether its data are public. */
	datasets: Map<string, { threshold: number; published: boolean }>;
	/**
	 * Cells the public atlas hides (primary and secondary suppression), filled for public reads
	 * by `markPublicSuppression`: a Handlungsraum made of one hidden and one published area must
	 * not give the hidden value back by subtraction.
	 */
	publicSuppressed?: Set<string>;
}

export const cellKey = (areaId: number, key: string, year: number) => `${areaId}|${key}|${year}`;

/** All stored values of the indicators (and the population) for the municipalities given. */
export async function loadValues(
	db: Reader,
	agsList: readonly string[],
	indicatorKeys: readonly string[]
): Promise<ValueTable> {
	const keys = [...new Set([...indicatorKeys, POPULATION_KEY])];
	const table: ValueTable = {
		cells: new Map(),
		years: new Map(),
		imports: new Map(),
		areaAgs: new Map(),
		datasets: new Map()
	};
	if (agsList.length === 0) return table;
	const [rows, importRows, datasetRows] = await Promise.all([
		db
			.select({
				areaId: indicatorValues.areaId,
				ags: areas.ags,
				indicatorKey: indicatorValues.indicatorKey,
				year: indicatorValues.year,
				value: indicatorValues.value,
				numerator: indicatorValues.numerator,
				denominator: indicatorValues.denominator,
				importId: indicatorValues.importId
			})
			.from(indicatorValues)
			.innerJoin(areas, eq(areas.id, indicatorValues.areaId))
			.where(and(inArray(areas.ags, [...agsList]), inArray(indicatorValues.indicatorKey, keys))),
		db
			.select({ id: monitoringImports.id, createdAt: monitoringImports.createdAt })
			.from(monitoringImports)
			.where(inArray(monitoringImports.ags, [...agsList])),
		db
			.select({
				ags: monitoringDatasets.ags,
				threshold: monitoringDatasets.disclosureThreshold,
				published: monitoringDatasets.published
			})
			.from(monitoringDatasets)
			.where(inArray(monitoringDatasets.ags, [...agsList]))
	]);
	const years = new Map<string, Set<number>>();
	for (const r of rows) {
		table.cells.set(cellKey(r.areaId, r.indicatorKey, r.year), r);
		table.areaAgs.set(r.areaId, r.ags);
		let set = years.get(r.indicatorKey);
		if (!set) years.set(r.indicatorKey, (set = new Set()));
		set.add(r.year);
	}
	for (const [key, set] of years)
		table.years.set(
			key,
			[...set].sort((a, b) => a - b)
		);
	for (const i of importRows) table.imports.set(i.id, i.createdAt);
	for (const d of datasetRows) table.datasets.set(d.ags, d);
	return table;
}

/**
 * Marks the cells that the public atlas of each published municipality in the table hides, so
 * that public aggregates treat them exactly as the atlas does (its secondary suppression
 * included, which the stored values alone cannot tell).
 */
export async function markPublicSuppression(db: Database, table: ValueTable): Promise<void> {
	const hidden = new Set<string>();
	for (const [ags, dataset] of table.datasets) {
		if (!dataset.published) continue;
		const areaRows = await db
			.select({ id: areas.id, code: areas.code })
			.from(areas)
			.where(eq(areas.ags, ags));
		const idOf = new Map(areaRows.map((a) => [a.code, a.id]));
		// Only the indicators the table holds: the public view builds rows for what it is asked.
		for (const indicator of table.years.keys()) {
			const values = await publicValues(db, ags, PUBLIC, { indicator });
			for (const row of values?.values ?? []) {
				const id = idOf.get(row.area);
				if (row.suppressed && id !== undefined) hidden.add(cellKey(id, row.indicator, row.year));
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

export async function loadIndicatorInfo(db: Reader): Promise<Map<string, IndicatorInfo>> {
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
		.orderBy(asc(indicators.position));
	return new Map(rows.map((r) => [r.key, r]));
}

/**
 * One year's value of a set of areas. The public view sees nothing of an unpublished dataset
 * and aggregates under the highest disclosure threshold among the areas' municipalities.
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
	for (const areaId of areaIds) {
		const ags = areaAgsOf(areaId);
		const dataset = ags ? table.datasets.get(ags) : undefined;
		if (view === 'public' && !dataset?.published) return { state: 'missing', importId: null };
		threshold = Math.max(threshold, dataset?.threshold ?? 3);
		const stored = table.cells.get(cellKey(areaId, indicator.key, year));
		const population = table.cells.get(cellKey(areaId, POPULATION_KEY, year))?.value ?? null;
		if (stored && (importId === null || stored.importId > importId)) importId = stored.importId;
		const key = cellKey(areaId, indicator.key, year);
		cells.push({
			suppressed: view === 'public' && (table.publicSuppressed?.has(key) ?? false),
			areaCode: String(areaId),
			value: stored?.value ?? null,
			numerator: stored?.numerator ?? null,
			denominator: stored?.denominator ?? null,
			population
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
 * When the boundaries of areas changed: area imports (still active) that replaced a member's
 * geometry, by area. Until monitoring keeps boundary versions, a replaced geometry is the only
 * trace of a change; a target whose baseline was frozen before such a change has a
 * "Zeitreihenbruch" from the first year after its baseline year.
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
