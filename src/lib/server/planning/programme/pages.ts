/**
 * The read models of the programme page, the Fortschreibung, the measure list and a measure.
 */
import { planningFields, type MeasureStatus, type PlanningField } from '$lib/types/planning';
import type { Database } from '../../db';
import { worstFirst, type TargetStatus } from '../targets';
import { carryOverProposal, type SuccessorLink } from '../territory';
import { scopeSuccessorLinks, type ScopeArea, type View } from '../values';
import { areaTypesOf, targetViews } from './evaluation';
import { loadPlan, type Loaded } from './load';
import {
	type AreaRef,
	type GoalView,
	type HandlungsraumView,
	type MeasureView,
	type PlanSummary,
	type ProgrammePage,
	type TargetView
} from './shapes';

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

function raumViews(loaded: Loaded, links: readonly SuccessorLink[] | null): HandlungsraumView[] {
	const ref = (a: ScopeArea): AreaRef => ({ id: a.id, ags: a.ags, code: a.code, name: a.name });
	return loaded.raeume.map((r) => {
		const members = (loaded.raumMembers.get(r.id) ?? []).flatMap(
			(id) => loaded.areasById.get(id) ?? []
		);
		const proposal = links && r.kind === 'gebiete' ? carryOverProposal(members, links) : null;
		const area = (id: number) => loaded.areasById.get(id);
		return {
			id: r.id,
			kind: r.kind,
			name: r.name,
			description: r.description,
			origin: r.origin,
			mssYear: r.mssYear,
			municipalityAgs: r.municipalityAgs,
			areas: members.filter((a) => a.validTo === null).map(ref),
			earlierAreas: members.flatMap((a) =>
				a.validTo === null ? [] : [{ ...ref(a), validTo: a.validTo }]
			),
			carryOver: proposal && {
				ended: proposal.ended.flatMap((id) => {
					const a = area(id);
					return a && a.validTo !== null ? [{ ...ref(a), validTo: a.validTo }] : [];
				}),
				successors: proposal.successors.flatMap((s) => {
					const a = area(s.id);
					if (!a) return [];
					const alsoFrom = s.alsoFrom.flatMap((id) => {
						const p = area(id);
						return p ? [ref(p)] : [];
					});
					return [{ ...ref(a), validFrom: a.validFrom, alsoFrom }];
				})
			}
		};
	});
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
		handlungsraeume: raumViews(
			loaded,
			view === 'internal' ? await scopeSuccessorLinks(db, loaded.plan) : null
		),
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
