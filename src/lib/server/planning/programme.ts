/**
 * Read models of the Handlungsprogramm: everything a page or the API shows, gathered in a few
 * queries and evaluated with the pure rules (aggregate → targets → comparison). Two views:
 * `internal` for whoever may plan for the scope (the caller guards with `requirePlanScope`),
 * `public` for everyone — published monitoring data only, every figure under disclosure control,
 * public measures only, draft plans not at all.
 *
 * Wording: the Fortschreibung shows how indicators developed ("Entwicklung"), never an effect.
 */
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Database } from '../db';
import {
	goals,
	handlungsraeume,
	measureAreas,
	measureGoals,
	measureOutputs,
	measurePartners,
	measures,
	municipalities,
	organisations,
	plans,
	targets
} from '../db/schema';
import { atlasAreaTypes, PUBLIC, suppressSmallCount, type Access } from '../monitoring';
import type { PlanScope } from '../auth/rules';
import {
	planningFields,
	type GoalLevel,
	type MeasureStatus,
	type PlanningField
} from '$lib/types/planning';
import type { FundingSource, HandlungsraumKind, HandlungsraumOrigin } from '$lib/types/programme';
import type { OrganisationKind } from '../db/schema';
import {
	compareDevelopment,
	comparisonGroup,
	type ComparisonGroup,
	type DevelopmentWording
} from './comparison';
import {
	evaluateTarget,
	worstFirst,
	type SeriesPoint,
	type TargetEvaluation,
	type TargetStatus
} from './targets';
import type { Plan } from './model';
import {
	aggregator,
	boundaryChanges,
	handlungsraumMembers,
	loadIndicatorInfo,
	planValues,
	scopeAreas,
	scopeMunicipalities,
	type IndicatorInfo,
	type ScopeArea,
	type ValueTable,
	type View
} from './values';

export type { View } from './values';

// ---------------------------------------------------------------------------------------------
// Shapes

export interface PlanSummary {
	id: number;
	title: string;
	scope: PlanScope;
	/** "Gelsenkirchen" or "Kreis Recklinghausen". */
	scopeName: string;
	periodStart: number;
	periodEnd: number;
	status: Plan['status'];
	decidedOn: string | null;
	decisionReference: string | null;
	baselineYear: number;
	isDemo: boolean;
	updatedAt: Date;
}

export interface AreaRef {
	id: number;
	ags: string;
	code: string;
	name: string;
}

export interface HandlungsraumView {
	id: number;
	kind: HandlungsraumKind;
	name: string;
	description: string;
	origin: HandlungsraumOrigin;
	mssYear: number | null;
	municipalityAgs: string | null;
	areas: AreaRef[];
}

export interface OrganisationRef {
	id: number;
	name: string;
	shortName: string | null;
	kind: OrganisationKind;
	url: string | null;
	address: string | null;
	point: { lon: number; lat: number } | null;
	isDemo: boolean;
}

export interface OutputView {
	label: string;
	/** Null when the count is hidden by disclosure control (public view). */
	count: number | null;
	suppressed: boolean;
}

export interface MeasureView {
	id: number;
	planId: number;
	title: string;
	description: string;
	fields: PlanningField[];
	targetGroup: string;
	status: MeasureStatus;
	startsOn: string | null;
	endsOn: string | null;
	/** Euros as exact decimal strings ("120000.50"); null = not stated. Internal view only. */
	budgetPlanned: string | null;
	budgetSpent: string | null;
	fundingSource: FundingSource | null;
	lead: OrganisationRef | null;
	partners: OrganisationRef[];
	handlungsraeume: { id: number; name: string; kind: HandlungsraumKind }[];
	/** Member areas of the measure's Handlungsräume (resolved now). */
	areas: AreaRef[];
	goals: { id: number; title: string; level: GoalLevel; contribution: string }[];
	outputs: OutputView[];
	isPublic: boolean;
	ideaId: number | null;
}

export interface TargetView {
	id: number;
	goalId: number;
	goalTitle: string;
	goalFields: PlanningField[];
	indicator: Pick<IndicatorInfo, 'key' | 'name' | 'nameEn' | 'unit' | 'decimals' | 'direction'>;
	handlungsraum: { id: number; name: string; kind: HandlungsraumKind };
	/** Null in the public view when the baseline year's value is not publishable. */
	baseline: {
		year: number;
		value: number;
		numerator: number | null;
		denominator: number | null;
		dataVersion: string;
	} | null;
	targetYear: number;
	kind: 'absolute' | 'close_gap';
	gapClosePercent: number | null;
	/** Resolved target value; null when the baseline is hidden. */
	targetValue: number | null;
	status: TargetStatus;
	/** Null when the baseline is hidden (public view). */
	evaluation: TargetEvaluation | null;
	series: SeriesPoint[];
	municipalSeries: { year: number; value: number }[];
	comparison: {
		group: ComparisonGroup;
		development: {
			ownChange: number;
			groupChange: number;
			difference: number;
			wording: DevelopmentWording;
		} | null;
	};
	note: string;
}

