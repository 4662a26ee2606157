/**
 * Demo content of the Sozialbericht: one published report for Gelsenkirchen on the demo areas,
 * seeded once after the planning demo through the product's own store functions (create, write
 * the text blocks, publish — which freezes the snapshot and the search text). Nothing is rendered
 * here: the PDF and DOCX are rendered from the snapshot on the first download. The report is
 * marked as demo (`is_demo`), which puts the demo mark on its title page and in every footer.
 */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db';
import { appMeta, monitoringDatasets, reports } from '../../db/schema';
import { DEMO_PLAN_AGS } from '../demo';
import { plansFor } from '../programme';
import type { PlanningActor } from '../store';
import { reportChapters } from '$lib/types/report';
import { createReport, publishReport, updateReport } from './store';

const DEMO_KEY = 'seed.report-demo';
const DEMO_LOCK = 72_210_302;
const SYSTEM: PlanningActor = { id: null, role: 'admin', municipalityAgs: null, kreisAgs: null };

export const DEMO_REPORT_TITLE = 'Sozialbericht Gelsenkirchen 2022 (Demo)';
const DEMO_REPORT_YEAR = 2022;

const TEXTS = {
	zusammenfassung:
		'Dieser Bericht ist ein Beispiel (Demo) auf synthetischen Daten: Er zeigt, wie ein Sozialbericht aus dem Sozialatlas und dem Handlungsprogramm entsteht.\n\nDie Kinderarmut und der SGB-II-Bezug konzentrieren sich auf die Gebiete im Süden der Stadt; dort setzt das Handlungsprogramm mit Lernförderung, Familienzentren und Quartiersarbeit zuerst an.',
	arbeit:
		'Die Arbeitslosigkeit ist in den Gebieten mit besonderem Aufmerksamkeitsbedarf leicht gesunken; in den übrigen Gebieten blieb sie nahezu gleich (Demo).',
	handlungsprogramm:
		'Die Steuerungsrunde der Träger prüft zweimal im Jahr, ob die Maßnahmen die Zielgebiete erreichen (Demo).'
} as const;

/** Seeds the published demo report once; returns whether it was added. */
export async function seedReportDemo(db: Database, now: Date): Promise<boolean> {
	const claimed = await db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK})`);
		const [marker] = await tx.select().from(appMeta).where(eq(appMeta.key, DEMO_KEY));
		if (marker) return false;
		const [dataset] = await tx
			.select({ isDemo: monitoringDatasets.isDemo })
			.from(monitoringDatasets)
			.where(eq(monitoringDatasets.ags, DEMO_PLAN_AGS));
		// Only on the monitoring's demo areas: no report is ever made of real data.
		if (!dataset?.isDemo) return false;
		await tx.insert(appMeta).values({ key: DEMO_KEY, value: '1' });
		return true;
	});
	if (!claimed) return false;
	const { id } = await createReport(
		db,
		SYSTEM,
		DEMO_PLAN_AGS,
		{ title: DEMO_REPORT_TITLE, year: DEMO_REPORT_YEAR, language: 'de' },
		now,
		{ isDemo: true }
	);
	const [plan] = await plansFor(db, DEMO_PLAN_AGS, 'public');
	const [draft] = await db.select().from(reports).where(eq(reports.id, id));
	await updateReport(
		db,
		SYSTEM,
		id,
		{
			title: DEMO_REPORT_TITLE,
			year: DEMO_REPORT_YEAR,
			language: 'de',
			chapters: [...reportChapters],
			indicators: draft.indicators,
			planId: plan?.id ?? null,
			texts: TEXTS
		},
		now
	);
	await publishReport(db, SYSTEM, id, now);
	return true;
}
