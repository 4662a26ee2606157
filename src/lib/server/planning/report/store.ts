/**
 * Every change to a Sozialbericht, shaped like the Handlungsprogramm's writes: parse the input →
 * guard (may this account plan for the municipality?) → one transaction with the change and its
 * audit entry (`report.created`, `report.updated`, `report.published`). Nothing is written when a
 * check fails; a published report is frozen and refuses every change.
 */
import { and, asc, desc, eq, lt, ne } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import { mayPlanFor } from '../../auth/rules';
import type { Database, Transaction } from '../../db';
import { reports } from '../../db/schema';
import { analysisChoices, loadIndicators } from '../../monitoring';
import { PlanningError } from '../errors';
import { parseInput } from '../model';
import { plansFor } from '../programme';
import type { PlanningActor } from '../store';
import { municipalityByAgs, type Municipality } from '$lib/reference/municipalities';
import { reportChapters } from '$lib/types/report';
import { ReportChange, ReportCreateInput, type Report } from './model';
import { buildReport } from './build';
import { reportText } from './public';
import { collectSnapshot, printedFigures, type ReportSnapshot } from './snapshot';

function guard(actor: PlanningActor, ags: string): Municipality {
	const municipality = municipalityByAgs(ags);
	if (!municipality) throw new PlanningError('gemeinde_unbekannt', 'ags');
	if (!mayPlanFor(actor, { kind: 'gemeinde', ags })) throw new PlanningError('keine_berechtigung');
	return municipality;
}

async function guardedReport(
	db: Database | Transaction,
	actor: PlanningActor,
	reportId: number
): Promise<Report> {
	const [report] = await db.select().from(reports).where(eq(reports.id, reportId));
	if (!report) throw new PlanningError('bericht_unbekannt');
	guard(actor, report.ags);
	return report;
}

async function refuseDuplicateTitle(
	tx: Transaction,
	ags: string,
	title: string,
	except: number | null
): Promise<void> {
	const [clash] = await tx
		.select({ id: reports.id })
		.from(reports)
		.where(
			and(
				eq(reports.ags, ags),
				eq(reports.title, title),
				except === null ? undefined : ne(reports.id, except)
			)
		);
	if (clash) throw new PlanningError('bericht_titel_vergeben', 'title');
}

function isUniqueViolation(error: unknown): boolean {
	const e = error as { code?: string; cause?: { code?: string } };
	return e.code === '23505' || e.cause?.code === '23505';
}

/** The default indicators: every catalogue indicator with values in the municipality. */
async function defaultIndicators(db: Database, ags: string): Promise<string[]> {
	const choices = await analysisChoices(db, ags);
	return choices.indicators.map((i) => i.key);
}

/**
 * A new report draft of municipality `ags` with every chapter, the indicators on record and the
 * municipality's first decided Handlungsprogramm.
 */
