/**
 * Every change to a Handlungsprogramm, each shaped the same way: parse the input (bad input is
 * refused before anything is opened) → guard (may this account plan for the plan's scope?) →
 * lock (one advisory lock per municipality or Kreis, so two saves of the same plan never
 * interleave) → one transaction with the change and its audit entry (`plan.created`,
 * `target.created`, …). Nothing is written when any check fails.
 */
import { and, asc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { mayPlanFor, ruhrKreise, type PlanningAccount, type PlanScope } from '../auth/rules';
import type { Database, Transaction } from '../db';
import type { AuditDetails } from '../db/schema';
import {
	areas,
	cafeIdeas,
	cafeNotes,
	cafeTables,
	editions,
	goals,
	handlungsraeume,
	handlungsraumAreas,
	measureAreas,
	measureGoals,
	measureOutputs,
	measurePartners,
	measures,
	organisations,
	plans,
	targets,
	worldCafes
} from '../db/schema';
import { DEFAULT_ATTENTION_CELLS, isGesamtindexCell, municipalityAtlas } from '../monitoring';
import { validateGoalTree, type GoalNode } from './goals';
import { checkTargetSpec, type TargetSpec, type TargetSpecProblem } from './targets';
import { PlanningError } from './errors';
import {
	GoalInput,
	HandlungsraumInput,
	MeasureInput,
	OrganisationInput,
	PlanInput,
	TargetChange,
	TargetInput,
	parseInput,
	type Plan
} from './model';
import {
	aggregateYear,
	handlungsraumMembers,
	loadIndicatorInfo,
	loadValues,
	scopeAreas,
	scopeMunicipalities
} from './values';
import { municipalityByAgs } from '$lib/reference/municipalities';
import { planningFields } from '$lib/types/planning';

/** Who acts: a signed-in account (`SessionUser` fits), or the system (`id` null) for the demo. */
export interface PlanningActor extends PlanningAccount {
	readonly id: number | null;
}

// Arbitrary constant: the first key of the per-scope advisory lock (AGS or Kreis key second).
const PLANNING_LOCK = 72_210_300;

export function scopeOf(plan: Pick<Plan, 'ags' | 'kreisAgs'>): PlanScope {
	return plan.ags
		? { kind: 'gemeinde', ags: plan.ags }
		: { kind: 'kreis', kreisAgs: plan.kreisAgs! };
}

function guardScope(actor: PlanningActor, scope: PlanScope): void {
	if (!mayPlanFor(actor, scope)) throw new PlanningError('keine_berechtigung');
}

function isLockTimeout(error: unknown): boolean {
	const e = error as { code?: string; cause?: { code?: string } };
	return e.code === '55P03' || e.cause?.code === '55P03';
}

/** One transaction under the scope's lock; a lock not granted in 5 s is a "busy" answer. */
async function inScope<T>(
	db: Database,
	scope: PlanScope,
	work: (tx: Transaction) => Promise<T>
): Promise<T> {
	const key = Number(scope.kind === 'gemeinde' ? scope.ags : scope.kreisAgs);
	try {
		return await db.transaction(async (tx) => {
			await tx.execute(sql`set local lock_timeout = '5s'`);
			await tx.execute(sql`select pg_advisory_xact_lock(${PLANNING_LOCK}, ${key})`);
			return work(tx);
		});
	} catch (error) {
		if (isLockTimeout(error)) throw new PlanningError('beschaeftigt');
		throw error;
	}
}

function audit(
	tx: Transaction,
	actor: PlanningActor,
	now: Date,
	action: string,
	subjectType: string,
	subjectId: number,
	details: AuditDetails = {}
): Promise<void> {
	return recordAudit(tx, { actorUserId: actor.id, action, subjectType, subjectId, details }, now);
}

/** The plan, after the guard: unknown plans and foreign plans are refused before any lock. */
async function guardedPlan(
	db: Database | Transaction,
	actor: PlanningActor,
	planId: number
): Promise<Plan> {
	const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
	if (!plan) throw new PlanningError('plan_unbekannt');
	guardScope(actor, scopeOf(plan));
	return plan;
}

// ---------------------------------------------------------------------------------------------
// Plans

function checkScope(scope: PlanScope): void {
	if (scope.kind === 'gemeinde') {
		if (!municipalityByAgs(scope.ags)) throw new PlanningError('gemeinde_unbekannt', 'ags');
	} else if (!ruhrKreise.some((k) => k.kreisAgs === scope.kreisAgs)) {
		throw new PlanningError('kreis_unbekannt', 'kreisAgs');
	}
}

/**
 * A new plan of a municipality or a Kreis, with its "whole municipality" Handlungsräume (one
 * per municipality of the scope). `isDemo` only for the demo content.
 */
export async function createPlan(
	db: Database,
	actor: PlanningActor,
	scope: PlanScope,
	input: PlanInput,
	now: Date,
	options: { isDemo?: boolean } = {}
): Promise<{ id: number }> {
	const data = parseInput(PlanInput, input);
	checkScope(scope);
	guardScope(actor, scope);
	return inScope(db, scope, async (tx) => {
		const members = await scopeMunicipalities(tx, {
			ags: scope.kind === 'gemeinde' ? scope.ags : null,
			kreisAgs: scope.kind === 'kreis' ? scope.kreisAgs : null
		});
		if (members.length === 0) throw new PlanningError('kreis_unbekannt', 'kreisAgs');
		await refuseDuplicateTitle(tx, scope, data.title, null);
		const [plan] = await tx
			.insert(plans)
			.values({
				ags: scope.kind === 'gemeinde' ? scope.ags : null,
				kreisAgs: scope.kind === 'kreis' ? scope.kreisAgs : null,
				...data,
				isDemo: options.isDemo ?? false,
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: plans.id });
		await tx.insert(handlungsraeume).values(
			members.map((m, i) => ({
				planId: plan.id,
				kind: 'gemeinde' as const,
				municipalityAgs: m.ags,
				name: `Gesamte Kommune ${m.name}`,
				position: i
			}))
		);
		await audit(tx, actor, now, 'plan.created', 'plan', plan.id, {
			scope: scope.kind === 'gemeinde' ? scope.ags : scope.kreisAgs,
			title: data.title
		});
		return plan;
	});
}

async function refuseDuplicateTitle(
	tx: Transaction,
	scope: PlanScope,
	title: string,
	exceptId: number | null
): Promise<void> {
	const sameScope =
		scope.kind === 'gemeinde' ? eq(plans.ags, scope.ags) : eq(plans.kreisAgs, scope.kreisAgs);
	const [taken] = await tx
		.select({ id: plans.id })
		.from(plans)
		.where(and(sameScope, eq(plans.title, title), exceptId ? ne(plans.id, exceptId) : undefined));
	if (taken) throw new PlanningError('titel_vergeben', 'title');
}

export async function updatePlan(
	db: Database,
	actor: PlanningActor,
	planId: number,
	input: PlanInput,
	now: Date
): Promise<void> {
	const data = parseInput(PlanInput, input);
	const plan = await guardedPlan(db, actor, planId);
	const scope = scopeOf(plan);
	await inScope(db, scope, async (tx) => {
		await refuseDuplicateTitle(tx, scope, data.title, planId);
		await tx
			.update(plans)
			.set({ ...data, updatedAt: now })
			.where(eq(plans.id, planId));
		await audit(tx, actor, now, 'plan.updated', 'plan', planId, {
			status: data.status,
			fromStatus: plan.status
		});
	});
}

// ---------------------------------------------------------------------------------------------
// Handlungsräume

async function refuseAreasOutside(
	tx: Transaction,
	plan: Plan,
	areaIds: readonly number[]
): Promise<void> {
	const inScope = new Set((await scopeAreas(tx, plan)).map((a) => a.id));
	if (areaIds.some((id) => !inScope.has(id)))
		throw new PlanningError('gebiet_ausserhalb', 'areaIds');
}

async function raumOf(tx: Transaction, planId: number, id: number) {
	const [raum] = await tx
		.select()
		.from(handlungsraeume)
		.where(and(eq(handlungsraeume.id, id), eq(handlungsraeume.planId, planId)));
	if (!raum) throw new PlanningError('handlungsraum_unbekannt', 'handlungsraumId');
	return raum;
}

async function refuseDuplicateRaumName(
	tx: Transaction,
	planId: number,
	name: string,
	exceptId: number | null
) {
	const [taken] = await tx
		.select({ id: handlungsraeume.id })
		.from(handlungsraeume)
		.where(
			and(
				eq(handlungsraeume.planId, planId),
				eq(handlungsraeume.name, name),
				exceptId ? ne(handlungsraeume.id, exceptId) : undefined
			)
		);
	if (taken) throw new PlanningError('handlungsraum_name_vergeben', 'name');
}

/** Creates a Handlungsraum (no `id`) or replaces the name, description and areas of one. */
export async function saveHandlungsraum(
	db: Database,
	actor: PlanningActor,
	planId: number,
	input: HandlungsraumInput & { id?: number | null },
	now: Date
): Promise<{ id: number }> {
	const data = parseInput(HandlungsraumInput, input);
	const plan = await guardedPlan(db, actor, planId);
	return inScope(db, scopeOf(plan), async (tx) => {
		const existing = input.id ? await raumOf(tx, planId, input.id) : null;
		if (existing?.kind === 'gemeinde')
			throw new PlanningError('gesamtgemeinde_fest', 'handlungsraumId');
		await refuseAreasOutside(tx, plan, data.areaIds);
		await refuseDuplicateRaumName(tx, planId, data.name, existing?.id ?? null);
		let id: number;
		if (existing) {
			id = existing.id;
			await tx
				.update(handlungsraeume)
				.set({ name: data.name, description: data.description })
				.where(eq(handlungsraeume.id, id));
			await tx.delete(handlungsraumAreas).where(eq(handlungsraumAreas.handlungsraumId, id));
		} else {
			const [row] = await tx
				.insert(handlungsraeume)
				.values({
					planId,
					name: data.name,
					description: data.description,
					position: await nextRaumPosition(tx, planId)
				})
				.returning({ id: handlungsraeume.id });
			id = row.id;
		}
		await tx
			.insert(handlungsraumAreas)
			.values(data.areaIds.map((areaId) => ({ handlungsraumId: id, areaId })));
		await audit(
			tx,
			actor,
			now,
			existing ? 'handlungsraum.updated' : 'handlungsraum.created',
			'handlungsraum',
			id,
			{
				planId,
				areas: data.areaIds.length
			}
		);
		return { id };
	});
}

async function nextRaumPosition(tx: Transaction, planId: number): Promise<number> {
	const [row] = await tx
		.select({ n: sql<number>`coalesce(max(${handlungsraeume.position}), -1) + 1`.mapWith(Number) })
		.from(handlungsraeume)
		.where(eq(handlungsraeume.planId, planId));
	return row.n;
}

export async function deleteHandlungsraum(
	db: Database,
	actor: PlanningActor,
	planId: number,
	id: number,
	now: Date
): Promise<void> {
	const plan = await guardedPlan(db, actor, planId);
	await inScope(db, scopeOf(plan), async (tx) => {
		const raum = await raumOf(tx, planId, id);
		if (raum.kind === 'gemeinde') throw new PlanningError('gesamtgemeinde_fest', 'handlungsraumId');
		const [usedByTarget] = await tx
			.select({ id: targets.id })
			.from(targets)
			.where(eq(targets.handlungsraumId, id))
			.limit(1);
		const [usedByMeasure] = await tx
			.select({ id: measureAreas.measureId })
			.from(measureAreas)
			.where(eq(measureAreas.handlungsraumId, id))
			.limit(1);
		if (usedByTarget || usedByMeasure)
			throw new PlanningError('handlungsraum_in_gebrauch', 'handlungsraumId');
		await tx.delete(handlungsraeume).where(eq(handlungsraeume.id, id));
		await audit(tx, actor, now, 'handlungsraum.deleted', 'handlungsraum', id, {
			planId,
			name: raum.name
		});
	});
}

/**
 * "Take over the MSS attention areas": a new Handlungsraum with the areas the monitoring's MSS
 * index marks for special attention (Gesamtindex cells 4+, 4+/−, 4−, 3−) in a municipality of the
 * plan, computed on the municipality's own data as the planner sees it.
 */
export async function takeOverAttentionAreas(
	db: Database,
	actor: PlanningActor,
	planId: number,
	input: { ags?: string | null; name?: string | null },
	now: Date
): Promise<{ id: number; areaCount: number; mssYear: number }> {
	const plan = await guardedPlan(db, actor, planId);
	const ags = input.ags ?? plan.ags;
	if (!ags) throw new PlanningError('gemeinde_ausserhalb', 'ags');
	const members = await scopeMunicipalities(db, plan);
	const municipality = members.find((m) => m.ags === ags);
	if (!municipality) throw new PlanningError('gemeinde_ausserhalb', 'ags');
	const attention = await attentionAreaCodes(db, ags);
	if (!attention || attention.codes.length === 0)
		throw new PlanningError('keine_aufmerksamkeitsgebiete', 'ags');
	const name =
		input.name?.trim() || `MSS-Aufmerksamkeitsgebiete ${municipality.name} ${attention.year}`;
	return inScope(db, scopeOf(plan), async (tx) => {
		const rows = await tx
			.select({ id: areas.id })
			.from(areas)
			.where(and(eq(areas.ags, ags), inArray(areas.code, attention.codes)));
		await refuseDuplicateRaumName(tx, planId, name, null);
		const [raum] = await tx
			.insert(handlungsraeume)
			.values({
				planId,
				name,
				description: `Gebiete mit besonderer Aufmerksamkeit nach dem Monitoring-Index (MSS-Methode), Stand ${attention.year}.`,
				origin: 'mss_aufmerksamkeit',
				mssYear: attention.year,
				position: await nextRaumPosition(tx, planId)
			})
			.returning({ id: handlungsraeume.id });
		await tx
			.insert(handlungsraumAreas)
			.values(rows.map((r) => ({ handlungsraumId: raum.id, areaId: r.id })));
		await audit(tx, actor, now, 'handlungsraum.mss_taken_over', 'handlungsraum', raum.id, {
			planId,
			ags,
			mssYear: attention.year,
			areas: rows.length
		});
		return { id: raum.id, areaCount: rows.length, mssYear: attention.year };
	});
}

/**
 * The codes of a municipality's MSS attention areas, read through the monitoring's atlas (the
 * Gesamtindex cell of each row) — monitoring knows nothing of planning.
 */
export async function attentionAreaCodes(
	db: Database,
	ags: string
): Promise<{ year: number; codes: string[] } | null> {
	const atlas = await municipalityAtlas(db, ags, { kind: 'planner', ags });
	if (!atlas?.mss) return null;
	const attention = new Set<string>(DEFAULT_ATTENTION_CELLS);
	const codes = atlas.rows.flatMap((row) => {
		const cell = row.mss?.replace('\u2212', '-') ?? '';
		return isGesamtindexCell(cell) && attention.has(cell) ? [row.code] : [];
	});
	return { year: atlas.mss.year, codes };
}

// ---------------------------------------------------------------------------------------------
// Goals

async function goalTree(tx: Transaction, planId: number): Promise<GoalNode[]> {
	const rows = await tx
		.select({
			id: goals.id,
			parentId: goals.parentId,
			level: goals.level,
			fields: goals.fields,
			title: goals.title
		})
		.from(goals)
		.where(eq(goals.planId, planId));
	return rows.map((r) => ({ ...r, fields: r.fields as GoalNode['fields'] }));
}

function refuseTreeProblems(tree: GoalNode[], goalId: number): void {
	const problems = validateGoalTree(tree);
	const own = problems.find((p) => p.goalId === goalId) ?? problems[0];
	if (own) throw new PlanningError('ziel_ungueltig', own.field, own.message);
}

/**
 * Creates a goal (no `id`) or changes one, after checking the whole tree as it would be: the
 * level fits the parent's, the parent belongs to this plan, no cycle.
 */
export async function saveGoal(
	db: Database,
	actor: PlanningActor,
	planId: number,
	input: GoalInput & { id?: number | null },
	now: Date
): Promise<{ id: number }> {
	const data = parseInput(GoalInput, input);
	const plan = await guardedPlan(db, actor, planId);
	return inScope(db, scopeOf(plan), async (tx) => {
		const tree = await goalTree(tx, planId);
		const existing = input.id ? tree.find((g) => g.id === input.id) : undefined;
		if (input.id && !existing) throw new PlanningError('ziel_unbekannt', 'id');
		// A proposed goal that is not stored yet gets an id no stored goal has.
		const id = existing?.id ?? -1;
		const node: GoalNode = {
			id,
			parentId: data.parentId,
			level: data.level,
			fields: data.fields,
			title: data.title
		};
		refuseTreeProblems([...tree.filter((g) => g.id !== id), node], id);
		const values = {
			parentId: data.parentId,
			level: data.level,
			fields: data.fields,
			targetGroup: data.targetGroup,
			title: data.title,
			description: data.description,
			position: data.position
		};
		let savedId: number;
		if (existing) {
			savedId = existing.id;
			await tx.update(goals).set(values).where(eq(goals.id, savedId));
		} else {
			const [row] = await tx
				.insert(goals)
				.values({ planId, ...values })
				.returning({ id: goals.id });
			savedId = row.id;
		}
		await audit(tx, actor, now, existing ? 'goal.updated' : 'goal.created', 'goal', savedId, {
			planId,
			level: data.level
		});
		return { id: savedId };
	});
}

/** Deletes a goal without sub-goals, with its targets and its links to measures. */
export async function deleteGoal(
	db: Database,
	actor: PlanningActor,
	planId: number,
	goalId: number,
	now: Date
): Promise<void> {
	const plan = await guardedPlan(db, actor, planId);
	await inScope(db, scopeOf(plan), async (tx) => {
		const tree = await goalTree(tx, planId);
		const goal = tree.find((g) => g.id === goalId);
		if (!goal) throw new PlanningError('ziel_unbekannt', 'goalId');
		if (tree.some((g) => g.parentId === goalId))
			throw new PlanningError('ziel_hat_unterziele', 'goalId');
		await tx.delete(goals).where(eq(goals.id, goalId));
		await audit(tx, actor, now, 'goal.deleted', 'goal', goalId, { planId, title: goal.title });
	});
}

// ---------------------------------------------------------------------------------------------
// Targets

const SPEC_CODES = {
	zieljahr_nicht_nach_ausgangsjahr: 'zieljahr_vor_ausgangsjahr',
	zielwert_fehlt: 'zielwert_fehlt',
	zielwert_mehr_bedarf: 'zielwert_mehr_bedarf',
	prozent_ungueltig: 'prozent_ungueltig',
	gemeindewert_fehlt: 'gemeindewert_fehlt'
} as const satisfies Record<TargetSpecProblem['code'], string>;

/** The rules' check of a complete target (e.g. a target value that means more need). */
function refuseSpecProblems(spec: TargetSpec): void {
	const [problem] = checkTargetSpec(spec);
	if (!problem) return;
	const field = problem.field === 'baselineMunicipalValue' ? 'gapClosePercent' : problem.field;
	throw new PlanningError(SPEC_CODES[problem.code], field);
}

/**
 * Sets a target and freezes its baseline: the Handlungsraum's value in the baseline year as
 * stored now (all members, the planner's view), its numerator and denominator, the newest import
 * among those values (id and time: the data version), and — for "close the gap" — the
 * municipality's value in the same year.
 */
export async function createTarget(
	db: Database,
	actor: PlanningActor,
	planId: number,
	input: TargetInput,
	now: Date
): Promise<{ id: number }> {
	const data = parseInput(TargetInput, input);
	const plan = await guardedPlan(db, actor, planId);
	const indicator = (await loadIndicatorInfo(db)).get(data.indicatorKey);
	if (!indicator) throw new PlanningError('indikator_unbekannt', 'indicatorKey');
	if (indicator.direction === 'neutral')
		throw new PlanningError('indikator_ohne_richtung', 'indicatorKey');
	const baselineYear = data.baselineYear ?? plan.baselineYear;
	if (data.targetYear <= baselineYear)
		throw new PlanningError('zieljahr_vor_ausgangsjahr', 'targetYear');
	return inScope(db, scopeOf(plan), async (tx) => {
		const [goal] = await tx
			.select({ id: goals.id })
			.from(goals)
			.where(and(eq(goals.id, data.goalId), eq(goals.planId, planId)));
		if (!goal) throw new PlanningError('ziel_unbekannt', 'goalId');
		const raum = await raumOf(tx, planId, data.handlungsraumId);
		const members = (await handlungsraumMembers(tx, planId)).get(raum.id) ?? [];
		if (members.length === 0) throw new PlanningError('ausgangswert_fehlt', 'handlungsraumId');
		const agsList = (await scopeMunicipalities(tx, plan)).map((m) => m.ags);
		const table = await loadValues(tx, agsList, [indicator.key], [baselineYear]);
		const baseline = aggregateYear(table, members, indicator, baselineYear, 'internal');
		if (baseline.state !== 'value' || baseline.importId === null)
			throw new PlanningError('ausgangswert_fehlt', 'indicatorKey');
		const memberAgs = [
			...new Set(members.map((id) => table.areaAgs.get(id)).filter((a): a is string => !!a))
		];
		const municipalAreas = (await scopeAreas(tx, plan))
			.filter((a) => memberAgs.includes(a.ags))
			.map((a) => a.id);
		const municipal = aggregateYear(table, municipalAreas, indicator, baselineYear, 'internal');
		const municipalValue = municipal.state === 'value' ? municipal.value : null;
		if (data.kind === 'close_gap' && municipalValue === null)
			throw new PlanningError('gemeindewert_fehlt', 'gapClosePercent');
		refuseSpecProblems({
			direction: indicator.direction === 'need_down' ? 'need_down' : 'need_up',
			baseline: {
				year: baselineYear,
				value: baseline.value,
				numerator: baseline.numerator,
				denominator: baseline.denominator,
				dataVersion: String(baseline.importId)
			},
			targetYear: data.targetYear,
			kind: data.kind,
			targetValue: data.targetValue,
			gapClosePercent: data.gapClosePercent,
			baselineMunicipalValue: municipalValue
		});
		const [duplicate] = await tx
			.select({ id: targets.id })
			.from(targets)
			.where(
				and(
					eq(targets.goalId, data.goalId),
					eq(targets.indicatorKey, indicator.key),
					eq(targets.handlungsraumId, raum.id)
				)
			);
		if (duplicate) throw new PlanningError('ziel_doppelt', 'indicatorKey');
		const [row] = await tx
			.insert(targets)
			.values({
				planId,
				goalId: data.goalId,
				indicatorKey: indicator.key,
				handlungsraumId: raum.id,
				baselineYear,
				baselineValue: baseline.value,
				baselineNumerator: baseline.numerator,
				baselineDenominator: baseline.denominator,
				baselineImportId: baseline.importId,
				baselineImportedAt: table.imports.get(baseline.importId) ?? now,
				baselineMunicipalValue: municipalValue,
				targetYear: data.targetYear,
				kind: data.kind,
				targetValue: data.targetValue,
				gapClosePercent: data.gapClosePercent,
				note: data.note,
				createdAt: now
			})
			.returning({ id: targets.id });
		await audit(tx, actor, now, 'target.created', 'target', row.id, {
			planId,
			indicator: indicator.key,
			handlungsraumId: raum.id,
			baselineYear,
			baselineValue: baseline.value,
			baselineImportId: baseline.importId
		});
		return { id: row.id };
	});
}

/** Changes the target year and value; the frozen baseline never changes. */
export async function updateTarget(
	db: Database,
	actor: PlanningActor,
	planId: number,
	targetId: number,
	input: TargetChange,
	now: Date
): Promise<void> {
	const data = parseInput(TargetChange, input);
	const plan = await guardedPlan(db, actor, planId);
	await inScope(db, scopeOf(plan), async (tx) => {
		const [target] = await tx
			.select()
			.from(targets)
			.where(and(eq(targets.id, targetId), eq(targets.planId, planId)));
		if (!target) throw new PlanningError('zielwert_unbekannt', 'targetId');
		if (data.targetYear <= target.baselineYear)
			throw new PlanningError('zieljahr_vor_ausgangsjahr', 'targetYear');
		const indicator = (await loadIndicatorInfo(tx)).get(target.indicatorKey);
		refuseSpecProblems({
			direction: indicator?.direction === 'need_down' ? 'need_down' : 'need_up',
			baseline: {
				year: target.baselineYear,
				value: target.baselineValue,
				numerator: target.baselineNumerator,
				denominator: target.baselineDenominator,
				dataVersion: String(target.baselineImportId)
			},
			targetYear: data.targetYear,
			kind: data.kind,
			targetValue: data.targetValue,
			gapClosePercent: data.gapClosePercent,
			baselineMunicipalValue: target.baselineMunicipalValue
		});
		await tx.update(targets).set(data).where(eq(targets.id, targetId));
		await audit(tx, actor, now, 'target.updated', 'target', targetId, {
			planId,
			targetYear: data.targetYear,
			kind: data.kind
		});
	});
}

export async function deleteTarget(
	db: Database,
	actor: PlanningActor,
	planId: number,
	targetId: number,
	now: Date
): Promise<void> {
	const plan = await guardedPlan(db, actor, planId);
	await inScope(db, scopeOf(plan), async (tx) => {
		const deleted = await tx
			.delete(targets)
			.where(and(eq(targets.id, targetId), eq(targets.planId, planId)))
			.returning({ indicatorKey: targets.indicatorKey });
		if (deleted.length === 0) throw new PlanningError('zielwert_unbekannt', 'targetId');
		await audit(tx, actor, now, 'target.deleted', 'target', targetId, {
			planId,
			indicator: deleted[0].indicatorKey
		});
	});
}

// ---------------------------------------------------------------------------------------------
// Measures

/** Organisations a plan may name: regional ones and those of a municipality of its scope. */
async function refuseOrganisations(
	tx: Transaction,
	plan: Plan,
	ids: readonly number[],
	field: string
) {
	if (ids.length === 0) return;
	const rows = await tx
		.select({ id: organisations.id, ags: organisations.municipalityAgs })
		.from(organisations)
		.where(inArray(organisations.id, [...ids]));
	if (rows.length !== new Set(ids).size) throw new PlanningError('organisation_unbekannt', field);
	const scope = new Set((await scopeMunicipalities(tx, plan)).map((m) => m.ags));
	if (rows.some((r) => r.ags !== null && !scope.has(r.ags)))
		throw new PlanningError('organisation_ausserhalb', field);
}

/**
 * Creates a measure (no `id`) or replaces one with its partners, Handlungsräume, goals (each with
 * the expected contribution) and outputs — all in one transaction.
 */
export async function saveMeasure(
	db: Database,
	actor: PlanningActor,
	planId: number,
	input: MeasureInput & { id?: number | null },
	now: Date
): Promise<{ id: number }> {
	const data = parseInput(MeasureInput, input);
	const plan = await guardedPlan(db, actor, planId);
	return inScope(db, scopeOf(plan), async (tx) => {
		const [existing] = input.id
			? await tx
					.select({ id: measures.id })
					.from(measures)
					.where(and(eq(measures.id, input.id), eq(measures.planId, planId)))
			: [];
		if (input.id && !existing) throw new PlanningError('massnahme_unbekannt', 'id');
		if (data.leadOrganisationId !== null)
			await refuseOrganisations(tx, plan, [data.leadOrganisationId], 'leadOrganisationId');
		await refuseOrganisations(tx, plan, data.partnerIds, 'partnerIds');
		if (data.handlungsraumIds.length) {
			const found = await tx
				.select({ id: handlungsraeume.id })
				.from(handlungsraeume)
				.where(
					and(
						eq(handlungsraeume.planId, planId),
						inArray(handlungsraeume.id, data.handlungsraumIds)
					)
				);
			if (found.length !== data.handlungsraumIds.length)
				throw new PlanningError('handlungsraum_unbekannt', 'handlungsraumIds');
		}
		if (data.goals.length) {
			const found = await tx
				.select({ id: goals.id })
				.from(goals)
				.where(
					and(
						eq(goals.planId, planId),
						inArray(
							goals.id,
							data.goals.map((g) => g.goalId)
						)
					)
				);
			if (found.length !== data.goals.length) throw new PlanningError('ziel_unbekannt', 'goals');
		}
		if (data.ideaId !== null) {
			const [idea] = await tx
				.select({ id: cafeIdeas.id })
				.from(cafeIdeas)
				.where(eq(cafeIdeas.id, data.ideaId));
			if (!idea) throw new PlanningError('idee_unbekannt', 'ideaId');
		}
		const values = {
			title: data.title,
			description: data.description,
			fields: data.fields,
			targetGroup: data.targetGroup,
			status: data.status,
			startsOn: data.startsOn,
			endsOn: data.endsOn,
			budgetPlanned: data.budgetPlanned,
			budgetSpent: data.budgetSpent,
			fundingSource: data.fundingSource,
			leadOrganisationId: data.leadOrganisationId,
			isPublic: data.isPublic,
			ideaId: data.ideaId,
			updatedAt: now
		};
		let id: number;
		if (existing) {
			id = existing.id;
			await tx.update(measures).set(values).where(eq(measures.id, id));
			await Promise.all([
				tx.delete(measurePartners).where(eq(measurePartners.measureId, id)),
				tx.delete(measureAreas).where(eq(measureAreas.measureId, id)),
				tx.delete(measureGoals).where(eq(measureGoals.measureId, id)),
				tx.delete(measureOutputs).where(eq(measureOutputs.measureId, id))
			]);
		} else {
			const [row] = await tx
				.insert(measures)
				.values({ planId, ...values, createdAt: now })
				.returning({ id: measures.id });
			id = row.id;
		}
		if (data.partnerIds.length)
			await tx
				.insert(measurePartners)
				.values(data.partnerIds.map((organisationId) => ({ measureId: id, organisationId })));
		if (data.handlungsraumIds.length)
			await tx
				.insert(measureAreas)
				.values(
					data.handlungsraumIds.map((handlungsraumId) => ({ measureId: id, handlungsraumId }))
				);
		if (data.goals.length)
			await tx
				.insert(measureGoals)
				.values(
					data.goals.map((g) => ({ measureId: id, goalId: g.goalId, contribution: g.contribution }))
				);
		if (data.outputs.length)
			await tx.insert(measureOutputs).values(
				data.outputs.map((o, position) => ({
					measureId: id,
					label: o.label,
					count: o.count,
					position
				}))
			);
		await audit(tx, actor, now, existing ? 'measure.updated' : 'measure.created', 'measure', id, {
			planId,
			status: data.status,
			isPublic: data.isPublic
		});
		return { id };
	});
}

export async function deleteMeasure(
	db: Database,
	actor: PlanningActor,
	planId: number,
	measureId: number,
	now: Date
): Promise<void> {
	const plan = await guardedPlan(db, actor, planId);
	await inScope(db, scopeOf(plan), async (tx) => {
		const deleted = await tx
			.delete(measures)
			.where(and(eq(measures.id, measureId), eq(measures.planId, planId)))
			.returning({ title: measures.title });
		if (deleted.length === 0) throw new PlanningError('massnahme_unbekannt', 'measureId');
		await audit(tx, actor, now, 'measure.deleted', 'measure', measureId, {
			planId,
			title: deleted[0].title
		});
	});
}

// ---------------------------------------------------------------------------------------------
// Organisations

function slugOf(name: string): string {
	const base = name
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return base || 'organisation';
}

async function freeSlug(tx: Transaction, name: string): Promise<string> {
	const base = slugOf(name);
	const taken = new Set(
		(
			await tx
				.select({ slug: organisations.slug })
				.from(organisations)
				.where(sql`${organisations.slug} = ${base} or ${organisations.slug} like ${`${base}-%`}`)
		).map((r) => r.slug)
	);
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Creates (no `id`) or edits an organisation of the planning directory. A local one (with a
 * municipality) may be changed by whoever plans for that municipality; a regional one (without)
 * by any planning account when new, and by admins afterwards, since plans of many municipalities
 * may name it.
 */
export async function saveOrganisation(
	db: Database,
	actor: PlanningActor,
	input: OrganisationInput & { id?: number | null },
	now: Date,
	options: { isDemo?: boolean } = {}
): Promise<{ id: number }> {
	const data = parseInput(OrganisationInput, input);
	if (data.municipalityAgs && !municipalityByAgs(data.municipalityAgs))
		throw new PlanningError('gemeinde_unbekannt', 'municipalityAgs');
	const mayTouch = (ags: string | null) =>
		ags
			? mayPlanFor(actor, { kind: 'gemeinde', ags })
			: ['admin', 'planner', 'kreis_planner'].includes(actor.role);
	if (!mayTouch(data.municipalityAgs)) throw new PlanningError('keine_berechtigung');
	const scope: PlanScope = { kind: 'gemeinde', ags: data.municipalityAgs ?? '00000000' };
	return inScope(db, scope, async (tx) => {
		let id: number;
		if (input.id) {
			const [existing] = await tx
				.select()
				.from(organisations)
				.where(eq(organisations.id, input.id));
			if (!existing) throw new PlanningError('organisation_unbekannt', 'id');
			const allowed = existing.municipalityAgs
				? mayTouch(existing.municipalityAgs)
				: actor.role === 'admin';
			if (!allowed) throw new PlanningError('keine_berechtigung');
			id = existing.id;
			await tx.update(organisations).set(data).where(eq(organisations.id, id));
		} else {
			const [row] = await tx
				.insert(organisations)
				.values({ ...data, slug: await freeSlug(tx, data.name), isDemo: options.isDemo ?? false })
				.returning({ id: organisations.id });
			id = row.id;
		}
		await audit(
			tx,
			actor,
			now,
			input.id ? 'organisation.updated' : 'organisation.created',
			'organisation',
			id,
			{
				name: data.name,
				kind: data.kind,
				municipalityAgs: data.municipalityAgs
			}
		);
		return { id };
	});
}

/** Searchable directory: the organisations a plan of `ags` may name, matching `query` in any name. */
export async function searchOrganisations(
	db: Database,
	filter: { agsList: readonly string[]; query?: string; limit?: number }
) {
	const text = filter.query?.trim();
	const local = filter.agsList.length
		? sql`(${organisations.municipalityAgs} is null or ${inArray(organisations.municipalityAgs, [...filter.agsList])})`
		: sql`${organisations.municipalityAgs} is null`;
	const match = text
		? sql`(${organisations.name} ilike ${`%${escapeLike(text)}%`} or ${organisations.shortName} ilike ${`%${escapeLike(text)}%`})`
		: sql`true`;
	return db
		.select()
		.from(organisations)
		.where(sql`${local} and ${match}`)
		.orderBy(asc(organisations.name))
		.limit(filter.limit ?? 50);
}

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// ---------------------------------------------------------------------------------------------
// Measures proposed from World Café ideas

/** The longest measure title (the `MeasureInput` title's maximum). */
export const MEASURE_TITLE_MAX = 300;

/** A title from an idea's text: one line, cut at a word before the maximum with "…". */
export function titleFromIdea(text: string, max = MEASURE_TITLE_MAX): string {
	const line = text.replace(/\s+/g, ' ').trim();
	if (line.length <= max) return line;
	const cut = line.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A measure proposal from an idea of a published World Café harvest: status `geplant`, not
 * public, its title the idea's text, its description naming the café (edition year, topic, table),
 * its Handlungsfelder the idea's tags (`uebergreifend` when it has none) and `idea_id` set, so
 * the harvest shows the idea as taken up. An idea is taken up at most once per plan.
 */
export async function proposeMeasureFromIdea(
	db: Database,
	actor: PlanningActor,
	planId: number,
	ideaId: number,
	now: Date
): Promise<{ id: number }> {
	const plan = await guardedPlan(db, actor, planId);
	return inScope(db, scopeOf(plan), async (tx) => {
		const [idea] = await tx
			.select({
				text: cafeIdeas.text,
				fields: cafeIdeas.fields,
				round: cafeNotes.round,
				table: cafeTables.label,
				topic: cafeTables.topic,
				cafeTitle: worldCafes.title,
				year: editions.year
			})
			.from(cafeIdeas)
			.innerJoin(cafeNotes, eq(cafeNotes.id, cafeIdeas.noteId))
			.innerJoin(cafeTables, eq(cafeTables.id, cafeNotes.tableId))
			.innerJoin(worldCafes, eq(worldCafes.id, cafeTables.cafeId))
			.innerJoin(editions, eq(editions.id, worldCafes.editionId))
			.where(and(eq(cafeIdeas.id, ideaId), isNotNull(worldCafes.publishedHarvest)));
		if (!idea || idea.text.trim() === '') throw new PlanningError('idee_unbekannt', 'ideaId');
		const [taken] = await tx
			.select({ id: measures.id })
			.from(measures)
			.where(and(eq(measures.planId, planId), eq(measures.ideaId, ideaId)));
		if (taken) throw new PlanningError('idee_aufgegriffen', 'ideaId');
		const fields = planningFields.filter((f) => idea.fields.includes(f));
		const [row] = await tx
			.insert(measures)
			.values({
				planId,
				title: titleFromIdea(idea.text),
				description:
					`Idee aus dem World Café „${idea.cafeTitle}“ der Sozialkonferenz Ruhr ${idea.year}, ` +
					`Thema „${idea.topic}“, ${idea.table}, Runde ${idea.round + 1}:\n\n${idea.text.trim()}`,
				fields: fields.length ? fields : ['uebergreifend'],
				status: 'geplant',
				isPublic: false,
				ideaId,
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: measures.id });
		await audit(tx, actor, now, 'measure.proposed_from_idea', 'measure', row.id, {
			planId,
			ideaId
		});
		return { id: row.id };
	});
}
