/**
 * Targets (a goal × an indicator × a Handlungsraum) with their baseline frozen when set.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db';
import { goals, targets } from '../../db/schema';
import { PlanningError } from '../errors';
import { parseInput, TargetChange, TargetInput } from '../model';
import { checkTargetSpec, type TargetSpec, type TargetSpecProblem } from '../targets';
import {
	aggregateYear,
	handlungsraumMembers,
	loadIndicatorInfo,
	loadValues,
	scopeAreas,
	scopeMunicipalities
} from '../values';
import { audit, guardedPlan, inScope, scopeOf, type PlanningActor } from './guard';
import { raumOf } from './raeume';

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
	const indicator = (await loadIndicatorInfo(db, plan.ags)).get(data.indicatorKey);
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
		const indicator = (await loadIndicatorInfo(tx, plan.ags)).get(target.indicatorKey);
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