export interface GoalView {
	id: number;
	parentId: number | null;
	level: GoalLevel;
	fields: PlanningField[];
	targetGroup: string;
	title: string;
	description: string;
	position: number;
	children: GoalView[];
	targetIds: number[];
	measureIds: number[];
}

export interface ProgrammePage {
	plan: PlanSummary;
	municipalities: { ags: string; name: string }[];
	handlungsraeume: HandlungsraumView[];
	/** Roots (Leitziele) with their sub-goals, ordered by position. */
	goalTree: GoalView[];
	targets: TargetView[];
	measures: MeasureView[];
	/** Measure ids per field (a measure with two fields is under both). */
	measuresByField: Record<PlanningField, number[]>;
	/** Newest data year among the targets' indicators; null without data. */
	latestYear: number | null;
	view: View;
}

// ---------------------------------------------------------------------------------------------
// Plans

function summary(plan: Plan, scopeName: string): PlanSummary {
	return {
		id: plan.id,
		title: plan.title,
		scope: plan.ags
			? { kind: 'gemeinde', ags: plan.ags }
			: { kind: 'kreis', kreisAgs: plan.kreisAgs! },
		scopeName,
		periodStart: plan.periodStart,
		periodEnd: plan.periodEnd,
		status: plan.status,
		decidedOn: plan.decidedOn,
		decisionReference: plan.decisionReference,
		baselineYear: plan.baselineYear,
		isDemo: plan.isDemo,
		updatedAt: plan.updatedAt
	};
}

async function scopeName(db: Database, plan: Pick<Plan, 'ags' | 'kreisAgs'>): Promise<string> {
	const [row] = await db
		.select({ name: municipalities.name, kreisName: municipalities.kreisName })
		.from(municipalities)
		.where(
			plan.ags ? eq(municipalities.ags, plan.ags) : eq(municipalities.kreisAgs, plan.kreisAgs!)
		)
		.limit(1);
	return plan.ags ? (row?.name ?? plan.ags) : (row?.kreisName ?? plan.kreisAgs!);
}

/**
 * The plans that concern a municipality: its own and those of its Kreis, newest period first.
 * The public view leaves out drafts.
 */
export async function plansFor(db: Database, ags: string, view: View): Promise<PlanSummary[]> {
	const [m] = await db
		.select({
			name: municipalities.name,
			kreisAgs: municipalities.kreisAgs,
			kreisName: municipalities.kreisName,
			kreisfrei: municipalities.kreisfrei
		})
		.from(municipalities)
		.where(eq(municipalities.ags, ags));
	if (!m) return [];
	const rows = await db
		.select()
		.from(plans)
		.where(
			and(
				m.kreisfrei
					? eq(plans.ags, ags)
					: sql`(${plans.ags} = ${ags} or ${plans.kreisAgs} = ${m.kreisAgs})`,
				view === 'public' ? ne(plans.status, 'entwurf') : undefined
			)
		)
		.orderBy(desc(plans.periodStart), desc(plans.id));
	return rows.map((p) => summary(p, p.ags ? m.name : m.kreisName));
}

/** The plans of a Kreis's own scope (its Kreis plans), for a Kreis planner's overview. */
export async function kreisPlans(db: Database, kreisAgs: string): Promise<PlanSummary[]> {
	const rows = await db
		.select()
		.from(plans)
		.where(eq(plans.kreisAgs, kreisAgs))
		.orderBy(desc(plans.periodStart));
	if (rows.length === 0) return [];
	const name = await scopeName(db, rows[0]);
	return rows.map((p) => summary(p, name));
}

/** The plan with its scope, or null; the public view does not see drafts. */
export async function planById(
	db: Database,
	planId: number,
	view: View
): Promise<PlanSummary | null> {
	const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
	if (!plan || (view === 'public' && plan.status === 'entwurf')) return null;
	return summary(plan, await scopeName(db, plan));
}

// ---------------------------------------------------------------------------------------------
// Loading a whole plan