export async function createReport(
	db: Database,
	actor: PlanningActor,
	ags: string,
	input: ReportCreateInput,
	now: Date,
	options: { isDemo?: boolean } = {}
): Promise<{ id: number }> {
	const data = parseInput(ReportCreateInput, input);
	guard(actor, ags);
	const [indicators, plans] = await Promise.all([
		defaultIndicators(db, ags),
		plansFor(db, ags, 'public')
	]);
	try {
		return await db.transaction(async (tx) => {
			await refuseDuplicateTitle(tx, ags, data.title, null);
			const [row] = await tx
				.insert(reports)
				.values({
					ags,
					...data,
					chapters: [...reportChapters],
					indicators,
					texts: {},
					planId: plans[0]?.id ?? null,
					isDemo: options.isDemo ?? false,
					createdAt: now,
					updatedAt: now
				})
				.returning({ id: reports.id });
			await recordAudit(
				tx,
				{
					actorUserId: actor.id,
					action: 'report.created',
					subjectType: 'report',
					subjectId: row.id,
					details: { ags, title: data.title, year: data.year }
				},
				now
			);
			return row;
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new PlanningError('bericht_titel_vergeben', 'title');
		throw error;
	}
}

/** Saves the draft's title, year, language, chapters, indicators, plan and text blocks. */
export async function updateReport(
	db: Database,
	actor: PlanningActor,
	reportId: number,
	input: ReportChange,
	now: Date
): Promise<void> {
	const data = parseInput(ReportChange, input);
	const report = await guardedReport(db, actor, reportId);
	if (report.status !== 'entwurf') throw new PlanningError('bericht_veroeffentlicht');
	const catalogue = new Set((await loadIndicators(db, report.ags)).map((i) => i.key));
	if (data.indicators.some((key) => !catalogue.has(key))) {
		throw new PlanningError('indikator_unbekannt', 'indicators');
	}
	if (data.planId !== null) {
		const plans = await plansFor(db, report.ags, 'internal');
		if (!plans.some((p) => p.id === data.planId))
			throw new PlanningError('plan_unbekannt', 'planId');
	}
	try {
		await db.transaction(async (tx) => {
			await lockDraftReport(tx, reportId);
			await refuseDuplicateTitle(tx, report.ags, data.title, reportId);
			await tx
				.update(reports)
				.set({ ...data, updatedAt: now })
				.where(eq(reports.id, reportId));
			await recordAudit(
				tx,
				{
					actorUserId: actor.id,
					action: 'report.updated',
					subjectType: 'report',
					subjectId: reportId,
					details: { chapters: data.chapters.length, indicators: data.indicators.length }
				},
				now
			);
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new PlanningError('bericht_titel_vergeben', 'title');
		throw error;
	}
}

/** Locks a report's row for a change; only a draft may change (publishing freezes it). */
async function lockDraftReport(tx: Transaction, reportId: number): Promise<void> {
	const [current] = await tx
		.select({ status: reports.status })
		.from(reports)
		.where(eq(reports.id, reportId))
		.for('update');
	if (current?.status !== 'entwurf') throw new PlanningError('bericht_veroeffentlicht');
}

/** The snapshot a draft would freeze now (live data), or a published report's frozen one. */
export async function snapshotOf(db: Database, report: Report, now: Date): Promise<ReportSnapshot> {
	if (report.status === 'veroeffentlicht' && report.snapshot) {
		return report.snapshot as ReportSnapshot;
	}
	const municipality = municipalityByAgs(report.ags);
	const [previous] = await db
		.select({ title: reports.title, year: reports.year, snapshot: reports.snapshot })
		.from(reports)
		.where(
			and(
				eq(reports.ags, report.ags),
				eq(reports.status, 'veroeffentlicht'),
				lt(reports.year, report.year)
			)
		)
		.orderBy(desc(reports.year), desc(reports.publishedAt))
		.limit(1);
	const snapshot = await collectSnapshot(
		db,
		{
			ags: report.ags,
			year: report.year,
			indicators: report.indicators,
			planId: report.planId,
			municipality: {
				name: municipality?.name ?? report.ags,
				kreisName: municipality?.kreis ?? ''
			},
			language: report.language
		},
		now
	);
	snapshot.previousReport =
		previous && previous.snapshot
			? {
					title: previous.title,
					year: previous.year,
					figures: printedFigures(previous.snapshot as ReportSnapshot)
				}
			: null;
	return snapshot;
}

/**
 * Publishes a draft: freezes the snapshot of the data, analysis settings and plan it shows now.
 * From then on the report is rebuilt from the snapshot alone and cannot be changed.
 */
export async function publishReport(
	db: Database,
	actor: PlanningActor,
	reportId: number,
	now: Date
): Promise<void> {
	const report = await guardedReport(db, actor, reportId);
	if (report.status !== 'entwurf') throw new PlanningError('bericht_veroeffentlicht');
	const snapshot = await snapshotOf(db, report, now);
	// The archive searches the published document's text; it never changes again.
	const body = reportText(buildReport(snapshot, { ...report, status: 'veroeffentlicht' }));
	await db.transaction(async (tx) => {
		await lockDraftReport(tx, reportId);
		await tx
			.update(reports)
			.set({ status: 'veroeffentlicht', snapshot, body, publishedAt: now, updatedAt: now })
			.where(eq(reports.id, reportId));
		await recordAudit(
			tx,
			{
				actorUserId: actor.id,
				action: 'report.published',
				subjectType: 'report',
				subjectId: reportId,
				details: { dataVersion: snapshot.dataVersion, planId: snapshot.plan?.plan.id ?? null }
			},
			now
		);
	});
}

export type ReportSummary = Omit<Report, 'snapshot' | 'body' | 'search'>;

/** The reports of a municipality, newest reporting year first (for planners: the guard is the route's). */
export async function reportsOf(db: Database, ags: string): Promise<ReportSummary[]> {
	return db
		.select({
			id: reports.id,
			ags: reports.ags,
			year: reports.year,
			title: reports.title,
			language: reports.language,
			chapters: reports.chapters,
			indicators: reports.indicators,
			texts: reports.texts,
			planId: reports.planId,
			status: reports.status,
			publishedAt: reports.publishedAt,
			isDemo: reports.isDemo,
			createdAt: reports.createdAt,
			updatedAt: reports.updatedAt
		})
		.from(reports)
		.where(eq(reports.ags, ags))
		.orderBy(desc(reports.year), asc(reports.title));
}

/** One report of a municipality the actor may plan for; refused as the writes are. */
export async function reportFor(
	db: Database,
	actor: PlanningActor,
	ags: string,
	reportId: number
): Promise<Report> {
	const report = await guardedReport(db, actor, reportId);
	if (report.ags !== ags) throw new PlanningError('bericht_unbekannt');
	return report;
}
