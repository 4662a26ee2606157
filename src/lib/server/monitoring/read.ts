/**
 * Loading monitoring data for reading. The access rule lives here, once: the public reads a
 * municipality's data only when the municipality has published it; a planner reads their own
 * municipality's data whether published or not, and nobody else's unpublished data.
 */
import { applyPlan, areaDraftPlan } from './area-plan';
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../db';
import {
	areas,
	areaSuccessors,
	draftValues,
	indicatorValues,
	monitoringImports,
	indicators,
	monitoringDatasets,
	municipalities,
	municipalityValues
} from '../db/schema';
import type { AreaGeometry } from './geo';
import type { RawValue } from './disclosed';
import type { IndicatorRow } from './catalogue';

/**
 * Who is reading. `planner` comes from the auth guard (role planner of that municipality).
 * `draft` is that planner's preview of the atlas as it will look once the open draft is
 * published: published values with the draft's laid over them, under the public disclosure
 * control. Everybody else — the public, downloads, the API, the planning domain — reads the
 * published values only (decision 0025).
 */
export type Access =
	| { readonly kind: 'public' }
	| { readonly kind: 'planner'; readonly ags: string }
	| { readonly kind: 'draft'; readonly ags: string };

export const PUBLIC: Access = { kind: 'public' };

export interface MunicipalityInfo {
	readonly ags: string;
	readonly name: string;
	readonly kreisAgs: string;
	readonly kreisName: string;
	readonly kreisfrei: boolean;
	readonly population: number | null;
	readonly geometry: AreaGeometry | null;
}

export interface AreaInfo {
	readonly id: number;
	readonly code: string;
	readonly name: string;
	readonly parentCode: string | null;
	readonly geometry: AreaGeometry | null;
	readonly synthetic: boolean;
	/** Boundary version (decision 0029): first and last year, null = open. */
	readonly validFrom: number | null;
	readonly validTo: number | null;
	/** The versions this one followed at a boundary change (split, merge, moved border). */
	readonly predecessorIds: readonly number[];
}

export interface RawDataset extends DatasetHead {
	readonly areas: readonly AreaInfo[];
	readonly values: readonly RawValue[];
}

const municipalityColumns = {
	ags: municipalities.ags,
	name: municipalities.name,
	kreisAgs: municipalities.kreisAgs,
	kreisName: municipalities.kreisName,
	kreisfrei: municipalities.kreisfrei,
	population: municipalities.population,
	geometry: municipalities.geometry
};

export function mayRead(access: Access, ags: string, published: boolean): boolean {
	return published || (access.kind !== 'public' && access.ags === ags);
}

/**
 * The indicators `ags` may use: the shared catalogue and that municipality's own local indicators
 * (never another municipality's), catalogue first. `null`: the catalogue alone, for what spans
 * municipalities (the Ruhr overview and comparisons).
 */
export async function loadIndicators(
	db: Pick<Database, 'select'>,
	ags: string | null
): Promise<IndicatorRow[]> {
	return db
		.select()
		.from(indicators)
		.where(indicatorScope(ags))
		.orderBy(sql`${indicators.ags} is not null`, asc(indicators.position), asc(indicators.key));
}

/**
 * The indicators the public may read about: the catalogue, and with `ags` that municipality's
 * local indicators once it has published its data (an unpublished dataset reads like "not there").
 */
export async function publicIndicators(db: Database, ags: string | null): Promise<IndicatorRow[]> {
	const head = ags === null ? null : await loadDatasetHead(db, ags, PUBLIC);
	return loadIndicators(db, head ? head.municipality.ags : null);
}

/** SQL condition: the catalogue, plus `ags`'s local indicators when `ags` is given. */
export function indicatorScope(ags: string | null) {
	return ags === null
		? isNull(indicators.ags)
		: or(isNull(indicators.ags), eq(indicators.ags, ags));
}

/** A dataset's municipality and settings (with its data version), without areas and values. */
export interface DatasetHead {
	readonly municipality: MunicipalityInfo;
	readonly settings: typeof monitoringDatasets.$inferSelect;
	/** Planner view of their own data: no disclosure control needed. */
	readonly unrestricted: boolean;
	/** The planner's preview: the open draft's values laid over the published ones. */
	readonly draft: boolean;
}

/** The dataset's head if `access` may read it, else null (unpublished reads like "not there"). */
export async function loadDatasetHead(
	db: Database,
	ags: string,
	access: Access
): Promise<DatasetHead | null> {
	if (!/^[0-9]{8}$/.test(ags)) return null;
	const [row] = await db
		.select({ municipality: municipalityColumns, settings: monitoringDatasets })
		.from(monitoringDatasets)
		.innerJoin(municipalities, eq(municipalities.ags, monitoringDatasets.ags))
		.where(eq(monitoringDatasets.ags, ags));
	if (!row || !mayRead(access, ags, row.settings.published)) return null;
	return {
		municipality: row.municipality,
		settings: row.settings,
		unrestricted: access.kind === 'planner' && access.ags === ags,
		draft: access.kind === 'draft' && access.ags === ags
	};
}

