import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import {
	areas,
	auditLog,
	goals,
	handlungsraeume,
	handlungsraumAreas,
	measureGoals,
	measureOutputs,
	measurePartners,
	measures,
	organisations,
	plans,
	targets
} from '../db/schema';
import { importAndPublishValues } from '../monitoring';
import { ensureReferenceData } from '../monitoring/reference';
import { PlanningError } from './errors';
import {
	createPlan,
	createTarget,
	deleteGoal,
	deleteHandlungsraum,
	saveGoal,
	saveHandlungsraum,
	saveMeasure,
	saveOrganisation,
	searchOrganisations,
	takeOverAttentionAreas,
	updatePlan,
	updateTarget,
	type PlanningActor
} from './store';
import {
	KREIS,
	KREIS_TOWN,
	TOWN,
	admin,
	kreisPlanner,
	municipalityWithData,
	organiser,
	planner,
	valuesCsv
} from './testing';

const now = new Date('2026-03-02T09:00:00Z');
const later = new Date('2026-04-02T09:00:00Z');

const aPlan = (title = 'Handlungsprogramm 2025–2030') => ({
	title,
	periodStart: 2025,
	periodEnd: 2030,
	baselineYear: 2019
});

async function refusal(promise: Promise<unknown>): Promise<PlanningError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof PlanningError) return error;
		throw error;
	}
	throw new Error('expected a PlanningError');
}

