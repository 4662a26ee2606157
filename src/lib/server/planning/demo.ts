/**
 * Demo content of the Handlungsprogramm: an invented plan for Gelsenkirchen on the demo areas of
 * the monitoring (synthetic, labelled as such), seeded once after the monitoring demo. Every
 * organisation, measure and figure is invented and says so ("(Demo)", `is_demo`). The plan goes
 * through the product's own store functions, like a planner's clicks, and a second import
 * (the year 2022) through the monitoring's importer, so that the Fortschreibung shows movement,
 * a "nicht bewertbar" (one value missing in 2022) and comparison groups.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { appMeta, areas, indicatorValues, monitoringDatasets } from '../db/schema';
import { importAndPublishValues } from '../monitoring';
import type { PlanningField } from '$lib/types/planning';
import { PlanningError } from './errors';
import {
	createPlan,
	createTarget,
	saveGoal,
	saveHandlungsraum,
	saveMeasure,
	saveOrganisation,
	takeOverAttentionAreas,
	type PlanningActor
} from './store';

const DEMO_KEY = 'seed.planning-demo';
const DEMO_LOCK = 72_210_301;
export const DEMO_PLAN_AGS = '05513000';
const DEMO_FOLLOW_UP_YEAR = 2022;
const SYSTEM: PlanningActor = { id: null, role: 'admin', municipalityAgs: null, kreisAgs: null };

const ORGANISATIONS = [
	{
		key: 'referat',
		name: 'Stadt Gelsenkirchen, Referat Soziales (Demo)',
		kind: 'kommune',
		lon: 7.0963,
		lat: 51.5108
	},
	{
		key: 'jobcenter',
		name: 'Jobcenter Gelsenkirchen (Demo)',
		kind: 'jobcenter',
		lon: 7.0995,
		lat: 51.5052
	},
	{
		key: 'schule',
		name: 'Gesamtschule Emscherbruch (Demo)',
		kind: 'schule',
		lon: 7.1321,
		lat: 51.5302
	},
	{
		key: 'kita',
		name: 'Familienzentrum Sonnenblume (Demo)',
		kind: 'kita',
		lon: 7.0712,
		lat: 51.5421
	},
	{
		key: 'wohlfahrt',
		name: 'Wohlfahrtsverband Emscher-Lippe (Demo)',
		kind: 'wohlfahrtsverband',
		lon: 7.0887,
		lat: 51.5189
	},
	{
		key: 'verein',
		name: 'Nachbarschaftsverein Glückauf-Siedlung (Demo)',
		kind: 'verein',
		lon: 7.1105,
		lat: 51.5633
	},
	{
		key: 'wohnen',
		name: 'Wohnungsgesellschaft Emscherbogen (Demo)',
		kind: 'wohnungsunternehmen',
		lon: 7.0779,
		lat: 51.4992
	},
	{
		key: 'gesundheit',
		name: 'Gesundheitshaus Nord (Demo)',
		kind: 'gesundheitswesen',
		lon: 7.0921,
		lat: 51.5712
	},
	{
		key: 'stiftung',
		name: 'Stiftung Chancen im Revier (Demo)',
		kind: 'stiftung',
		lon: null,
		lat: null
	},
	{
		key: 'kultur',
		name: 'Kulturwerkstatt Zeche Ost (Demo)',
		kind: 'verein',
		lon: 7.1402,
		lat: 51.5125
	}
] as const;
type OrgKey = (typeof ORGANISATIONS)[number]['key'];

/** Seeds the demo plan once; returns whether anything was inserted. */
export async function seedPlanningDemo(db: Database, now: Date): Promise<boolean> {
	const claimed = await db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK})`);
		const [marker] = await tx.select().from(appMeta).where(eq(appMeta.key, DEMO_KEY));
		if (marker) return false;
		const [dataset] = await tx
			.select({ isDemo: monitoringDatasets.isDemo })
			.from(monitoringDatasets)
			.where(eq(monitoringDatasets.ags, DEMO_PLAN_AGS));
		// Only on the monitoring's demo areas: real data of Gelsenkirchen is never touched.
		if (!dataset?.isDemo) return false;
		await tx.insert(appMeta).values({ key: DEMO_KEY, value: '1' });
		return true;
	});
	if (!claimed) return false;
	const areaRows = await db
		.select({ id: areas.id, code: areas.code })
		.from(areas)
		.where(eq(areas.ags, DEMO_PLAN_AGS))
		.orderBy(asc(areas.code));
	if (areaRows.length < 12) return false;
	await seedPlan(db, areaRows, now);
	await importFollowUpYear(db, now);
	return true;
}

async function seedPlan(db: Database, areaRows: { id: number; code: string }[], now: Date) {
	const orgs = new Map<OrgKey, number>();
	for (const o of ORGANISATIONS) {
		const { id } = await saveOrganisation(
			db,
			SYSTEM,
			{
				name: o.name,
				kind: o.kind,
				city: 'Gelsenkirchen',
				lon: o.lon,
				lat: o.lat,
				municipalityAgs: o.key === 'stiftung' ? null : DEMO_PLAN_AGS
			},
			now,
			{ isDemo: true }
		);
		orgs.set(o.key, id);
	}
	const org = (key: OrgKey) => orgs.get(key)!;

	const { id: planId } = await createPlan(
		db,
		SYSTEM,
		{ kind: 'gemeinde', ags: DEMO_PLAN_AGS },
		{
			title: 'Handlungsprogramm Soziale Teilhabe 2020–2027 (Demo)',
			periodStart: 2020,
			periodEnd: 2027,
			baselineYear: 2019,
			status: 'beschlossen',
			decidedOn: '2020-03-12',
			decisionReference: 'Demo-Drucksache 20-20/0000'
		},
		now,
		{ isDemo: true }
	);

	const ids = (codes: string[]) => areaRows.filter((a) => codes.includes(a.code)).map((a) => a.id);
	const byIndex = (from: number, to: number) => areaRows.slice(from, to).map((a) => a.code);
	const attention = await takeOverAttentionAreas(db, SYSTEM, planId, {}, now).catch(() => null);
	const nord = await saveHandlungsraum(
		db,
		SYSTEM,
		planId,
		{
			name: 'Nord (Demo)',
			description: 'Erfundener Handlungsraum aus sechs Demo-Gebieten.',
			areaIds: ids(byIndex(0, 6))
		},
		now
	);
	const sued = await saveHandlungsraum(
		db,
		SYSTEM,
		planId,
		{
			name: 'Innenstadt-Süd (Demo)',
			description: 'Erfundener Handlungsraum aus fünf Demo-Gebieten.',
			areaIds: ids(byIndex(12, 17))
		},
		now
	);
	const hafen = await saveHandlungsraum(
		db,
		SYSTEM,
		planId,
		{
			name: 'Hafenquartier (Demo)',
			description:
				'Ein sehr kleines Demo-Gebiet: zeigt, wann eine Entwicklung nicht bewertbar ist.',
			areaIds: ids([areaRows[areaRows.length - 1].code])
		},
		now
	);
	const attentionId = attention?.id ?? sued.id;

	const goal = async (
		level: 'leitziel' | 'handlungsziel' | 'wirkungsziel',
		parentId: number | null,
		fields: PlanningField[],
		title: string,
		targetGroup = '',
		position = 0
	) =>
		(
			await saveGoal(
				db,
				SYSTEM,
				planId,
				{ level, parentId, fields, title, targetGroup, position },
				now
			)
		).id;

	const l1 = await goal(
		'leitziel',
		null,
		['uebergreifend'],
		'Armutsfolgen mindern und Teilhabe stärken',
		'',
		0
	);
	const hArbeit = await goal(
		'handlungsziel',
		l1,
		['arbeit'],
		'Beschäftigung und Einkommen sichern',
		'Erwerbsfähige Leistungsberechtigte',
		0
	);
	const wSgb2 = await goal(
		'wirkungsziel',
		hArbeit,
		['arbeit'],
		'Weniger Menschen im SGB-II-Bezug in den Aufmerksamkeitsgebieten',
		'Bedarfsgemeinschaften',
		0
	);
	const wLangzeit = await goal(
		'wirkungsziel',
		hArbeit,
		['arbeit'],
		'Langzeitarbeitslosigkeit abbauen',
		'Langzeitarbeitslose',
		1
	);
	const hBildung = await goal(
		'handlungsziel',
		l1,
		['bildung'],
		'Bildungschancen von Kindern verbessern',
		'Kinder im Grundschulalter',
		1
	);
	const wUebergang = await goal(
		'wirkungsziel',
		hBildung,
		['bildung'],
		'Mehr Übergänge auf das Gymnasium',
		'Kinder der 4. Klasse',
		0
	);
	const hGesund = await goal(
		'handlungsziel',
		l1,
		['gesundheit'],
		'Gesund aufwachsen',
		'Kinder unter 15 Jahren',
		2
	);
	const wKinder = await goal(
		'wirkungsziel',
		hGesund,
		['gesundheit', 'bildung'],
		'Kinderarmut verringern',
		'Kinder unter 15 Jahren',
		0
	);
	const l2 = await goal(
		'leitziel',
		null,
		['wohnen', 'kultur', 'partizipation'],
		'Gute Nachbarschaften in den Quartieren',
		'',
		1
	);
	const hWohnen = await goal(
		'handlungsziel',
		l2,
		['wohnen'],
		'Wohnen bezahlbar und lebenswert halten',
		'Familien',
		0
	);
	const wWohnflaeche = await goal(
		'wirkungsziel',
		hWohnen,
		['wohnen'],
		'Mehr Wohnraum für Familien',
		'Familien mit Kindern',
		0
	);
	const hKultur = await goal(
		'handlungsziel',
		l2,
		['kultur'],
		'Kulturelle Teilhabe im Quartier ermöglichen',
		'Kinder und Jugendliche',
		1
	);
	const hBeteiligung = await goal(
		'handlungsziel',
		l2,
		['partizipation'],
		'Beteiligung im Quartier stärken',
		'Ältere Menschen, Neuzugewanderte',
		2
	);

	const target = async (
		goalId: number,
		indicatorKey: string,
		handlungsraumId: number,
		spec:
			{ kind: 'absolute'; targetValue: number } | { kind: 'close_gap'; gapClosePercent: number },
		targetYear = 2026
	) => {
		try {
			await createTarget(
				db,
				SYSTEM,
				planId,
				{ goalId, indicatorKey, handlungsraumId, targetYear, ...spec },
				now
			);
		} catch (error) {
			// A demo target that the generated values do not allow (e.g. no gap to close) is left out.
			if (!(error instanceof PlanningError)) throw error;
		}
	};
	await target(wSgb2, 'sgb2_quote', attentionId, { kind: 'close_gap', gapClosePercent: 30 });
	await target(wKinder, 'kinderarmut', attentionId, { kind: 'close_gap', gapClosePercent: 25 });
	await target(wLangzeit, 'langzeitarbeitslose_je_100', nord.id, {
		kind: 'close_gap',
		gapClosePercent: 20
	});
	await target(wUebergang, 'uebergang_gymnasium', sued.id, {
		kind: 'close_gap',
		gapClosePercent: 50
	});
	await target(wWohnflaeche, 'wohnflaeche', nord.id, { kind: 'close_gap', gapClosePercent: 30 });
	await target(wLangzeit, 'arbeitslose_je_100', hafen.id, {
		kind: 'close_gap',
		gapClosePercent: 20
	});

	const measure = (input: Parameters<typeof saveMeasure>[3]) =>
		saveMeasure(db, SYSTEM, planId, input, now);
	await measure({
		title: 'Quartiersnahe Beschäftigungsberatung (Demo)',
		description:
			'Erfundene Demo-Maßnahme: Beratung im Stadtteilbüro statt im Amt, zweimal wöchentlich.',
		fields: ['arbeit'],
		targetGroup: 'Erwerbsfähige Leistungsberechtigte',
		status: 'laufend',
		startsOn: '2020-09-01',
		endsOn: '2026-12-31',
		budgetPlanned: 480000,
		budgetSpent: 265000.5,
		fundingSource: 'esf_plus',
		leadOrganisationId: org('jobcenter'),
		partnerIds: [org('wohlfahrt'), org('referat')],
		handlungsraumIds: [attentionId],
		goals: [{ goalId: wSgb2, contribution: 'Mehr Leistungsberechtigte nehmen eine Arbeit auf.' }],
		outputs: [
			{ label: 'Beratene Personen', count: 412 },
			{ label: 'Vermittlungen in Arbeit', count: 57 }
		],
		isPublic: true
	});
	await measure({
		title: 'Coaching für Langzeitarbeitslose (Demo)',
		fields: ['arbeit', 'gesundheit'],
		targetGroup: 'Langzeitarbeitslose',
		status: 'laufend',
		startsOn: '2021-01-01',
		endsOn: '2025-12-31',
		budgetPlanned: 210000,
		budgetSpent: 150000,
		fundingSource: 'bund',
		leadOrganisationId: org('jobcenter'),
		partnerIds: [org('gesundheit')],
		handlungsraumIds: [nord.id],
		goals: [{ goalId: wLangzeit, contribution: 'Stabilisierung als Schritt in Beschäftigung.' }],
		outputs: [{ label: 'Teilnehmende', count: 88 }],
		isPublic: true
	});
	await measure({
		title: 'Lernförderung am Nachmittag (Demo)',
		fields: ['bildung'],
		targetGroup: 'Kinder im Grundschulalter',
		status: 'laufend',
		startsOn: '2020-08-15',
		budgetPlanned: 95000,
		budgetSpent: 61000,
		fundingSource: 'land',
		leadOrganisationId: org('schule'),
		partnerIds: [org('wohlfahrt')],
		handlungsraumIds: [sued.id],
		goals: [
			{ goalId: wUebergang, contribution: 'Mehr Kinder erreichen eine Gymnasialempfehlung.' }
		],
		outputs: [{ label: 'Geförderte Kinder', count: 136 }],
		isPublic: true
	});
	await measure({
		title: 'Familienzentrum als Lotse in Gesundheitsfragen (Demo)',
		fields: ['gesundheit', 'bildung'],
		targetGroup: 'Familien mit Kindern unter 6 Jahren',
		status: 'laufend',
		startsOn: '2020-04-01',
		budgetPlanned: 60000,
		budgetSpent: 42000,
		fundingSource: 'kommunal',
		leadOrganisationId: org('kita'),
		partnerIds: [org('gesundheit')],
		handlungsraumIds: [attentionId],
		goals: [
			{
				goalId: wKinder,
				contribution: 'Familien nutzen Vorsorge und Leistungen für Bildung und Teilhabe.'
			}
		],
		outputs: [{ label: 'Beratungsgespräche', count: 230 }],
		isPublic: true
	});
	await measure({
		title: 'Modernisierung familiengerechter Wohnungen (Demo)',
		fields: ['wohnen'],
		status: 'laufend',
		startsOn: '2021-03-01',
		endsOn: '2027-06-30',
		budgetPlanned: 2400000,
		budgetSpent: 900000,
		fundingSource: 'eigenmittel',
		leadOrganisationId: org('wohnen'),
		partnerIds: [org('referat')],
		handlungsraumIds: [nord.id],
		goals: [
			{ goalId: wWohnflaeche, contribution: 'Größere Wohnungen für Familien zu tragbaren Mieten.' }
		],
		outputs: [{ label: 'Modernisierte Wohnungen', count: 64 }],
		isPublic: true
	});
	await measure({
		title: 'Mieterberatung gegen Wohnungsverlust (Demo)',
		fields: ['wohnen', 'uebergreifend'],
		status: 'abgeschlossen',
		startsOn: '2020-01-01',
		endsOn: '2023-12-31',
		budgetPlanned: 120000,
		budgetSpent: 118500,
		fundingSource: 'kommunal',
		leadOrganisationId: org('wohlfahrt'),
		partnerIds: [org('wohnen'), org('referat')],
		handlungsraumIds: [sued.id],
		goals: [{ goalId: hWohnen, contribution: 'Weniger Räumungen durch frühe Beratung.' }],
		outputs: [
			{ label: 'Beratene Haushalte', count: 310 },
			{ label: 'Abgewendete Räumungen', count: 2 }
		],
		isPublic: true
	});
	await measure({
		title: 'Kulturrucksack im Quartier (Demo)',
		fields: ['kultur', 'bildung'],
		targetGroup: 'Kinder und Jugendliche von 10 bis 14 Jahren',
		status: 'laufend',
		startsOn: '2022-01-01',
		budgetPlanned: 45000,
		budgetSpent: 20000,
		fundingSource: 'land',
		leadOrganisationId: org('kultur'),
		partnerIds: [org('schule')],
		handlungsraumIds: [attentionId],
		goals: [{ goalId: hKultur, contribution: 'Kinder lernen Angebote der Kultur kennen.' }],
		outputs: [{ label: 'Workshops', count: 48 }],
		isPublic: true
	});
	await measure({
		title: 'Stadtteilfest und Geschichtswerkstatt (Demo)',
		fields: ['kultur', 'partizipation'],
		status: 'geplant',
		startsOn: '2025-05-01',
		endsOn: '2025-09-30',
		budgetPlanned: 15000,
		fundingSource: 'stiftung',
		leadOrganisationId: org('verein'),
		partnerIds: [org('kultur'), org('stiftung')],
		handlungsraumIds: [nord.id],
		goals: [{ goalId: hKultur, contribution: 'Begegnung und gemeinsame Geschichte im Quartier.' }],
		isPublic: true
	});
	await measure({
		title: 'Quartiersrat mit Verfügungsfonds (Demo)',
		fields: ['partizipation'],
		targetGroup: 'Bewohnerinnen und Bewohner',
		status: 'laufend',
		startsOn: '2020-06-01',
		budgetPlanned: 30000,
		budgetSpent: 22000,
		fundingSource: 'kommunal',
		leadOrganisationId: org('referat'),
		partnerIds: [org('verein')],
		handlungsraumIds: [attentionId, nord.id],
		goals: [
			{
				goalId: hBeteiligung,
				contribution: 'Bewohnerinnen und Bewohner entscheiden über kleine Projekte.'
			}
		],
		outputs: [{ label: 'Geförderte Projekte', count: 19 }],
		isPublic: true
	});
	await measure({
		title: 'Seniorentreff mit Sprachcafé (Demo)',
		fields: ['partizipation', 'gesundheit'],
		targetGroup: 'Ältere Menschen, Neuzugewanderte',
		status: 'eingestellt',
		startsOn: '2020-10-01',
		endsOn: '2022-03-31',
		budgetPlanned: 18000,
		budgetSpent: 9000,
		fundingSource: 'stiftung',
		leadOrganisationId: org('wohlfahrt'),
		partnerIds: [org('stiftung')],
		handlungsraumIds: [sued.id],
		goals: [
			{ goalId: hBeteiligung, contribution: 'Begegnung über Generationen und Sprachen hinweg.' }
		],
		outputs: [{ label: 'Treffen', count: 40 }],
		isPublic: true
	});
	await measure({
		title: 'Frühe Hilfen im Hafenquartier (Demo)',
		fields: ['gesundheit'],
		status: 'geplant',
		startsOn: '2025-01-01',
		fundingSource: 'kommunal',
		leadOrganisationId: org('gesundheit'),
		handlungsraumIds: [hafen.id],
		goals: [{ goalId: wKinder, contribution: 'Familien mit Neugeborenen früh erreichen.' }],
		isPublic: false
	});
	await measure({
		title: 'Steuerungsrunde Handlungsprogramm (Demo)',
		description: 'Interne Abstimmung der Träger zweimal im Jahr.',
		fields: ['uebergreifend'],
		status: 'laufend',
		startsOn: '2020-03-01',
		leadOrganisationId: org('referat'),
		partnerIds: [org('jobcenter'), org('wohlfahrt'), org('wohnen')],
		goals: [{ goalId: l1, contribution: 'Maßnahmen der Handlungsfelder aufeinander abstimmen.' }],
		isPublic: false
	});
}

/**
 * The demo's second import: 2022, derived from 2021 with invented movement — down in the MSS
 * attention areas, slightly up elsewhere — and one value left out (the smallest area's
 * unemployment share), which makes its target "nicht bewertbar".
 */
async function importFollowUpYear(db: Database, now: Date): Promise<void> {
	const rows = await db
		.select({
			code: areas.code,
			indicatorKey: indicatorValues.indicatorKey,
			value: indicatorValues.value,
			numerator: indicatorValues.numerator,
			denominator: indicatorValues.denominator
		})
		.from(indicatorValues)
		.innerJoin(areas, eq(areas.id, indicatorValues.areaId))
		.where(and(eq(areas.ags, DEMO_PLAN_AGS), eq(indicatorValues.year, DEMO_FOLLOW_UP_YEAR - 1)))
		.orderBy(asc(areas.code), asc(indicatorValues.indicatorKey));
	const codes = [...new Set(rows.map((r) => r.code))];
	const smallest = codes[codes.length - 1];
	const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	const number = (v: number, digits: number) => v.toFixed(digits).replace('.', ',');
	for (const r of rows) {
		if (r.code === smallest && r.indicatorKey === 'arbeitslose_je_100') continue;
		const index = codes.indexOf(r.code);
		// Invented movement: the first half of the areas improves, the rest changes little.
		const factor = index < codes.length / 2 ? 0.93 : 1.02;
		const needUpShare = [
			'sgb2_quote',
			'kinderarmut',
			'arbeitslose_je_100',
			'langzeitarbeitslose_je_100'
		].includes(r.indicatorKey);
		if (r.numerator !== null && r.denominator !== null && r.denominator > 0) {
			const numerator = needUpShare ? Math.round(r.numerator * factor) : Math.round(r.numerator);
			lines.push(
				`${r.code};${r.indicatorKey};${DEMO_FOLLOW_UP_YEAR};${number((numerator / r.denominator) * 100, 2)};${numerator};${r.denominator}`
			);
		} else {
			const value = r.indicatorKey === 'wohnflaeche' ? r.value * 1.01 : r.value;
			lines.push(
				`${r.code};${r.indicatorKey};${DEMO_FOLLOW_UP_YEAR};${number(value, r.indicatorKey === 'einwohner' ? 0 : 2)};;`
			);
		}
	}
	const result = await importAndPublishValues(db, {
		ags: DEMO_PLAN_AGS,
		fileName: `Demo-Fortschreibung ${DEMO_FOLLOW_UP_YEAR} (synthetische Werte)`,
		bytes: new TextEncoder().encode(lines.join('\n')),
		now
	});
	if (!result.ok)
		throw new Error(`planning demo import: ${JSON.stringify(result.problems.slice(0, 3))}`);
}