/** Areas and values of a dataset whose head the reader may see. */
export async function loadDatasetBody(
	db: Database,
	head: DatasetHead,
	filter: { readonly indicatorKeys?: readonly string[] } = {}
): Promise<RawDataset> {
	const ags = head.municipality.ags;
	const areaVersions = await db
		.select({
			id: areas.id,
			code: areas.code,
			name: areas.name,
			parentCode: areas.parentCode,
			geometry: areas.geometry,
			synthetic: areas.synthetic,
			validFrom: areas.validFrom,
			validTo: areas.validTo
		})
		.from(areas)
		.where(eq(areas.ags, ags))
		.orderBy(asc(areas.code), sql`${areas.validFrom} nulls first`);
	const links = await db
		.select({ areaId: areaSuccessors.areaId, successorId: areaSuccessors.successorId })
		.from(areaSuccessors)
		.innerJoin(areas, eq(areas.id, areaSuccessors.successorId))
		.where(eq(areas.ags, ags));
	const predecessorsOf = new Map<number, number[]>();
	for (const l of links) {
		predecessorsOf.set(l.successorId, [...(predecessorsOf.get(l.successorId) ?? []), l.areaId]);
	}
	const areaRows: AreaInfo[] = areaVersions.map((a) => ({
		...a,
		predecessorIds: predecessorsOf.get(a.id) ?? []
	}));
	const keyFilter = filter.indicatorKeys?.length
		? inArray(indicatorValues.indicatorKey, [...filter.indicatorKeys])
		: undefined;
	// One JSON document instead of one protocol row per value: a municipality of 2,000 areas has
	// hundreds of thousands of values, and decoding that many rows (on PGlite especially) costs
	// several times what the query does.
	const [document] = await db
		.select({
			rows: sql<string | null>`json_agg(json_build_array(
				${indicatorValues.areaId}, ${indicatorValues.indicatorKey}, ${indicatorValues.year},
				${indicatorValues.value}, ${indicatorValues.numerator}, ${indicatorValues.denominator}))::text`
		})
		.from(indicatorValues)
		.innerJoin(areas, eq(areas.id, indicatorValues.areaId))
		.where(keyFilter ? and(eq(areas.ags, ags), keyFilter) : eq(areas.ags, ags));
	const rows: [number, string, number, number, number | null, number | null][] = document?.rows
		? JSON.parse(document.rows)
		: [];
	const values: RawValue[] = rows.map(
		([areaId, indicatorKey, year, value, numerator, denominator]) => ({
			areaId,
			indicatorKey,
			year,
			value,
			numerator,
			denominator
		})
	);
	if (!head.draft) return { ...head, areas: areaRows, values };
	const areaDraft = await areaDraftPlan(db, ags);
	if (areaDraft) {
		// A boundary draft carries no values: the preview is the published values on the areas
		// as they will be (decision 0032).
		return { ...head, areas: applyPlan(areaRows, areaDraft.plan, areaDraft.validFrom), values };
	}
	const drafted = await db
		.select({
			areaId: draftValues.areaId,
			indicatorKey: draftValues.indicatorKey,
			year: draftValues.year,
			value: draftValues.value,
			numerator: draftValues.numerator,
			denominator: draftValues.denominator
		})
		.from(draftValues)
		.innerJoin(monitoringImports, eq(monitoringImports.id, draftValues.importId))
		.where(
			and(
				eq(monitoringImports.ags, ags),
				eq(monitoringImports.status, 'entwurf'),
				filter.indicatorKeys?.length
					? inArray(draftValues.indicatorKey, [...filter.indicatorKeys])
					: undefined
			)
		);
	const key = (v: RawValue) => `${v.areaId}|${v.indicatorKey}|${v.year}`;
	const merged = new Map(values.map((v) => [key(v), v]));
	for (const v of drafted) merged.set(key(v), v);
	return { ...head, areas: areaRows, values: [...merged.values()] };
}

/** The dataset if `access` may read it, else null (unpublished reads like "not there"). */
export async function loadDataset(
	db: Database,
	ags: string,
	access: Access,
	filter: { readonly indicatorKeys?: readonly string[] } = {}
): Promise<RawDataset | null> {
	const head = await loadDatasetHead(db, ags, access);
	return head && loadDatasetBody(db, head, filter);
}

export interface MunicipalitySummary extends MunicipalityInfo {
	readonly published: boolean;
	readonly isDemo: boolean;
	readonly areaTermPlural: string | null;
}

/** All 53 municipalities with whether the public can open their small-area data. */
export async function listMunicipalities(db: Database): Promise<MunicipalitySummary[]> {
	const rows = await db
		.select({
			...municipalityColumns,
			published: monitoringDatasets.published,
			isDemo: monitoringDatasets.isDemo,
			areaTermPlural: monitoringDatasets.areaTermPlural
		})
		.from(municipalities)
		.leftJoin(monitoringDatasets, eq(monitoringDatasets.ags, municipalities.ags))
		.orderBy(asc(municipalities.ags));
	return rows.map((r) => ({
		...r,
		published: r.published ?? false,
		isDemo: r.isDemo ?? false,
		areaTermPlural: r.published ? r.areaTermPlural : null
	}));
}

export type MunicipalityValue = typeof municipalityValues.$inferSelect;

/** Official municipality-level values (INKAR, GISD, Destatis): public reference data. */
export async function loadMunicipalityValues(
	db: Database,
	indicatorKey?: string
): Promise<MunicipalityValue[]> {
	const query = db.select().from(municipalityValues);
	return indicatorKey ? query.where(eq(municipalityValues.indicatorKey, indicatorKey)) : query;
}
