import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { areas } from '../db/schema';
import { importAndPublishValues, unpublishDataset } from '../monitoring';
import { ensureReferenceData } from '../monitoring/reference';
import {
	fortschreibung,
	measureList,
	plansFor,
	programmePage,
	publicProgramme,
	targetIndicators
} from './programme';
import {
	createPlan,
	createTarget,
	saveGoal,
	saveHandlungsraum,
	saveMeasure,
	saveOrganisation,
	updatePlan
} from './store';
import { TOWN, municipalityWithData, planner, valuesCsv } from './testing';
import { planningCsv } from './exports';

const now = new Date('2026-03-02T09:00:00Z');
const later = new Date('2027-03-02T09:00:00Z');

describe.each(backends)('planning read models on $name', (backend) => {
	let handle: DatabaseHandle;
	let planId: number;
	let targetEast: number;
	let targetTiny: number;

	beforeAll(async () => {
		handle = await backend.open();
		const db = handle.db;
		await ensureReferenceData(db);
		await municipalityWithData(db, TOWN, now);
		const ids = new Map(
			(await db.select().from(areas).orderBy(asc(areas.id))).map((a) => [a.code, a.id])
		);
		const plan = await createPlan(
			db,
			planner(),
			{ kind: 'gemeinde', ags: TOWN },
			{ title: 'Programm', periodStart: 2020, periodEnd: 2030, baselineYear: 2019 },
			now
		);
		planId = plan.id;
		const east = await saveHandlungsraum(
			db,
			planner(),
			planId,
			{ name: 'Ost', areaIds: [ids.get('Q04')!, ids.get('Q08')!] },
			now
		);
		const tiny = await saveHandlungsraum(
			db,
			planner(),
			planId,
			{ name: 'Klein', areaIds: [ids.get('Q03')!] },
			now
		);
		const leit = await saveGoal(
			db,
			planner(),
			planId,
			{ level: 'leitziel', fields: ['arbeit'], title: 'Arbeit für alle' },
			now
		);
		targetEast = (
			await createTarget(
				db,
				planner(),
				planId,
				{
					goalId: leit.id,
					indicatorKey: 'sgb2_quote',
					handlungsraumId: east.id,
					targetYear: 2025,
					kind: 'absolute',
					targetValue: 20
				},
				now
			)
		).id;
		targetTiny = (
			await createTarget(
				db,
				planner(),
				planId,
				{
					goalId: leit.id,
					indicatorKey: 'kinderarmut',
					handlungsraumId: tiny.id,
					targetYear: 2025,
					kind: 'absolute',
					targetValue: 8
				},
				now
			)
		).id;
		const org = await saveOrganisation(
			db,
			planner(),
			{ name: 'Quartiersbüro Ost', kind: 'verein', municipalityAgs: TOWN },
			now
		);
		await saveMeasure(
			db,
			planner(),
			planId,
			{
				title: 'Beratung im Quartier',
				fields: ['arbeit'],
				status: 'laufend',
				budgetPlanned: 50000,
				leadOrganisationId: org.id,
				handlungsraumIds: [east.id],
				goals: [{ goalId: leit.id, contribution: 'Mehr Menschen finden Arbeit.' }],
				outputs: [
					{ label: 'Beratungen', count: 120 },
					{ label: 'Vermittlungen', count: 2 }
				],
				isPublic: true
			},
			now
		);
		await saveMeasure(
			db,
			planner(),
			planId,
			{ title: 'Interne Abstimmung', fields: ['uebergreifend'] },
			now
		);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('offers only indicators with a need direction as targets', async () => {
		const offered = await targetIndicators(handle.db, null);
		const keys = offered.map((i) => i.key);
		expect(keys).toContain('sgb2_quote');
		expect(keys).not.toContain('einwohner');
		expect(offered.every((i) => i.direction === 'need_up' || i.direction === 'need_down')).toBe(
			true
		);
	});

	it('shows the goal tree with its targets and the measures per field', async () => {
		const page = await programmePage(handle.db, planId, 'internal');
		expect(page?.goalTree.map((g) => [g.title, g.targetIds.length, g.measureIds.length])).toEqual([
			['Arbeit für alle', 2, 1]
		]);
		expect(page?.measuresByField.arbeit).toHaveLength(1);
		expect(page?.measuresByField.uebergreifend).toHaveLength(1);
		const east = page!.targets.find((t) => t.id === targetEast)!;
		expect(east.baseline?.value).toBe(25);
		expect(east.evaluation?.latest?.year).toBe(2021);
		expect(page?.handlungsraeume.map((r) => r.name)).toEqual([
			'Gesamte Kommune Bottrop',
			'Ost',
			'Klein'
		]);
	});

	it('follows a new import in the Fortschreibung, worst first', async () => {
		const before = await fortschreibung(handle.db, planId, 'internal');
		const eastBefore = before!.targets.find((t) => t.id === targetEast)!;
		// 2022: the east areas fall by five points.
		const csv = valuesCsv(8, [2022], (i) => (i === 4 || i === 8 ? -5 : 0));
		const result = await importAndPublishValues(handle.db, {
			ags: TOWN,
			fileName: '2022.csv',
			bytes: new TextEncoder().encode(csv),
			now: later
		});
		expect(result.ok).toBe(true);
		const after = await fortschreibung(handle.db, planId, 'internal');
		const eastAfter = after!.targets.find((t) => t.id === targetEast)!;
		expect(eastAfter.evaluation?.latest?.year).toBe(2022);
		expect(eastAfter.evaluation!.latest!.value).toBeLessThan(eastBefore.evaluation!.latest!.value);
		expect(after!.latestImport?.at.toISOString()).toBe(later.toISOString());
		expect(after!.targets).toHaveLength(2);
	});

	it('keeps drafts and non-public measures out of the public part', async () => {
		expect(await plansFor(handle.db, TOWN, 'public')).toEqual([]);
		expect((await publicProgramme(handle.db, TOWN))?.plans).toEqual([]);
		await updatePlan(
			handle.db,
			planner(),
			planId,
			{
				title: 'Programm',
				periodStart: 2020,
				periodEnd: 2030,
				baselineYear: 2019,
				status: 'beschlossen',
				decidedOn: '2026-02-01'
			},
			now
		);
		const open = await publicProgramme(handle.db, TOWN);
		const [plan] = open!.plans;
		expect(plan.measures.map((m) => m.title)).toEqual(['Beratung im Quartier']);
		expect(plan.measures[0].budgetPlanned).toBeNull();
		// A count below the disclosure threshold (3) is not published.
		expect(plan.measures[0].outputs).toEqual([
			{ label: 'Beratungen', count: 120, suppressed: false },
			{ label: 'Vermittlungen', count: null, suppressed: true }
		]);
		expect(plan.targets.map((t) => t.id).sort()).toEqual([targetEast, targetTiny].sort());
	});

	it('filters the measures by field, organisation and words', async () => {
		const all = await measureList(handle.db, planId, {}, 'internal');
		expect(all?.total).toBe(2);
		const org = all!.facets.organisations[0];
		expect(
			(await measureList(handle.db, planId, { organisationId: org.id }, 'internal'))?.measures.map(
				(m) => m.title
			)
		).toEqual(['Beratung im Quartier']);
		expect(
			(await measureList(handle.db, planId, { field: 'uebergreifend' }, 'internal'))?.measures.map(
				(m) => m.title
			)
		).toEqual(['Interne Abstimmung']);
		expect(
			(await measureList(handle.db, planId, { q: 'beratung quartier' }, 'public'))?.measures
		).toHaveLength(1);
	});

	it('writes a measure title that looks like a formula as text in the CSV download', async () => {
		await saveMeasure(
			handle.db,
			planner(),
			planId,
			{ title: '=HYPERLINK("https://evil.example";"Klick")', fields: ['kultur'] },
			now
		);
		const page = await programmePage(handle.db, planId, 'internal');
		const csv = planningCsv(page!, 'measures');
		expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"";""Klick"")"`);
		expect(csv).not.toMatch(/[;\n]=HYPERLINK/);
	});

	it('takes the public figures offline with the next read once the data are withdrawn', async () => {
		const shown = await publicProgramme(handle.db, TOWN);
		expect(shown!.plans[0].targets.some((t) => t.baseline !== null)).toBe(true);
		await unpublishDataset(handle.db, { ags: TOWN, now: later });
		const withdrawn = await publicProgramme(handle.db, TOWN);
		expect(withdrawn!.plans[0].targets.map((t) => [t.baseline, t.status])).toEqual(
			withdrawn!.plans[0].targets.map(() => [null, 'nicht_bewertbar'])
		);
		// The planners' own view still reads every value.
		const own = await fortschreibung(handle.db, planId, 'internal');
		expect(own!.targets.every((t) => t.baseline !== null)).toBe(true);
	});
});