interface Loaded {
	plan: Plan;
	summary: PlanSummary;
	members: { ags: string; name: string }[];
	areasById: Map<number, ScopeArea>;
	raumMembers: Map<number, number[]>;
	raeume: (typeof handlungsraeume.$inferSelect)[];
	goalRows: (typeof goals.$inferSelect)[];
	targetRows: (typeof targets.$inferSelect)[];
	measures: MeasureView[];
	indicators: Map<string, IndicatorInfo>;
	table: ValueTable;
}

async function loadPlan(db: Database, planId: number, view: View): Promise<Loaded | null> {
	const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
	if (!plan || (view === 'public' && plan.status === 'entwurf')) return null;
	const [members, areaList, raumMembers, raeume, goalRows, targetRows, indicators] =
		await Promise.all([
			scopeMunicipalities(db, plan),
			scopeAreas(db, plan),
			handlungsraumMembers(db, planId),
			db
				.select()
				.from(handlungsraeume)
				.where(eq(handlungsraeume.planId, planId))
				.orderBy(asc(handlungsraeume.position), asc(handlungsraeume.id)),
			db
				.select()
				.from(goals)
				.where(eq(goals.planId, planId))
				.orderBy(asc(goals.position), asc(goals.id)),
			db.select().from(targets).where(eq(targets.planId, planId)).orderBy(asc(targets.id)),
			loadIndicatorInfo(db)
		]);
	const areasById = new Map(areaList.map((a) => [a.id, a]));
	const table = await planValues(
		db,
		members.map((m) => m.ags),
		targetRows.map((t) => t.indicatorKey),
		view
	);
	const name = plan.ags ? (members[0]?.name ?? plan.ags) : await scopeName(db, plan);
	const measureViews = await loadMeasures(db, [planId], view, {
		areasById,
		raumMembers,
		raeume,
		goalRows,
		table
	});
	return {
		plan,
		summary: summary(plan, name),
		members,
		areasById,
		raumMembers,
		raeume,
		goalRows,
		targetRows,
		measures: measureViews,
		indicators,
		table
	};
}

function organisationRef(o: typeof organisations.$inferSelect): OrganisationRef {
	const address = [o.street, [o.postcode, o.city].filter(Boolean).join(' ')]
		.filter(Boolean)
		.join(', ');
	return {
		id: o.id,
		name: o.name,
		shortName: o.shortName,
		kind: o.kind,
		url: o.url,
		address: address || null,
		point: o.lon !== null && o.lat !== null ? { lon: o.lon, lat: o.lat } : null,
		isDemo: o.isDemo
	};
}

/** Rows linked to measures, grouped by measure (in their order). */
function byMeasure<T extends { measureId: number }>(rows: readonly T[]): Map<number, T[]> {
	const groups = new Map<number, T[]>();
	for (const row of rows) {
		const list = groups.get(row.measureId);
		if (list) list.push(row);
		else groups.set(row.measureId, [row]);
	}
	return groups;
}

