/**
 * The public side of the Handlungsprogramm: a municipality's public measures on the atlas
 * (`/atlas/<AGS>/massnahmen`, "Was hier geschieht" on an area profile, GeoJSON by area) and the
 * Ruhr-wide Praxisbeispiele — text search and "measures in areas like mine".
 *
 * Everything here is the public view: public measures of plans that are not drafts; area types
 * and MSS classes only as the public atlas computes them from published data; output counts only
 * under disclosure control (via `measureList(…, 'public')`).
 */
import { and, asc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db';
import {
	areas,
	handlungsraeume,
	handlungsraumAreas,
	measureAreas,
	measures,
	municipalities,
	organisations,
	plans
} from '../db/schema';
import {
	buildMap,
	listMunicipalities,
	municipalityAtlas,
	PUBLIC,
	type MunicipalityAtlas
} from '../monitoring';
import { planningFields, type MeasureStatus, type PlanningField } from '$lib/types/planning';
import type { PracticeItem, PublicMeasure } from '$lib/types/practice';
import type { MapModel } from '$lib/types/atlas';

export type { PracticeItem };
import { measureList, plansFor, type MeasureView, type PlanSummary } from './programme';

// ---------------------------------------------------------------------------------------------
// Shapes

type AreaGeometry = Parameters<typeof buildMap>[0]['areas'][number]['geometry'];

export interface PracticeFilter {
	field?: PlanningField;
	/** Words looked for in the target group. */
	targetGroup?: string;
	/** Words looked for in title, description and target group (each word must occur). */
	q?: string;
	/** 1-based. */
	page?: number;
}

export interface PracticePage {
	items: PracticeItem[];
	total: number;
	page: number;
	pages: number;
	pageSize: number;
}

export const PRACTICE_PAGE_SIZE = 20;

// ---------------------------------------------------------------------------------------------
// The one query behind every list

/** `%word%` for ILIKE, with the pattern characters of the word taken literally. */
const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const wordsOf = (text: string | undefined) =>
	(text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);

/** Public measures of plans that are not drafts. */
const publicMeasure = and(eq(measures.isPublic, true), ne(plans.status, 'entwurf'));

async function practiceQuery(
	db: Database,
	where: SQL | undefined,
	page: number,
	pageSize: number
): Promise<{ items: PracticeItem[]; total: number }> {
	const rows = await db
		.select({
			id: measures.id,
			title: measures.title,
			description: measures.description,
			fields: measures.fields,
			targetGroup: measures.targetGroup,
			status: measures.status,
			startsOn: measures.startsOn,
			endsOn: measures.endsOn,
			planId: plans.id,
			planTitle: plans.title,
			planIsDemo: plans.isDemo,
			ags: plans.ags,
			municipality: municipalities.name,
			kreisName: sql<
				string | null
			>`(select m2.kreis_name from municipalities m2 where m2.kreis_ags = ${plans.kreisAgs} limit 1)`,
			lead: organisations.name,
			total: sql<number>`count(*) over ()`.mapWith(Number)
		})
		.from(measures)
		.innerJoin(plans, eq(plans.id, measures.planId))
		.leftJoin(municipalities, eq(municipalities.ags, plans.ags))
		.leftJoin(organisations, eq(organisations.id, measures.leadOrganisationId))
		.where(and(publicMeasure, where))
		.orderBy(asc(measures.title), asc(measures.id))
		.limit(pageSize)
		.offset((page - 1) * pageSize);
	return {
		total: rows[0]?.total ?? 0,
		items: rows.map((r) => ({
			id: r.id,
			title: r.title,
			description: r.description,
			fields: r.fields as PlanningField[],
			targetGroup: r.targetGroup,
			status: r.status,
			startsOn: r.startsOn,
			endsOn: r.endsOn,
			plan: { id: r.planId, title: r.planTitle, isDemo: r.planIsDemo },
			scopeName: r.municipality ?? r.kreisName ?? '',
			ags: r.ags,
			lead: r.lead
		}))
	};
}

async function paged(
	db: Database,
	where: SQL | undefined,
	requested: number,
	pageSize: number
): Promise<PracticePage> {
	let page = Math.max(1, Math.floor(requested));
	let result = await practiceQuery(db, where, page, pageSize);
	// A page beyond the last (an old link): show the last page instead of an empty one.
	if (result.items.length === 0 && page > 1) {
		const first = await practiceQuery(db, where, 1, 1);
		page = Math.max(1, Math.ceil(first.total / pageSize));
		result = first.total ? await practiceQuery(db, where, page, pageSize) : first;
	}
	return {
		items: result.items,
		total: result.total,
		page,
		pages: Math.max(1, Math.ceil(result.total / pageSize)),
		pageSize
	};
}

/**
 * Praxisbeispiele: public measures of all municipalities, by field, target group and text —
 * one query with a limit (ILIKE; each word must occur).
 */
export async function searchPractice(
	db: Database,
	filter: PracticeFilter,
	pageSize = PRACTICE_PAGE_SIZE
): Promise<PracticePage> {
	const text = sql`(${measures.title} || ' ' || ${measures.description} || ' ' || ${measures.targetGroup})`;
	const conditions: SQL[] = [
		...(filter.field ? [sql`${filter.field} = any(${measures.fields})`] : []),
		...wordsOf(filter.targetGroup).map((w) => sql`${measures.targetGroup} ilike ${likePattern(w)}`),
		...wordsOf(filter.q).map((w) => sql`${text} ilike ${likePattern(w)}`)
	];
	return paged(db, conditions.length ? and(...conditions) : undefined, filter.page ?? 1, pageSize);
}

// ---------------------------------------------------------------------------------------------
// Which areas a public measure covers

interface AreaLink {
	measureId: number;
	areaId: number;
	ags: string;
	code: string;
	name: string;
}

/**
 * Areas covered by public measures (through their Handlungsräume; "whole municipality" resolves
 * to its areas now), optionally only in some municipalities or outside one.
 */
async function publicMeasureAreas(
	db: Database,
	where: { ags?: string; notAgs?: string; code?: string }
): Promise<AreaLink[]> {
	const areaFilter = and(
		where.ags ? eq(areas.ags, where.ags) : undefined,
		where.notAgs ? ne(areas.ags, where.notAgs) : undefined,
		where.code ? eq(areas.code, where.code) : undefined
	);
	const columns = {
		measureId: measures.id,
		areaId: areas.id,
		ags: areas.ags,
		code: areas.code,
		name: areas.name
	};
	const [explicit, whole] = await Promise.all([
		db
			.selectDistinct(columns)
			.from(measures)
			.innerJoin(plans, eq(plans.id, measures.planId))
			.innerJoin(measureAreas, eq(measureAreas.measureId, measures.id))
			.innerJoin(
				handlungsraumAreas,
				eq(handlungsraumAreas.handlungsraumId, measureAreas.handlungsraumId)
			)
			.innerJoin(areas, eq(areas.id, handlungsraumAreas.areaId))
			.where(and(publicMeasure, areaFilter)),
		db
			.selectDistinct(columns)
			.from(measures)
			.innerJoin(plans, eq(plans.id, measures.planId))
			.innerJoin(measureAreas, eq(measureAreas.measureId, measures.id))
			.innerJoin(handlungsraeume, eq(handlungsraeume.id, measureAreas.handlungsraumId))
			.innerJoin(areas, eq(areas.ags, handlungsraeume.municipalityAgs))
			.where(
				and(publicMeasure, eq(handlungsraeume.kind, 'gemeinde'), isNull(areas.validTo), areaFilter)
			)
	]);
	const seen = new Set<string>();
	return [...explicit, ...whole]
		.filter((l) => {
			const key = `${l.measureId}|${l.areaId}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((a, b) => a.code.localeCompare(b.code) || a.measureId - b.measureId);
}

// ---------------------------------------------------------------------------------------------
// "What happens here" on an area profile

/** Public measures covering one area, for its public profile. */
export async function measuresInArea(
	db: Database,
	ags: string,
	code: string
): Promise<PracticeItem[]> {
	const links = await publicMeasureAreas(db, { ags, code });
	if (links.length === 0) return [];
	const ids = [...new Set(links.map((l) => l.measureId))];
	return (await practiceQuery(db, inArray(measures.id, ids), 1, ids.length)).items;
}

// ---------------------------------------------------------------------------------------------
// Areas like mine

/** The MSS status class (1 high … 4 very low) of an atlas row, from its Gesamtindex label. */
function statusClassOf(mss: string | null): number | null {
	const match = mss ? /^([1-4]) /.exec(mss) : null;
	return match ? Number(match[1]) : null;
}

export type LikeMineMatch = 'type' | 'mss';

export interface LikeMineArea {
	ags: string;
	municipality: string;
	code: string;
	name: string;
	by: LikeMineMatch[];
}

export interface AreasLikeMine {
	origin: {
		ags: string;
		municipality: string;
		code: string;
		name: string;
		areaTerm: string;
		/** Area type in its municipality's typology; null = untyped. */
		type: number | null;
		typeName: string | null;
		/** MSS status class 1 (high) … 4 (very low); null = not indexed. */
		statusClass: number | null;
	};
	/** Measures (paged) with the similar areas they cover and how each matches. */
	results: { measure: PracticeItem; areas: LikeMineArea[] }[];
	total: number;
	page: number;
	pages: number;
	pageSize: number;
}

/**
 * "Measures in areas like mine": public measures elsewhere in the Ruhr (other municipalities)
 * covering areas of the same area type or the same MSS status class as the chosen area, both as
 * the public atlas computes them. Null when the area is not in a published atlas.
 *
 * Area types are numbered within each municipality's typology from the lowest to the highest mean
 * need; the same number means a similar position in its own municipality, not identical values.
 */
export async function measuresInAreasLikeMine(
	db: Database,
	choice: { ags: string; code: string; page?: number },
	pageSize = PRACTICE_PAGE_SIZE
): Promise<AreasLikeMine | null> {
	const originAtlas = await municipalityAtlas(db, choice.ags, PUBLIC);
	const row = originAtlas?.rows.find((r) => r.code === choice.code);
	if (!originAtlas || !row) return null;
	const type = row.type;
	const statusClass = statusClassOf(row.mss);
	const origin = {
		ags: choice.ags,
		municipality: originAtlas.municipality.name,
		code: row.code,
		name: row.name,
		areaTerm: originAtlas.areaTerm,
		type,
		typeName: type === null ? null : (originAtlas.typology?.labels[type]?.name ?? null),
		statusClass
	};
	const empty = { origin, results: [], total: 0, page: 1, pages: 1, pageSize };
	if (type === null && statusClass === null) return empty;

	const links = await publicMeasureAreas(db, { notAgs: choice.ags });
	const atlases = new Map<string, MunicipalityAtlas | null>();
	for (const ags of new Set(links.map((l) => l.ags)))
		atlases.set(ags, await municipalityAtlas(db, ags, PUBLIC));
	const byMeasure = new Map<number, LikeMineArea[]>();
	for (const link of links) {
		const atlas = atlases.get(link.ags);
		const other = atlas?.rows.find((r) => r.code === link.code);
		if (!atlas || !other) continue; // not published: not compared
		const by: LikeMineMatch[] = [
			...(type !== null && other.type === type ? (['type'] as const) : []),
			...(statusClass !== null && statusClassOf(other.mss) === statusClass
				? (['mss'] as const)
				: [])
		];
		if (by.length === 0) continue;
		byMeasure.set(link.measureId, [
			...(byMeasure.get(link.measureId) ?? []),
			{
				ags: link.ags,
				municipality: atlas.municipality.name,
				code: other.code,
				name: other.name,
				by
			}
		]);
	}
	if (byMeasure.size === 0) return empty;
	const list = await paged(
		db,
		inArray(measures.id, [...byMeasure.keys()]),
		choice.page ?? 1,
		pageSize
	);
	return {
		origin,
		results: list.items.map((measure) => ({ measure, areas: byMeasure.get(measure.id) ?? [] })),
		total: list.total,
		page: list.page,
		pages: list.pages,
		pageSize
	};
}

/** Municipalities with a published atlas and their areas, for the "areas like mine" choice. */
export async function likeMineChoices(
	db: Database,
	ags: string | null
): Promise<{
	municipalities: { ags: string; name: string }[];
	areas: { code: string; name: string }[];
}> {
	const list = (await listMunicipalities(db))
		.filter((m) => m.published)
		.map((m) => ({ ags: m.ags, name: m.name }))
		.sort((a, b) => a.name.localeCompare(b.name, 'de'));
	if (!ags || !list.some((m) => m.ags === ags)) return { municipalities: list, areas: [] };
	const rows = await db
		.select({ code: areas.code, name: areas.name })
		.from(areas)
		.where(and(eq(areas.ags, ags), isNull(areas.validTo)))
		.orderBy(asc(areas.name));
	return { municipalities: list, areas: rows };
}

// ---------------------------------------------------------------------------------------------
// /atlas/<AGS>/massnahmen

export interface AtlasMeasuresFilter {
	field?: PlanningField;
	status?: MeasureStatus;
}

export interface AtlasMeasures {
	municipality: { ags: string; name: string };
	plans: PlanSummary[];
	/** Public measures touching the municipality (filtered), by title. */
	measures: PublicMeasure[];
	/** Choices of the filters, from all public measures (not the filtered ones). */
	facets: { fields: PlanningField[]; statuses: MeasureStatus[] };
	total: number;
	/** Areas of the municipality with at least one of the filtered measures, by name. */
	areas: { code: string; name: string; measures: { id: number; title: string }[] }[];
	/** Null when the municipality has published no atlas (no map then). */
	map: MapModel | null;
	areaTerm: string | null;
	isDemo: boolean;
}

export interface MeasureMapLabels {
	title: string;
	/** Legend and accessible name of an area with measures, e.g. "2 Maßnahmen". */
	withMeasures: (count: number) => string;
	withMeasuresLegend: string;
	without: string;
}

const HIGHLIGHT = '#1f6f8b';
const PLAIN = '#eef1f4';

/**
 * A municipality's public measures (its own plans and its Kreis's), filtered by field and status,
 * with a map highlighting the areas they cover. Null for an AGS outside the Ruhr.
 */
export async function atlasMeasures(
	db: Database,
	ags: string,
	filter: AtlasMeasuresFilter,
	labels: MeasureMapLabels
): Promise<AtlasMeasures | null> {
	const [m] = await db
		.select({ ags: municipalities.ags, name: municipalities.name })
		.from(municipalities)
		.where(eq(municipalities.ags, ags));
	if (!m) return null;
	const planList = await plansFor(db, ags, 'public');
	const all: MeasureView[] = [];
	for (const plan of planList) {
		const list = await measureList(db, plan.id, {}, 'public');
		// A Kreis plan's measure belongs here when it covers an area of this municipality.
		for (const measure of list?.measures ?? [])
			if (plan.scope.kind === 'gemeinde' || measure.areas.some((a) => a.ags === ags))
				all.push(measure);
	}
	all.sort((a, b) => a.title.localeCompare(b.title, 'de') || a.id - b.id);
	const shown = all.filter(
		(x) =>
			(!filter.field || x.fields.includes(filter.field)) &&
			(!filter.status || x.status === filter.status)
	);
	const byArea = new Map<string, { code: string; name: string; measures: MeasureView[] }>();
	for (const measure of shown)
		for (const a of measure.areas.filter((a) => a.ags === ags)) {
			const entry = byArea.get(a.code) ?? { code: a.code, name: a.name, measures: [] };
			entry.measures.push(measure);
			byArea.set(a.code, entry);
		}
	const atlas = await municipalityAtlas(db, ags, PUBLIC);
	const map = atlas ? await measureMap(db, ags, byArea, labels) : null;
	return {
		municipality: m,
		plans: planList,
		measures: shown.map((x) => toPublicMeasure(x, ags)),
		facets: {
			fields: planningFields.filter((f) => all.some((x) => x.fields.includes(f))),
			statuses: [...new Set(all.map((x) => x.status))]
		},
		total: all.length,
		areas: [...byArea.values()]
			.map((a) => ({
				code: a.code,
				name: a.name,
				measures: a.measures.map((x) => ({ id: x.id, title: x.title }))
			}))
			.sort((a, b) => a.name.localeCompare(b.name, 'de')),
		map,
		areaTerm: atlas?.areaTerm ?? null,
		isDemo: atlas?.isDemo ?? planList.some((p) => p.isDemo)
	};
}

function toPublicMeasure(m: MeasureView, ags: string): PublicMeasure {
	return {
		id: m.id,
		title: m.title,
		description: m.description,
		fields: m.fields,
		targetGroup: m.targetGroup,
		status: m.status,
		startsOn: m.startsOn,
		endsOn: m.endsOn,
		lead: m.lead?.name ?? null,
		partners: m.partners.map((p) => p.name),
		handlungsraeume: m.handlungsraeume.map((r) => r.name),
		areas: m.areas.filter((a) => a.ags === ags).map((a) => ({ code: a.code, name: a.name })),
		// The public view has already hidden small counts (count null); the flag is not needed.
		outputs: m.outputs.map((o) => ({ label: o.label, count: o.suppressed ? null : o.count }))
	};
}

async function areaGeometries(db: Database, ags: string) {
	const rows = await db
		.select({ code: areas.code, name: areas.name, geometry: areas.geometry })
		.from(areas)
		.where(and(eq(areas.ags, ags), isNull(areas.validTo)))
		.orderBy(asc(areas.code));
	return rows.flatMap((r) =>
		r.geometry ? [{ code: r.code, name: r.name, geometry: r.geometry as AreaGeometry }] : []
	);
}

async function measureMap(
	db: Database,
	ags: string,
	byArea: Map<string, { measures: unknown[] }>,
	labels: MeasureMapLabels,
	hrefOf: (code: string) => string | null = (code) => `/atlas/${ags}/${encodeURIComponent(code)}`
): Promise<MapModel> {
	const rows = await areaGeometries(db, ags);
	return buildMap({
		title: labels.title,
		areas: rows.map((r) => {
			const count = byArea.get(r.code)?.measures.length ?? 0;
			return {
				code: r.code,
				name: r.name,
				href: hrefOf(r.code),
				geometry: r.geometry,
				fill: count > 0 ? HIGHLIGHT : PLAIN,
				label: count > 0 ? labels.withMeasures(count) : labels.without,
				suppressed: false
			};
		}),
		legend: [
			{ fill: HIGHLIGHT, label: labels.withMeasuresLegend },
			{ fill: PLAIN, label: labels.without }
		],
		notes: []
	});
}

/**
 * The planner's map of a municipality's areas with the measures of a (filtered) list: every
 * measure counts, public or not, so this is for the planner's own pages only. No links: the
 * planner's data may not be published.
 */
export async function plannerMeasureMap(
	db: Database,
	ags: string,
	list: readonly Pick<MeasureView, 'areas'>[],
	labels: MeasureMapLabels
): Promise<MapModel> {
	const byArea = new Map<string, { measures: unknown[] }>();
	for (const m of list) {
		for (const a of m.areas) {
			if (a.ags !== ags) continue;
			const entry = byArea.get(a.code) ?? { measures: [] };
			entry.measures.push(m);
			byArea.set(a.code, entry);
		}
	}
	return measureMap(db, ags, byArea, labels, () => null);
}

/**
 * `/atlas/<AGS>/massnahmen.geojson`: one feature per area of the municipality covered by a public
 * measure, with the measures' ids, titles and fields. No output counts.
 */
export async function publicMeasuresGeoJson(db: Database, ags: string): Promise<string | null> {
	const [m] = await db
		.select({ name: municipalities.name })
		.from(municipalities)
		.where(eq(municipalities.ags, ags));
	if (!m) return null;
	const links = await publicMeasureAreas(db, { ags });
	const ids = [...new Set(links.map((l) => l.measureId))];
	const items = ids.length
		? (await practiceQuery(db, inArray(measures.id, ids), 1, ids.length)).items
		: [];
	const byId = new Map(items.map((i) => [i.id, i]));
	const geometry = new Map((await areaGeometries(db, ags)).map((g) => [g.code, g.geometry]));
	const byArea = new Map<string, { name: string; list: PracticeItem[] }>();
	for (const l of links) {
		const item = byId.get(l.measureId);
		if (!item) continue;
		const entry = byArea.get(l.code) ?? { name: l.name, list: [] };
		entry.list.push(item);
		byArea.set(l.code, entry);
	}
	const features = [...byArea]
		.filter(([code]) => geometry.has(code))
		.map(([code, { name, list }]) => ({
			type: 'Feature',
			id: `${ags}-${code}`,
			properties: {
				ags,
				code,
				name,
				massnahmen: list.length,
				massnahmen_ids: list.map((x) => x.id).join(','),
				titel: list.map((x) => x.title).join(' | '),
				handlungsfelder: [...new Set(list.flatMap((x) => x.fields))].join(','),
				status: list.map((x) => x.status).join(',')
			},
			geometry: geometry.get(code)
		}));
	return JSON.stringify({
		type: 'FeatureCollection',
		name: `Öffentliche Maßnahmen – ${m.name}`,
		demodaten: items.some((i) => i.plan.isDemo),
		features
	});
}

// ---------------------------------------------------------------------------------------------
// /praxisbeispiele

export interface PracticeQuery extends PracticeFilter {
	/** "Areas like mine": the visitor's municipality and area, and the page of those results. */
	likeAgs?: string;
	likeCode?: string;
	likePage?: number;
}

export interface PracticeOverview {
	search: PracticePage;
	choices: Awaited<ReturnType<typeof likeMineChoices>>;
	/** Null without a chosen area; `unknown` when the chosen area is not in a published atlas. */
	like: AreasLikeMine | 'unknown' | null;
}

/** Everything the Praxisbeispiele page shows: the search and "measures in areas like mine". */
export async function practiceOverview(
	db: Database,
	query: PracticeQuery
): Promise<PracticeOverview> {
	const [search, choices] = await Promise.all([
		searchPractice(db, query),
		likeMineChoices(db, query.likeAgs ?? null)
	]);
	let like: PracticeOverview['like'] = null;
	if (query.likeAgs && query.likeCode)
		like =
			(await measuresInAreasLikeMine(db, {
				ags: query.likeAgs,
				code: query.likeCode,
				page: query.likePage
			})) ?? 'unknown';
	return { search, choices, like };
}