describe.each(backends)('planning store on $name', (backend) => {
	let handle: DatabaseHandle;
	let db: DatabaseHandle['db'];
	let townAreas: Map<string, number>;
	let kreisAreas: Map<string, number>;

	beforeAll(async () => {
		handle = await backend.open();
		db = handle.db;
		await ensureReferenceData(db);
		await municipalityWithData(db, TOWN, now);
		await municipalityWithData(db, KREIS_TOWN, now, 2);
		const rows = await db.select().from(areas).orderBy(asc(areas.id));
		townAreas = new Map(rows.filter((a) => a.ags === TOWN).map((a) => [a.code, a.id]));
		kreisAreas = new Map(rows.filter((a) => a.ags === KREIS_TOWN).map((a) => [a.code, a.id]));
	});

	afterAll(async () => {
		await handle?.close();
	});

	/** Row counts of every planning table: a refused write leaves them all as they were. */
	async function counts() {
		const result = (await db.execute(sql`select
				(select count(*) from plans)::int as plans,
				(select count(*) from handlungsraeume)::int as raeume,
				(select count(*) from handlungsraum_areas)::int as raum_areas,
				(select count(*) from goals)::int as goals,
				(select count(*) from targets)::int as targets,
				(select count(*) from measures)::int as measures,
				(select count(*) from measure_partners)::int as partners,
				(select count(*) from measure_outputs)::int as outputs,
				(select count(*) from organisations)::int as organisations,
				(select count(*) from audit_log)::int as audit`)) as unknown as {
			rows: Record<string, number>[];
		};
		return result.rows[0];
	}

	async function expectNothingStored(write: () => Promise<unknown>, code: string, field?: string) {
		const before = await counts();
		const error = await refusal(write());
		expect(error.code).toBe(code);
		if (field) expect(error.field).toBe(field);
		expect(await counts()).toEqual(before);
		return error;
	}

	let titles = 0;
	async function newPlan(
		actor: PlanningActor = planner(),
		scope = { kind: 'gemeinde' as const, ags: TOWN }
	) {
		titles += 1;
		return createPlan(db, actor, scope, aPlan(`Plan ${titles}`), now);
	}

	async function auditActions(subjectType: string, subjectId: number) {
		const rows = await db
			.select({ action: auditLog.action, actor: auditLog.actorUserId })
			.from(auditLog)
			.where(
				sql`${auditLog.subjectType} = ${subjectType} and ${auditLog.subjectId} = ${String(subjectId)}`
			)
			.orderBy(asc(auditLog.id));
		return rows.map((r) => r.action);
	}

	describe('plans', () => {
		it('creates a municipality plan with its whole-municipality Handlungsraum and an audit entry', async () => {
			const { id } = await createPlan(
				db,
				planner(TOWN),
				{ kind: 'gemeinde', ags: TOWN },
				aPlan('Bottrop 2030'),
				now
			);
			const [plan] = await db.select().from(plans).where(eq(plans.id, id));
			expect(plan).toMatchObject({
				ags: TOWN,
				kreisAgs: null,
				status: 'entwurf',
				baselineYear: 2019
			});
			const raeume = await db.select().from(handlungsraeume).where(eq(handlungsraeume.planId, id));
			expect(raeume).toMatchObject([
				{ kind: 'gemeinde', municipalityAgs: TOWN, name: 'Gesamte Kommune Bottrop' }
			]);
			expect(await auditActions('plan', id)).toEqual(['plan.created']);
		});

		it('creates a Kreis plan with one whole-municipality Handlungsraum per member town', async () => {
			const { id } = await newPlan(kreisPlanner(), { kind: 'kreis', kreisAgs: KREIS } as never);
			const raeume = await db.select().from(handlungsraeume).where(eq(handlungsraeume.planId, id));
			expect(raeume).toHaveLength(10);
			expect(raeume.map((r) => r.municipalityAgs)).toContain(KREIS_TOWN);
		});

		it.each<
			[
				string,
				PlanningActor,
				{ kind: 'gemeinde'; ags: string } | { kind: 'kreis'; kreisAgs: string }
			]
		>([
			['a planner of another municipality', planner(KREIS_TOWN), { kind: 'gemeinde', ags: TOWN }],
			['an organiser', organiser, { kind: 'gemeinde', ags: TOWN }],
			['a Kreis planner for a kreisfreie Stadt', kreisPlanner(), { kind: 'gemeinde', ags: TOWN }],
			[
				'a Kreis planner of another Kreis',
				kreisPlanner('05170'),
				{ kind: 'kreis', kreisAgs: KREIS }
			],
			[
				'a planner for the Kreis plan of their Kreis',
				planner(KREIS_TOWN),
				{ kind: 'kreis', kreisAgs: KREIS }
			]
		])('refuses %s and stores nothing', async (_, actor, scope) => {
			await expectNothingStored(
				() => createPlan(db, actor, scope, aPlan('Fremd'), now),
				'keine_berechtigung'
			);
		});

		it('lets a Kreis planner edit the plan of a member town, and an admin any', async () => {
			const { id } = await createPlan(
				db,
				planner(KREIS_TOWN),
				{ kind: 'gemeinde', ags: KREIS_TOWN },
				aPlan('Dorsten'),
				now
			);
			await updatePlan(
				db,
				kreisPlanner(),
				id,
				{
					...aPlan('Dorsten'),
					status: 'beschlossen',
					decidedOn: '2026-02-10',
					decisionReference: 'Drs. 12/2026'
				},
				later
			);
			await updatePlan(db, admin, id, { ...aPlan('Dorsten neu') }, later);
			await expectNothingStored(
				() => updatePlan(db, kreisPlanner('05170'), id, aPlan('X'), later),
				'keine_berechtigung'
			);
			expect(await auditActions('plan', id)).toEqual([
				'plan.created',
				'plan.updated',
				'plan.updated'
			]);
		});

		it.each([
			[
				'an end before the start',
				{ periodStart: 2030, periodEnd: 2025 },
				'zeitraum_ungueltig',
				'periodEnd'
			],
			[
				'a baseline year after the period',
				{ baselineYear: 2031 },
				'ausgangsjahr_ungueltig',
				'baselineYear'
			],
			[
				'a decided plan without a decision date',
				{ status: 'beschlossen' },
				'beschluss_fehlt',
				'decidedOn'
			],
			['a blank title', { title: '  ' }, 'titel_leer', 'title']
		])('refuses %s with a field error and stores nothing', async (_, change, code, field) => {
			await expectNothingStored(
				() =>
					createPlan(
						db,
						planner(),
						{ kind: 'gemeinde', ags: TOWN },
						{ ...aPlan('Neu'), ...change } as never,
						now
					),
				code,
				field
			);
		});

		it('refuses a second plan with the same title in the municipality', async () => {
			await createPlan(db, planner(), { kind: 'gemeinde', ags: TOWN }, aPlan('Doppelt'), now);
			await expectNothingStored(
				() => createPlan(db, planner(), { kind: 'gemeinde', ags: TOWN }, aPlan('Doppelt'), now),
				'titel_vergeben',
				'title'
			);
		});
	});

	describe('Handlungsräume', () => {
		it('stores a set of areas of the plan and replaces it on edit', async () => {
			const plan = await newPlan();
			const { id } = await saveHandlungsraum(
				db,
				planner(),
				plan.id,
				{ name: 'Nord', areaIds: [townAreas.get('Q01')!, townAreas.get('Q02')!] },
				now
			);
			await saveHandlungsraum(
				db,
				planner(),
				plan.id,
				{ id, name: 'Nordost', areaIds: [townAreas.get('Q03')!] },
				later
			);
			const members = await db
				.select()
				.from(handlungsraumAreas)
				.where(eq(handlungsraumAreas.handlungsraumId, id));
			expect(members.map((m) => m.areaId)).toEqual([townAreas.get('Q03')]);
			expect(await auditActions('handlungsraum', id)).toEqual([
				'handlungsraum.created',
				'handlungsraum.updated'
			]);
		});

		it('refuses an area of another municipality and stores nothing', async () => {
			const plan = await newPlan();
			await expectNothingStored(
				() =>
					saveHandlungsraum(
						db,
						planner(),
						plan.id,
						{ name: 'Fremd', areaIds: [townAreas.get('Q01')!, kreisAreas.get('Q01')!] },
						now
					),
				'gebiet_ausserhalb',
				'areaIds'
			);
		});

		it('refuses an empty set of areas', async () => {
			const plan = await newPlan();
			await expectNothingStored(
				() => saveHandlungsraum(db, planner(), plan.id, { name: 'Leer', areaIds: [] }, now),
				'handlungsraum_leer',
				'areaIds'
			);
		});

		it('keeps the whole municipality: it cannot be changed or deleted', async () => {
			const plan = await newPlan();
			const [whole] = await db
				.select()
				.from(handlungsraeume)
				.where(eq(handlungsraeume.planId, plan.id));
			await expectNothingStored(
				() => deleteHandlungsraum(db, planner(), plan.id, whole.id, now),
				'gesamtgemeinde_fest'
			);
			await expectNothingStored(
				() =>
					saveHandlungsraum(
						db,
						planner(),
						plan.id,
						{ id: whole.id, name: 'X', areaIds: [townAreas.get('Q01')!] },
						now
					),
				'gesamtgemeinde_fest'
			);
		});

		it('takes over the areas the MSS marks for attention', async () => {
			const plan = await newPlan();
			const result = await takeOverAttentionAreas(db, planner(), plan.id, {}, now);
			expect(result).toMatchObject({ areaCount: 1, mssYear: 2021 });
			const [raum] = await db
				.select()
				.from(handlungsraeume)
				.where(eq(handlungsraeume.id, result.id));
			expect(raum).toMatchObject({ origin: 'mss_aufmerksamkeit', mssYear: 2021 });
			const members = await db
				.select()
				.from(handlungsraumAreas)
				.where(eq(handlungsraumAreas.handlungsraumId, result.id));
			expect(members.map((m) => m.areaId)).toEqual([townAreas.get('Q08')]);
			expect(await auditActions('handlungsraum', result.id)).toEqual([
				'handlungsraum.mss_taken_over'
			]);
		});

		it('refuses to delete a Handlungsraum a target uses', async () => {
			const plan = await newPlan();
			const raum = await saveHandlungsraum(
				db,
				planner(),
				plan.id,
				{ name: 'Süd', areaIds: [townAreas.get('Q05')!] },
				now
			);
			const leit = await saveGoal(
				db,
				planner(),
				plan.id,
				{ level: 'leitziel', fields: ['arbeit'], title: 'Teilhabe' },
				now
			);
			await createTarget(
				db,
				planner(),
				plan.id,
				{
					goalId: leit.id,
					indicatorKey: 'sgb2_quote',
					handlungsraumId: raum.id,
					targetYear: 2028,
					kind: 'absolute',
					targetValue: 8
				},
				now
			);
			await expectNothingStored(
				() => deleteHandlungsraum(db, planner(), plan.id, raum.id, now),
				'handlungsraum_in_gebrauch'
			);
		});
	});

	describe('goals', () => {
		it('builds Leitziel → Handlungsziel → Wirkungsziel with fields and target group', async () => {
			const plan = await newPlan();
			const leit = await saveGoal(
				db,
				planner(),
				plan.id,
				{ level: 'leitziel', fields: ['bildung', 'arbeit'], title: 'Chancen für Kinder' },
				now
			);
			const hz = await saveGoal(
				db,
				planner(),
				plan.id,
				{ parentId: leit.id, level: 'handlungsziel', fields: ['bildung'], title: 'Frühe Bildung' },
				now
			);
			const wz = await saveGoal(
				db,
				planner(),
				plan.id,
				{
					parentId: hz.id,
					level: 'wirkungsziel',
					fields: ['bildung'],
					targetGroup: 'Kinder unter 6 Jahren',
					title: 'Kita-Besuch'
				},
				now
			);
			const rows = await db
				.select()
				.from(goals)
				.where(eq(goals.planId, plan.id))
				.orderBy(asc(goals.id));
			expect(rows.map((g) => [g.level, g.parentId])).toEqual([
				['leitziel', null],
				['handlungsziel', leit.id],
				['wirkungsziel', hz.id]
			]);
			expect(rows[2]).toMatchObject({ targetGroup: 'Kinder unter 6 Jahren', fields: ['bildung'] });
			expect(await auditActions('goal', wz.id)).toEqual(['goal.created']);
		});

		it('refuses a cycle, a wrong level and a parent of another plan, storing nothing', async () => {
			const plan = await newPlan();
			const other = await newPlan();
			const leit = await saveGoal(
				db,
				planner(),
				plan.id,
				{ level: 'leitziel', fields: ['wohnen'], title: 'L' },
				now
			);
			const hz = await saveGoal(
				db,
				planner(),
				plan.id,
				{ parentId: leit.id, level: 'handlungsziel', fields: ['wohnen'], title: 'H' },
				now
			);
			const hz2 = await saveGoal(
				db,
				planner(),
				plan.id,
				{ parentId: leit.id, level: 'handlungsziel', fields: ['wohnen'], title: 'H2' },
				now
			);
			const foreign = await saveGoal(
				db,
				planner(),
				other.id,
				{ level: 'leitziel', fields: ['wohnen'], title: 'F' },
				now
			);
			// H under H2 and H2 under H: a cycle (and a wrong level), refused as a tree problem.
			await saveGoal(
				db,
				planner(),
				plan.id,
				{ id: hz2.id, parentId: leit.id, level: 'handlungsziel', fields: ['wohnen'], title: 'H2' },
				now
			);
			const cycle = await expectNothingStored(
				() =>
					saveGoal(
						db,
						planner(),
						plan.id,
						{ id: hz.id, parentId: hz.id, level: 'handlungsziel', fields: ['wohnen'], title: 'H' },
						now
					),
				'ziel_ungueltig',
				'parentId'
			);
			expect(cycle.key).toMatch(/^planning\.goal\.err\./);
			await expectNothingStored(
				() =>
					saveGoal(
						db,
						planner(),
						plan.id,
						{ parentId: leit.id, level: 'wirkungsziel', fields: ['wohnen'], title: 'W' },
						now
					),
				'ziel_ungueltig',
				'parentId'
			);
			await expectNothingStored(
				() =>
					saveGoal(
						db,
						planner(),
						plan.id,
						{ parentId: foreign.id, level: 'handlungsziel', fields: ['wohnen'], title: 'X' },
						now
					),
				'ziel_ungueltig',
				'parentId'
			);
			await expectNothingStored(
				() =>
					saveGoal(
						db,
						planner(),
						plan.id,
						{ level: 'leitziel', fields: [], title: 'Ohne Feld' },
						now
					),
				'kein_feld',
				'fields'
			);
		});

		it('refuses to delete a goal with sub-goals', async () => {
			const plan = await newPlan();
			const leit = await saveGoal(
				db,
				planner(),
				plan.id,
				{ level: 'leitziel', fields: ['kultur'], title: 'L' },
				now
			);
			await saveGoal(
				db,
				planner(),
				plan.id,
				{ parentId: leit.id, level: 'handlungsziel', fields: ['kultur'], title: 'H' },
				now
			);
			await expectNothingStored(
				() => deleteGoal(db, planner(), plan.id, leit.id, now),
				'ziel_hat_unterziele'
			);
		});
	});

	describe('targets', () => {
		async function planWithGoal() {
			const plan = await newPlan();
			const raum = await saveHandlungsraum(
				db,
				planner(),
				plan.id,
				{ name: 'Ost', areaIds: [townAreas.get('Q04')!, townAreas.get('Q08')!] },
				now
			);
			const goal = await saveGoal(
				db,
				planner(),
				plan.id,
				{ level: 'leitziel', fields: ['arbeit'], title: 'Arbeit' },
				now
			);
			return { plan, raum, goal };
		}

		it('freezes the baseline of the Handlungsraum: pooled value, counts and data version', async () => {
			const { plan, raum, goal } = await planWithGoal();
			const { id } = await createTarget(
				db,
				planner(),
				plan.id,
				{
					goalId: goal.id,
					indicatorKey: 'sgb2_quote',
					handlungsraumId: raum.id,
					targetYear: 2028,
					kind: 'absolute',
					targetValue: 15
				},
				now
			);
			const [target] = await db.select().from(targets).where(eq(targets.id, id));
			// Q04 2019: 10.0 % of 1000 → 100; Q08 2019: 40.0 % → 400; pooled 500 / 2000 = 25 %.
			expect(target).toMatchObject({
				baselineYear: 2019,
				baselineValue: 25,
				baselineNumerator: 500,
				baselineDenominator: 2000,
				targetYear: 2028
			});
			expect(target.baselineImportId).not.toBeNull();
			expect(target.baselineImportedAt.toISOString()).toBe(now.toISOString());
			expect(await auditActions('target', id)).toEqual(['target.created']);
		});

		it('keeps the frozen baseline when the baseline year is imported again', async () => {
			const { plan, raum, goal } = await planWithGoal();
			const { id } = await createTarget(
				db,
				planner(),
				plan.id,
				{
					goalId: goal.id,
					indicatorKey: 'kinderarmut',
					handlungsraumId: raum.id,
					targetYear: 2028,
					kind: 'absolute',
					targetValue: 15
				},
				now
			);
			const reimport = await importAndPublishValues(db, {
				ags: TOWN,
				fileName: 'korrektur.csv',
				bytes: new TextEncoder().encode(valuesCsv(8, [2019], () => 1)),
				now: later
			});
			expect(reimport.ok).toBe(true);
			const [target] = await db.select().from(targets).where(eq(targets.id, id));
			expect(target.baselineValue).toBe(25);
			// Back to the original values for the other tests.
			await importAndPublishValues(db, {
				ags: TOWN,
				fileName: 'zurueck.csv',
				bytes: new TextEncoder().encode(valuesCsv(8, [2019])),
				now: later
			});
		});

		it('stores the municipal value for "close the gap"', async () => {
			const { plan, raum, goal } = await planWithGoal();
			const { id } = await createTarget(
				db,
				planner(),
				plan.id,
				{
					goalId: goal.id,
					indicatorKey: 'arbeitslose_je_100',
					handlungsraumId: raum.id,
					targetYear: 2030,
					kind: 'close_gap',
					gapClosePercent: 50
				},
				now
			);
			const [target] = await db.select().from(targets).where(eq(targets.id, id));
			// Q01…Q07 2019: 8.5 … 11.5, Q08: 40 → (8.5+9+9.5+10+10.5+11+11.5+40)·10 / 8000 = 13.75 %.
			expect(target).toMatchObject({ kind: 'close_gap', gapClosePercent: 50, targetValue: null });
			expect(target.baselineMunicipalValue).toBeCloseTo(13.75, 10);
		});

		it.each([
			[
				'a target year not after the baseline year',
				{ targetYear: 2019 },
				'zieljahr_vor_ausgangsjahr',
				'targetYear'
			],
			[
				'an indicator without need direction',
				{ indicatorKey: 'anteil_ueber_65' },
				'indikator_ohne_richtung',
				'indicatorKey'
			],
			[
				'an unknown indicator',
				{ indicatorKey: 'mss_klasse' },
				'indikator_unbekannt',
				'indicatorKey'
			],
			[
				'a baseline year without values',
				{ baselineYear: 2015 },
				'ausgangswert_fehlt',
				'indicatorKey'
			],
			[
				'an absolute target without a value',
				{ targetValue: null },
				'zielwert_fehlt',
				'targetValue'
			],
			[
				'a gap to close above 100 %',
				{ kind: 'close_gap', gapClosePercent: 120 },
				'prozent_ungueltig',
				'gapClosePercent'
			],
			[
				'a target value that means more need than the baseline',
				{ targetValue: 30 },
				'zielwert_mehr_bedarf',
				'targetValue'
			]
		])('refuses %s and stores nothing', async (_, change, code, field) => {
			const { plan, raum, goal } = await planWithGoal();
			await expectNothingStored(
				() =>
					createTarget(
						db,
						planner(),
						plan.id,
						{
							goalId: goal.id,
							indicatorKey: 'sgb2_quote',
							handlungsraumId: raum.id,
							targetYear: 2028,
							kind: 'absolute',
							targetValue: 12,
							...change
						} as never,
						now
					),
				code,
				field
			);
		});

		it('refuses a Handlungsraum of another plan and a second target for the same goal, indicator and area', async () => {
			const { plan, raum, goal } = await planWithGoal();
			const other = await planWithGoal();
			const input = {
				goalId: goal.id,
				indicatorKey: 'sgb2_quote',
				handlungsraumId: raum.id,
				targetYear: 2028,
				kind: 'absolute' as const,
				targetValue: 12
			};
			await expectNothingStored(
				() =>
					createTarget(db, planner(), plan.id, { ...input, handlungsraumId: other.raum.id }, now),
				'handlungsraum_unbekannt'
			);
			await createTarget(db, planner(), plan.id, input, now);
			await expectNothingStored(
				() => createTarget(db, planner(), plan.id, input, now),
				'ziel_doppelt'
			);
		});

		it('changes the target but never the baseline', async () => {
			const { plan, raum, goal } = await planWithGoal();
			const { id } = await createTarget(
				db,
				planner(),
				plan.id,
				{
					goalId: goal.id,
					indicatorKey: 'langzeitarbeitslose_je_100',
					handlungsraumId: raum.id,
					targetYear: 2028,
					kind: 'absolute',
					targetValue: 12
				},
				now
			);
			await updateTarget(
				db,
				planner(),
				plan.id,
				id,
				{ targetYear: 2030, kind: 'absolute', targetValue: 10 },
				later
			);
			const [target] = await db.select().from(targets).where(eq(targets.id, id));
			expect(target).toMatchObject({ targetYear: 2030, targetValue: 10, baselineValue: 25 });
			await expectNothingStored(
				() =>
					updateTarget(
						db,
						planner(),
						plan.id,
						id,
						{ targetYear: 2018, kind: 'absolute', targetValue: 10 },
						later
					),
				'zieljahr_vor_ausgangsjahr',
				'targetYear'
			);
		});
	});

	describe('measures and organisations', () => {
		async function setting() {
			const plan = await newPlan();
			const raum = await saveHandlungsraum(
				db,
				planner(),
				plan.id,
				{ name: 'Mitte', areaIds: [townAreas.get('Q02')!] },
				now
			);
			const goal = await saveGoal(
				db,
				planner(),
				plan.id,
				{ level: 'leitziel', fields: ['gesundheit'], title: 'Gesund aufwachsen' },
				now
			);
			const lead = await saveOrganisation(
				db,
				planner(),
				{
					name: 'Familienzentrum Mitte',
					kind: 'verein',
					municipalityAgs: TOWN,
					street: 'Markt 1',
					postcode: '46236',
					city: 'Bottrop',
					lon: '6,93',
					lat: '51,52'
				},
				now
			);
			const partner = await saveOrganisation(
				db,
				planner(),
				{ name: 'Jobcenter Bottrop', kind: 'jobcenter', municipalityAgs: TOWN },
				now
			);
			return { plan, raum, goal, lead, partner };
		}

		it('stores a measure with lead, partner, area, goal contribution and outputs in one go', async () => {
			const { plan, raum, goal, lead, partner } = await setting();
			const { id } = await saveMeasure(
				db,
				planner(),
				plan.id,
				{
					title: 'Gesundheitslotsen',
					fields: ['gesundheit', 'partizipation'],
					status: 'laufend',
					startsOn: '2025-01-01',
					endsOn: '2027-12-31',
					budgetPlanned: '120.000,50',
					budgetSpent: 40000,
					fundingSource: 'land',
					leadOrganisationId: lead.id,
					partnerIds: [partner.id],
					handlungsraumIds: [raum.id],
					goals: [{ goalId: goal.id, contribution: 'Mehr Familien nutzen die U-Untersuchungen.' }],
					outputs: [{ label: 'Erreichte Familien', count: 140 }],
					isPublic: true
				},
				now
			);
			const [m] = await db.select().from(measures).where(eq(measures.id, id));
			expect(m).toMatchObject({
				budgetPlanned: '120000.50',
				budgetSpent: '40000.00',
				isPublic: true,
				leadOrganisationId: lead.id
			});
			expect(
				await db.select().from(measurePartners).where(eq(measurePartners.measureId, id))
			).toHaveLength(1);
			expect(
				await db.select().from(measureGoals).where(eq(measureGoals.measureId, id))
			).toMatchObject([{ contribution: 'Mehr Familien nutzen die U-Untersuchungen.' }]);
			expect(
				await db.select().from(measureOutputs).where(eq(measureOutputs.measureId, id))
			).toMatchObject([{ label: 'Erreichte Familien', count: 140 }]);
			await saveMeasure(
				db,
				planner(),
				plan.id,
				{ id, title: 'Gesundheitslotsen', fields: ['gesundheit'], partnerIds: [] },
				later
			);
			expect(
				await db.select().from(measurePartners).where(eq(measurePartners.measureId, id))
			).toHaveLength(0);
			expect(await auditActions('measure', id)).toEqual(['measure.created', 'measure.updated']);
		});

		it.each([
			[
				'an end before the start',
				{ startsOn: '2026-05-01', endsOn: '2026-04-30' },
				'ende_vor_beginn',
				'endsOn'
			],
			['a budget below zero', { budgetPlanned: -1 }, 'budget_negativ', 'budgetPlanned'],
			['spending below zero', { budgetSpent: '-0,01' }, 'budget_negativ', 'budgetSpent'],
			[
				'a negative output count',
				{ outputs: [{ label: 'Termine', count: -3 }] },
				'ausgabe_ungueltig',
				'outputs'
			],
			['no field', { fields: [] }, 'kein_feld', 'fields']
		])('refuses %s with a field error and stores nothing', async (_, change, code, field) => {
			const { plan } = await setting();
			await expectNothingStored(
				() =>
					saveMeasure(
						db,
						planner(),
						plan.id,
						{ title: 'Falsch', fields: ['arbeit'], ...change } as never,
						now
					),
				code,
				field
			);
		});

		it('refuses an organisation of another municipality, a foreign Handlungsraum and a foreign planner', async () => {
			const { plan } = await setting();
			const other = await newPlan();
			const [otherRaum] = await db
				.select()
				.from(handlungsraeume)
				.where(eq(handlungsraeume.planId, other.id));
			const dorsten = await saveOrganisation(
				db,
				planner(KREIS_TOWN),
				{ name: 'Stadtteilbüro Dorsten', kind: 'verein', municipalityAgs: KREIS_TOWN },
				now
			);
			await expectNothingStored(
				() =>
					saveMeasure(
						db,
						planner(),
						plan.id,
						{ title: 'M', fields: ['arbeit'], partnerIds: [dorsten.id] },
						now
					),
				'organisation_ausserhalb',
				'partnerIds'
			);
			await expectNothingStored(
				() =>
					saveMeasure(
						db,
						planner(),
						plan.id,
						{ title: 'M', fields: ['arbeit'], handlungsraumIds: [otherRaum.id] },
						now
					),
				'handlungsraum_unbekannt',
				'handlungsraumIds'
			);
			await expectNothingStored(
				() =>
					saveMeasure(db, planner(KREIS_TOWN), plan.id, { title: 'M', fields: ['arbeit'] }, now),
				'keine_berechtigung'
			);
		});

		it('keeps organisations in one searchable directory with a slug, address and point', async () => {
			await setting();
			const found = await searchOrganisations(db, { agsList: [TOWN], query: 'familienzentrum' });
			expect(found[0]).toMatchObject({
				slug: expect.stringMatching(/^familienzentrum-mitte/),
				street: 'Markt 1',
				lon: 6.93,
				lat: 51.52,
				municipalityAgs: TOWN
			});
			expect(
				await searchOrganisations(db, { agsList: [KREIS_TOWN], query: 'familienzentrum' })
			).toEqual([]);
			const [row] = await db.select().from(organisations).where(eq(organisations.id, found[0].id));
			expect(await auditActions('organisation', row.id)).toEqual(['organisation.created']);
		});

		it('refuses a half point, a local organisation of a foreign municipality and a bad postcode', async () => {
			await expectNothingStored(
				() => saveOrganisation(db, planner(), { name: 'A', kind: 'schule', lon: 7 }, now),
				'koordinaten_ungueltig',
				'lon'
			);
			await expectNothingStored(
				() =>
					saveOrganisation(
						db,
						planner(),
						{ name: 'B', kind: 'schule', municipalityAgs: KREIS_TOWN },
						now
					),
				'keine_berechtigung'
			);
			await expectNothingStored(
				() => saveOrganisation(db, planner(), { name: 'C', kind: 'schule', postcode: '4623' }, now),
				'plz_ungueltig',
				'postcode'
			);
		});
	});
});