/** Measures of plans with everything they link to; the public view: public measures only. */
async function loadMeasures(
	db: Database,
	planIds: readonly number[],
	view: View,
	ctx: {
		areasById: Map<number, ScopeArea>;
		raumMembers: Map<number, number[]>;
		raeume: (typeof handlungsraeume.$inferSelect)[];
		goalRows: (typeof goals.$inferSelect)[];
		table: ValueTable | null;
	}
): Promise<MeasureView[]> {
	if (planIds.length === 0) return [];
	const rows = await db
		.select()
		.from(measures)
		.where(
			and(
				inArray(measures.planId, [...planIds]),
				view === 'public' ? eq(measures.isPublic, true) : undefined
			)
		)
		.orderBy(asc(measures.title), asc(measures.id));
	if (rows.length === 0) return [];
	const ids = rows.map((m) => m.id);
	const [partners, raumLinks, goalLinks, outputs] = await Promise.all([
		db
			.select({
				measureId: measurePartners.measureId,
				organisationId: measurePartners.organisationId
			})
			.from(measurePartners)
			.where(inArray(measurePartners.measureId, ids)),
		db.select().from(measureAreas).where(inArray(measureAreas.measureId, ids)),
		db.select().from(measureGoals).where(inArray(measureGoals.measureId, ids)),
		db
			.select()
			.from(measureOutputs)
			.where(inArray(measureOutputs.measureId, ids))
			.orderBy(asc(measureOutputs.position))
	]);
	const orgIds = [
		...new Set([
			...partners.map((p) => p.organisationId),
			...rows.flatMap((m) => (m.leadOrganisationId ? [m.leadOrganisationId] : []))
		])
	];
	const orgRows = orgIds.length
		? await db.select().from(organisations).where(inArray(organisations.id, orgIds))
		: [];
	const orgs = new Map(orgRows.map((o) => [o.id, organisationRef(o)]));
	const raumById = new Map(ctx.raeume.map((r) => [r.id, r]));
	const goalById = new Map(ctx.goalRows.map((g) => [g.id, g]));
	const thresholdOf = (areaIds: number[]) => {
		let threshold = 3;
		for (const id of areaIds) {
			const ags = ctx.areasById.get(id)?.ags;
			const t = ags ? ctx.table?.datasets.get(ags)?.threshold : undefined;
			if (t !== undefined) threshold = Math.max(threshold, t);
		}
		return threshold;
	};
	const partnersOf = byMeasure(partners);
	const raumLinksOf = byMeasure(raumLinks);
	const goalLinksOf = byMeasure(goalLinks);
	const outputsOf = byMeasure(outputs);
	return rows.map((m) => {
		const raumIds = (raumLinksOf.get(m.id) ?? []).map((l) => l.handlungsraumId);
		const areaIds = [...new Set(raumIds.flatMap((id) => ctx.raumMembers.get(id) ?? []))].sort(
			(a, b) => a - b
		);
		const threshold = thresholdOf(areaIds);
		return {
			id: m.id,
			planId: m.planId,
			title: m.title,
			description: m.description,
			fields: m.fields as PlanningField[],
			targetGroup: m.targetGroup,
			status: m.status,
			startsOn: m.startsOn,
			endsOn: m.endsOn,
			budgetPlanned: view === 'internal' ? m.budgetPlanned : null,
			budgetSpent: view === 'internal' ? m.budgetSpent : null,
			fundingSource: m.fundingSource,
			lead: m.leadOrganisationId ? (orgs.get(m.leadOrganisationId) ?? null) : null,
			partners: (partnersOf.get(m.id) ?? []).flatMap((p) => orgs.get(p.organisationId) ?? []),
			handlungsraeume: raumIds.flatMap((id) => {
				const r = raumById.get(id);
				return r ? [{ id: r.id, name: r.name, kind: r.kind }] : [];
			}),
			areas: areaIds.flatMap((id) => ctx.areasById.get(id) ?? []),
			goals: (goalLinksOf.get(m.id) ?? []).flatMap((l) => {
				const g = goalById.get(l.goalId);
				return g
					? [{ id: g.id, title: g.title, level: g.level, contribution: l.contribution }]
					: [];
			}),
			outputs: (outputsOf.get(m.id) ?? []).map((o) => {
				if (view === 'internal') return { label: o.label, count: o.count, suppressed: false };
				const disclosed = suppressSmallCount(o.count, { threshold });
				return disclosed.suppressed
					? { label: o.label, count: null, suppressed: true }
					: { label: o.label, count: disclosed.value, suppressed: false };
			}),
			isPublic: m.isPublic,
			ideaId: m.ideaId
		};
	});
}

// ---------------------------------------------------------------------------------------------
// Targets

const dataVersionOf = (t: typeof targets.$inferSelect) =>
	`Import ${t.baselineImportId ?? '–'} vom ${t.baselineImportedAt.toISOString()}`;

/** Area types of each municipality (the monitoring's typology, as the view may see it), by area id. */
async function areaTypesOf(
	db: Database,
	agsList: readonly string[],
	view: View,
	areasById: Map<number, ScopeArea>
): Promise<Map<number, number | null>> {
	const types = new Map<number, number | null>();
	for (const ags of agsList) {
		const access: Access = view === 'public' ? PUBLIC : { kind: 'planner', ags };
		const typeOf = await atlasAreaTypes(db, ags, access);
		for (const [id, type] of typeOf ?? []) if (areasById.get(id)?.ags === ags) types.set(id, type);
	}
	return types;
}

/**
 * What the targets of one read share: the aggregates (each set of areas × indicator × year once,
 * see `aggregator`), the areas of each municipality, and the comparison groups per
 * Handlungsraum and fields. Two hundred targets sit on a few Handlungsräume and indicators.
 */
interface Shared {
	at: ReturnType<typeof aggregator>;
	/** The areas of the municipalities of a Handlungsraum (by its members' municipalities). */
	municipalAreasOf: (memberAgs: readonly string[]) => number[];
	/** The comparison group of a Handlungsraum for a goal's fields. */
	groupOf: (
		raumId: number,
		members: number[],
		memberAgs: string[],
		fields: PlanningField[]
	) => {
		group: ComparisonGroup;
		ids: number[];
	};
}

