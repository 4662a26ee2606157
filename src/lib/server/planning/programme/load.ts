/**
 * Loading a whole plan (goals, Handlungsräume, targets, measures with partners, areas, goals and
 * outputs) in a few queries, for one view.
 */
import { type PlanningField } from '$lib/types/planning';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db';
import {
	goals,
	handlungsraeume,
	measureAreas,
	measureGoals,
	measureOutputs,
	measurePartners,
	measures,
	organisations,
	plans,
	targets
} from '../../db/schema';
import { suppressSmallCount } from '../../monitoring';
import type { Plan } from '../model';
import {
	handlungsraumMembers,
	loadIndicatorInfo,
	planValues,
	scopeAreaVersions,
	scopeMunicipalities,
	type IndicatorInfo,
	type ScopeArea,
	type ValueTable,
	type View
} from '../values';
import { scopeName, summary } from './plans';
import { type MeasureView, type OrganisationRef, type PlanSummary } from './shapes';

export interface Loaded {
	plan: Plan;
	summary: PlanSummary;
	members: { ags: string; name: string }[];
	/** Every boundary version of the scope's areas, closed ones too. */
	areasById: Map<number, ScopeArea>;
	raumMembers: Map<number, number[]>;
	raeume: (typeof handlungsraeume.$inferSelect)[];
	goalRows: (typeof goals.$inferSelect)[];
	targetRows: (typeof targets.$inferSelect)[];
	measures: MeasureView[];
	indicators: Map<string, IndicatorInfo>;
	table: ValueTable;
}

export async function loadPlan(db: Database, planId: number, view: View): Promise<Loaded | null> {
	const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
	if (!plan || (view === 'public' && plan.status === 'entwurf')) return null;
	const [members, areaList, raumMembers, raeume, goalRows, targetRows, indicators] =
		await Promise.all([
			scopeMunicipalities(db, plan),
			// Every boundary version: members carry the years before a change (decision 0044).
			scopeAreaVersions(db, plan),
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
			loadIndicatorInfo(db, plan.ags)
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

/**
 * The areas of a list as a reader knows them: of several boundary versions of one key only the
 * newest (a Handlungsraum carried over a change holds the ended version too).
 */
export function newestVersions<T extends ScopeArea>(list: readonly T[]): T[] {
	const newest = new Map<string, T>();
	for (const a of list) {
		const key = `${a.ags}|${a.code}`;
		const seen = newest.get(key);
		if (!seen || (seen.validTo !== null && (a.validTo === null || a.validTo > seen.validTo)))
			newest.set(key, a);
	}
	return list.filter((a) => newest.get(`${a.ags}|${a.code}`) === a);
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
			areas: newestVersions(areaIds.flatMap((id) => ctx.areasById.get(id) ?? [])),
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