function sharedOf(loaded: Loaded, view: View, types: Map<number, number | null>): Shared {
	const areasOfAgs = new Map<string, number[]>();
	for (const a of loaded.areasById.values()) {
		const list = areasOfAgs.get(a.ags);
		if (list) list.push(a.id);
		else areasOfAgs.set(a.ags, [a.id]);
	}
	const municipal = new Map<string, number[]>();
	const typesOfAgs = new Map<string, Record<string, number | null>>();
	const withMeasure = new Map<string, string[]>();
	const groups = new Map<string, { group: ComparisonGroup; ids: number[] }>();
	return {
		at: aggregator(loaded.table, view),
		municipalAreasOf(memberAgs) {
			const key = [...memberAgs].sort().join(',');
			let ids = municipal.get(key);
			if (!ids) {
				const wanted = new Set(memberAgs);
				ids = [...loaded.areasById.values()].filter((a) => wanted.has(a.ags)).map((a) => a.id);
				municipal.set(key, ids);
			}
			return ids;
		},
		groupOf(raumId, members, memberAgs, fields) {
			const fieldsKey = [...new Set(fields)].sort().join(',');
			const key = `${raumId}|${fieldsKey}`;
			let found = groups.get(key);
			if (found) return found;
			let areaTypes = typesOfAgs.get(memberAgs[0]);
			if (!areaTypes) {
				areaTypes = {};
				for (const id of areasOfAgs.get(memberAgs[0]) ?? [])
					areaTypes[String(id)] = types.get(id) ?? null;
				typesOfAgs.set(memberAgs[0], areaTypes);
			}
			let inField = withMeasure.get(fieldsKey);
			if (!inField) {
				inField = loaded.measures
					.filter((m) => m.fields.some((f) => fields.includes(f)))
					.flatMap((m) => m.areas.map((a) => String(a.id)));
				withMeasure.set(fieldsKey, inField);
			}
			const group = comparisonGroup({
				handlungsraumAreas: members.map(String),
				areaTypes,
				areasWithMeasureInField: inField
			});
			found = { group, ids: group.state === 'ok' ? group.areaCodes.map(Number) : [] };
			groups.set(key, found);
			return found;
		}
	};
}

function evaluateTargets(
	loaded: Loaded,
	view: View,
	types: Map<number, number | null>,
	changes: Map<number, Date[]>
): TargetView[] {
	const { table, indicators, raumMembers, areasById } = loaded;
	const raumById = new Map(loaded.raeume.map((r) => [r.id, r]));
	const goalById = new Map(loaded.goalRows.map((g) => [g.id, g]));
	const shared = sharedOf(loaded, view, types);
	const { at } = shared;
	return loaded.targetRows.flatMap((t): TargetView[] => {
		const indicator = indicators.get(t.indicatorKey);
		const raum = raumById.get(t.handlungsraumId);
		const goal = goalById.get(t.goalId);
		if (!indicator || !raum || !goal || indicator.direction === 'neutral') return [];
		const members = raumMembers.get(raum.id) ?? [];
		const memberAgs = [
			...new Set(members.map((id) => areasById.get(id)?.ags).filter((a): a is string => !!a))
		];
		const municipalAreas = shared.municipalAreasOf(memberAgs);
		const years = (table.years.get(indicator.key) ?? []).filter((y) => y >= t.baselineYear);
		const series: SeriesPoint[] = years.map((year) => {
			const r = at(members, indicator, year);
			return r.state === 'value'
				? { year, state: 'value', value: r.value }
				: { year, state: r.state === 'missing' ? 'missing' : 'suppressed' };
		});
		const municipalSeries = years.flatMap((year) => {
			const r = at(municipalAreas, indicator, year);
			return r.state === 'value' ? [{ year, value: r.value }] : [];
		});
		const current = at(members, indicator, t.baselineYear);
		const currentBaselineValue = current.state === 'value' ? current.value : null;
		const broken = members.some((id) =>
			(changes.get(id) ?? []).some((d) => d > t.baselineImportedAt)
		);
		const base = {
			id: t.id,
			goalId: goal.id,
			goalTitle: goal.title,
			goalFields: goal.fields as PlanningField[],
			indicator: {
				key: indicator.key,
				name: indicator.name,
				nameEn: indicator.nameEn,
				unit: indicator.unit,
				decimals: indicator.decimals,
				direction: indicator.direction
			},
			handlungsraum: { id: raum.id, name: raum.name, kind: raum.kind },
			targetYear: t.targetYear,
			kind: t.kind,
			gapClosePercent: t.gapClosePercent,
			series,
			municipalSeries,
			note: t.note
		};
		// Public view: a baseline that is not publishable now is not shown, nor anything derived from it.
		if (view === 'public' && currentBaselineValue === null) {
			return [
				{
					...base,
					baseline: null,
					targetValue: t.kind === 'absolute' ? t.targetValue : null,
					status: 'nicht_bewertbar' as const,
					evaluation: null,
					series: series.map((p) => ({ year: p.year, state: 'suppressed' as const })),
					comparison: { group: { state: 'kein_vergleich' as const, found: 0 }, development: null }
				}
			];
		}
		const evaluation = evaluateTarget({
			spec: {
				direction: indicator.direction,
				baseline: {
					year: t.baselineYear,
					value: t.baselineValue,
					numerator: t.baselineNumerator,
					denominator: t.baselineDenominator,
					dataVersion: dataVersionOf(t)
				},
				targetYear: t.targetYear,
				kind: t.kind,
				targetValue: t.targetValue,
				gapClosePercent: t.gapClosePercent,
				baselineMunicipalValue: t.baselineMunicipalValue
			},
			series,
			municipalSeries,
			boundaryChangedSince: broken ? t.baselineYear + 1 : null,
			currentBaselineValue,
			view
		});
		return [
			{
				...base,
				baseline: {
					year: t.baselineYear,
					value: t.baselineValue,
					numerator: view === 'internal' ? t.baselineNumerator : null,
					denominator: view === 'internal' ? t.baselineDenominator : null,
					dataVersion: dataVersionOf(t)
				},
				targetValue: evaluation.targetValue,
				status: evaluation.status,
				evaluation,
				comparison: compareWithSimilar(
					shared,
					t,
					indicator,
					raum.id,
					members,
					memberAgs,
					evaluation,
					goal.fields as PlanningField[]
				)
			}
		];
	});
}

/**
 * Areas of the same type without a measure in the goal's fields, in the Handlungsraum's own
 * municipality (types of different municipalities' typologies are not comparable).
 */
function compareWithSimilar(
	shared: Shared,
	t: typeof targets.$inferSelect,
	indicator: IndicatorInfo,
	raumId: number,
	members: number[],
	memberAgs: string[],
	evaluation: TargetEvaluation,
	fields: PlanningField[]
): TargetView['comparison'] {
	if (memberAgs.length !== 1)
		return { group: { state: 'kein_vergleich', found: 0 }, development: null };
	const { group, ids } = shared.groupOf(raumId, members, memberAgs, fields);
	if (group.state !== 'ok' || !evaluation.latest || evaluation.status === 'zeitreihenbruch')
		return { group, development: null };
	const groupBase = shared.at(ids, indicator, t.baselineYear);
	const groupLatest = shared.at(ids, indicator, evaluation.latest.year);
	if (groupBase.state !== 'value' || groupLatest.state !== 'value')
		return { group, development: null };
	const direction = indicator.direction === 'need_down' ? 'need_down' : 'need_up';
	return {
		group,
		development: compareDevelopment(
			{ baseline: t.baselineValue, latest: evaluation.latest.value },
			{ baseline: groupBase.value, latest: groupLatest.value },
			direction
		)
	};
}

async function targetViews(db: Database, loaded: Loaded, view: View): Promise<TargetView[]> {
	if (loaded.targetRows.length === 0) return [];
	const raumIds = new Set(loaded.targetRows.map((t) => t.handlungsraumId));
	const memberIds = [...new Set([...raumIds].flatMap((id) => loaded.raumMembers.get(id) ?? []))];
	const agsWithTargets = [
		...new Set(memberIds.map((id) => loaded.areasById.get(id)?.ags).filter((a): a is string => !!a))
	];
	const [types, changes] = await Promise.all([
		areaTypesOf(db, agsWithTargets, view, loaded.areasById),
		boundaryChanges(db, memberIds)
	]);
	return evaluateTargets(loaded, view, types, changes);
}

// ---------------------------------------------------------------------------------------------
// Pages

function goalTreeOf(
	loaded: Loaded,
	targetViews: TargetView[],
	measureViews: MeasureView[]
): GoalView[] {
	const nodes = new Map<number, GoalView>(
		loaded.goalRows.map((g) => [
			g.id,
			{
				id: g.id,
				parentId: g.parentId,
				level: g.level,
				fields: g.fields as PlanningField[],
				targetGroup: g.targetGroup,
				title: g.title,
				description: g.description,
				position: g.position,
				children: [],
				targetIds: targetViews.filter((t) => t.goalId === g.id).map((t) => t.id),
				measureIds: measureViews
					.filter((m) => m.goals.some((mg) => mg.id === g.id))
					.map((m) => m.id)
			}
		])
	);
	const roots: GoalView[] = [];
	for (const node of nodes.values()) {
		const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
		if (parent) parent.children.push(node);
		else roots.push(node);
	}
	return roots;
}

function raumViews(loaded: Loaded): HandlungsraumView[] {
	return loaded.raeume.map((r) => ({
		id: r.id,
		kind: r.kind,
		name: r.name,
		description: r.description,
		origin: r.origin,
		mssYear: r.mssYear,
		municipalityAgs: r.municipalityAgs,
		areas: (loaded.raumMembers.get(r.id) ?? []).flatMap((id) => loaded.areasById.get(id) ?? [])
	}));
}

/**
 * `/planung/<AGS>/programm` (internal) and the public programme: goal tree, targets with their
 * development, measures per field. Null for an unknown plan (or a draft in the public view).
 */
export async function programmePage(
	db: Database,
	planId: number,
	view: View
): Promise<ProgrammePage | null> {
	const loaded = await loadPlan(db, planId, view);
	if (!loaded) return null;
	const targetList = await targetViews(db, loaded, view);
	const measuresByField = Object.fromEntries(
		planningFields.map((f) => [
			f,
			loaded.measures.filter((m) => m.fields.includes(f)).map((m) => m.id)
		])
	) as Record<PlanningField, number[]>;
	const years = targetList.flatMap((t) => t.series.map((p) => p.year));
	return {
		plan: loaded.summary,
		municipalities: loaded.members,
		handlungsraeume: raumViews(loaded),
		goalTree: goalTreeOf(loaded, targetList, loaded.measures),
		targets: targetList,
		measures: loaded.measures,
		measuresByField,
		latestYear: years.length ? Math.max(...years) : null,
		view
	};
}

export interface Fortschreibung {
	plan: PlanSummary;
	/** The newest monitoring import of the plan's municipalities (the data the evaluation is on). */
	latestImport: { id: number; at: Date } | null;
	/** Every target, worst first (see `worstFirst`). */
	targets: TargetView[];
	counts: Record<TargetStatus, number>;
	view: View;
}

/** `/planung/<AGS>/fortschreibung`: all targets after the latest import, worst first. */
export async function fortschreibung(
	db: Database,
	planId: number,
	view: View
): Promise<Fortschreibung | null> {
	const loaded = await loadPlan(db, planId, view);
	if (!loaded) return null;
	const list = await targetViews(db, loaded, view);
	const hidden = (t: TargetView) => t.evaluation === null;
	list.sort((a, b) =>
		hidden(a) !== hidden(b)
			? hidden(a)
				? 1
				: -1
			: hidden(a)
				? a.id - b.id
				: worstFirst(a.evaluation!, b.evaluation!)
	);
	let latestImport: Fortschreibung['latestImport'] = null;
	for (const [id, at] of loaded.table.imports)
		if (!latestImport || id > latestImport.id) latestImport = { id, at };
	const counts = Object.fromEntries(
		(
			[
				'erreicht',
				'auf_kurs',
				'nicht_auf_kurs',
				'entgegen',
				'keine_neuen_daten',
				'nicht_bewertbar',
				'zeitreihenbruch'
			] as const
		).map((s) => [s, list.filter((t) => t.status === s).length])
	) as Record<TargetStatus, number>;
	return { plan: loaded.summary, latestImport, targets: list, counts, view };
}

export interface MeasureFilter {
	field?: PlanningField;
	status?: MeasureStatus;
	organisationId?: number;
	handlungsraumId?: number;
	/** Area type (typology of the municipality): measures with at least one area of that type. */
	areaType?: number;
	/** Words in title, description or target group. */
	q?: string;
}

export interface MeasureList {
	plan: PlanSummary;
	measures: MeasureView[];
	/** The choices of each filter, from the plan's whole set of measures (not the filtered one). */
	facets: {
		fields: PlanningField[];
		statuses: MeasureStatus[];
		organisations: { id: number; name: string }[];
		handlungsraeume: { id: number; name: string }[];
		areaTypes: number[];
	};
	/** Area id → type, for the map (null = untyped). */
	areaTypes: Record<number, number | null>;
	total: number;
	view: View;
}

/** `/planung/<AGS>/massnahmen` and `/atlas/<AGS>/massnahmen`: the measures of a plan, filtered. */
export async function measureList(
	db: Database,
	planId: number,
	filter: MeasureFilter,
	view: View
): Promise<MeasureList | null> {
	const loaded = await loadPlan(db, planId, view);
	if (!loaded) return null;
	const all = loaded.measures;
	const withAreas = [...new Set(all.flatMap((m) => m.areas.map((a) => a.ags)))];
	const types = await areaTypesOf(db, withAreas, view, loaded.areasById);
	const words = filter.q?.trim().toLowerCase().split(/\s+/).filter(Boolean) ?? [];
	const matches = (m: MeasureView) =>
		(!filter.field || m.fields.includes(filter.field)) &&
		(!filter.status || m.status === filter.status) &&
		(!filter.organisationId ||
			m.lead?.id === filter.organisationId ||
			m.partners.some((p) => p.id === filter.organisationId)) &&
		(!filter.handlungsraumId || m.handlungsraeume.some((r) => r.id === filter.handlungsraumId)) &&
		(filter.areaType === undefined || m.areas.some((a) => types.get(a.id) === filter.areaType)) &&
		words.every((w) => `${m.title} ${m.description} ${m.targetGroup}`.toLowerCase().includes(w));
	const orgs = new Map<number, string>();
	for (const m of all) for (const o of [m.lead, ...m.partners]) if (o) orgs.set(o.id, o.name);
	return {
		plan: loaded.summary,
		measures: all.filter(matches),
		facets: {
			fields: planningFields.filter((f) => all.some((m) => m.fields.includes(f))),
			statuses: [...new Set(all.map((m) => m.status))],
			organisations: [...orgs]
				.map(([id, name]) => ({ id, name }))
				.sort((a, b) => a.name.localeCompare(b.name, 'de')),
			handlungsraeume: loaded.raeume.map((r) => ({ id: r.id, name: r.name })),
			areaTypes: [...new Set([...types.values()].filter((t): t is number => t !== null))].sort(
				(a, b) => a - b
			)
		},
		areaTypes: Object.fromEntries(types),
		total: all.length,
		view
	};
}

/** One measure of a plan (edit form, detail page); the public view only a public one. */
export async function measureDetail(
	db: Database,
	planId: number,
	measureId: number,
	view: View
): Promise<MeasureView | null> {
	const loaded = await loadPlan(db, planId, view);
	return loaded?.measures.find((m) => m.id === measureId) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Choices of the planner's forms

export interface TargetIndicator {
	key: string;
	name: string;
	nameEn: string | null;
	unit: string;
	direction: 'need_up' | 'need_down';
}

/**
 * The indicators a target may be set on (the target form's choices): only those with a need
 * direction — neutral indicators, area types and MSS classes have none — in catalogue order.
 */
export async function targetIndicators(db: Database): Promise<TargetIndicator[]> {
	const all = await loadIndicatorInfo(db);
	return [...all.values()].flatMap((i) =>
		i.direction === 'neutral'
			? []
			: [{ key: i.key, name: i.name, nameEn: i.nameEn, unit: i.unit, direction: i.direction }]
	);
}

// ---------------------------------------------------------------------------------------------
// Public part (API and public pages)

export interface PublicProgramme {
	municipality: { ags: string; name: string };
	plans: {
		plan: PlanSummary;
		goalTree: GoalView[];
		targets: TargetView[];
		measures: MeasureView[];
		handlungsraeume: HandlungsraumView[];
	}[];
}

/**
 * The public part of the plans that concern a municipality (its own and its Kreis's, not drafts):
 * goals, targets with baseline/latest/target/status under disclosure control, public measures
 * with their fields, areas and organisations. Null for an AGS outside the Ruhr.
 */
export async function publicProgramme(db: Database, ags: string): Promise<PublicProgramme | null> {
	const [m] = await db
		.select({ ags: municipalities.ags, name: municipalities.name })
		.from(municipalities)
		.where(eq(municipalities.ags, ags));
	if (!m) return null;
	const list = await plansFor(db, ags, 'public');
	const pages = [];
	for (const p of list) {
		const page = await programmePage(db, p.id, 'public');
		if (!page) continue;
		pages.push({
			plan: page.plan,
			goalTree: page.goalTree,
			targets: page.targets,
			measures: page.measures,
			handlungsraeume: page.handlungsraeume
		});
	}
	return { municipality: m, plans: pages };
}
