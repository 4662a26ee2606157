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
import { hasPgCode, PG_UNIQUE_VIOLATION } from '../../db/errors';
import { reports } from '../../db/schema';
import { analysisChoices, loadIndicators } from '../../monitoring';
import { PlanningError } from '../errors';
import { parseInput } from '../model';
import { kreisPlans, plansFor, type PlanSummary } from '../programme';
import type { PlanningActor } from '../store';
import { municipalityByAgs } from '$lib/reference/municipalities';
import { reportChapters } from '$lib/types/report';
import { ReportChange, ReportCreateInput, type Report } from './model';
import { buildReport } from './build';
import { reportText } from './public';
import {
	collectKreisSnapshot,
	collectSnapshot,
	printedFigures,
	type ReportSnapshot
} from './snapshot';
import { concerns, kreisMembers, scopeName, scopeOf, type ReportScope } from './scope';

/** The scope of a write, checked: a known municipality or Ruhr Kreis the actor may plan for. */
function guard(actor: PlanningActor, scope: ReportScope): ReportScope {
	if (scope.kind === 'gemeinde') {
		if (!municipalityByAgs(scope.ags)) throw new PlanningError('gemeinde_unbekannt', 'ags');
	} else if (kreisMembers(scope.kreisAgs).length === 0) {
		throw new PlanningError('kreis_unbekannt', 'kreisAgs');
	}
	if (!mayPlanFor(actor, scope)) throw new PlanningError('keine_berechtigung');
	return scope;
}

async function guardedReport(
	db: Database | Transaction,
	actor: PlanningActor,
	reportId: number
): Promise<Report> {
	const [report] = await db.select().from(reports).where(eq(reports.id, reportId));
	if (!report) throw new PlanningError('bericht_unbekannt');
	guard(actor, scopeOf(report));
	return report;
}

/** Rows of the same scope: the municipality's own reports, or the Kreis's. */
const sameScope = (scope: ReportScope) =>
	scope.kind === 'gemeinde' ? eq(reports.ags, scope.ags) : eq(reports.kreisAgs, scope.kreisAgs);

async function refuseDuplicateTitle(
	tx: Transaction,
	scope: ReportScope,
	title: string,
	except: number | null
): Promise<void> {
	const [clash] = await tx
		.select({ id: reports.id })
		.from(reports)
		.where(
			and(
				sameScope(scope),
				eq(reports.title, title),
				except === null ? undefined : ne(reports.id, except)
			)
		);
	if (clash) throw new PlanningError('bericht_titel_vergeben', 'title');
}

/** The municipalities whose figures a report of the scope shows. */
function membersOf(scope: ReportScope): string[] {
	return scope.kind === 'gemeinde' ? [scope.ags] : kreisMembers(scope.kreisAgs).map((m) => m.ags);
}

/**
 * The indicators a report of the scope can show, in catalogue order: every catalogue indicator
 * with values in the municipality, or in any member municipality of the Kreis.
 */
export async function reportIndicatorChoices(
	db: Database,
	scope: ReportScope
): Promise<{ key: string; name: string }[]> {
	const lists = await Promise.all(membersOf(scope).map((ags) => analysisChoices(db, ags)));
	const seen = new Map<string, string>();
	for (const list of lists)
		for (const i of list.indicators) if (!seen.has(i.key)) seen.set(i.key, i.name);
	// A Kreis report compares its member towns: the shared catalogue only, no town's own indicators.
	const catalogue = await loadIndicators(db, scope.kind === 'gemeinde' ? scope.ags : null);
	return catalogue
		.filter((i) => seen.has(i.key))
		.map((i) => ({ key: i.key, name: seen.get(i.key)! }));
}

/**
 * The Handlungsprogramme a report of the scope may show: a municipality's own and its Kreis's
 * (as on its programme page), a Kreis report the Kreis's own plans.
 */
export async function reportPlanChoices(
	db: Database,
	scope: ReportScope,
	view: 'public' | 'internal'
): Promise<PlanSummary[]> {
	if (scope.kind === 'gemeinde') return plansFor(db, scope.ags, view);
	const plans = await kreisPlans(db, scope.kreisAgs);
	return view === 'public' ? plans.filter((p) => p.status !== 'entwurf') : plans;
}

/**
 * A new report draft of a municipality (`scope` its AGS, or `{ kind: 'gemeinde', ags }`) or of a
 * Kreis (`{ kind: 'kreis', kreisAgs }`) with every chapter, the indicators on record and the
 * first decided Handlungsprogramm of the scope.
 */
export async function createReport(
	db: Database,
	actor: PlanningActor,
	scopeOrAgs: ReportScope | string,
	input: ReportCreateInput,
	now: Date,
	options: { isDemo?: boolean } = {}
): Promise<{ id: number }> {
	const data = parseInput(ReportCreateInput, input);
	const scope = guard(
		actor,
		typeof scopeOrAgs === 'string' ? { kind: 'gemeinde', ags: scopeOrAgs } : scopeOrAgs
	);
	const [indicators, plans] = await Promise.all([
		reportIndicatorChoices(db, scope),
		reportPlanChoices(db, scope, 'public')
	]);
	const keys =
		scope.kind === 'gemeinde'
			? { ags: scope.ags, kreisAgs: null }
			: { ags: null, kreisAgs: scope.kreisAgs };
	try {
		return await db.transaction(async (tx) => {
			await refuseDuplicateTitle(tx, scope, data.title, null);
			const [row] = await tx
				.insert(reports)
				.values({
					...keys,
					...data,
					chapters: [...reportChapters],
					indicators: indicators.map((i) => i.key),
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
					details: { ...keys, title: data.title, year: data.year }
				},
				now
			);
			return row;
		});
	} catch (error) {
		if (hasPgCode(error, PG_UNIQUE_VIOLATION))
			throw new PlanningError('bericht_titel_vergeben', 'title');
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
		const plans = await reportPlanChoices(db, scopeOf(report), 'internal');
		if (!plans.some((p) => p.id === data.planId))
			throw new PlanningError('plan_unbekannt', 'planId');
	}
	try {
		await db.transaction(async (tx) => {
			await lockDraftReport(tx, reportId);
			await refuseDuplicateTitle(tx, scopeOf(report), data.title, reportId);
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
		if (hasPgCode(error, PG_UNIQUE_VIOLATION))
			throw new PlanningError('bericht_titel_vergeben', 'title');
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
	const scope = scopeOf(report);
	const [previous] = await db
		.select({ title: reports.title, year: reports.year, snapshot: reports.snapshot })
		.from(reports)
		.where(
			and(sameScope(scope), eq(reports.status, 'veroeffentlicht'), lt(reports.year, report.year))
		)
		.orderBy(desc(reports.year), desc(reports.publishedAt))
		.limit(1);
	const common = {
		year: report.year,
		indicators: report.indicators,
		planId: report.planId,
		language: report.language
	};
	const snapshot =
		scope.kind === 'gemeinde'
			? await collectSnapshot(
					db,
					{
						...common,
						ags: scope.ags,
						municipality: {
							name: municipalityByAgs(scope.ags)?.name ?? scope.ags,
							kreisName: municipalityByAgs(scope.ags)?.kreis ?? ''
						}
					},
					now
				)
			: await collectKreisSnapshot(
					db,
					{
						...common,
						kreisAgs: scope.kreisAgs,
						name: scopeName(scope) ?? scope.kreisAgs,
						members: kreisMembers(scope.kreisAgs).map((m) => ({ ags: m.ags, name: m.name }))
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

/**
 * The reports of a municipality (`ags`) or of a Kreis (`{ kind: 'kreis', kreisAgs }`), newest
 * reporting year first (for planners: the guard is the route's).
 */
export async function reportsOf(
	db: Database,
	scopeOrAgs: ReportScope | string
): Promise<ReportSummary[]> {
	const scope: ReportScope =
		typeof scopeOrAgs === 'string' ? { kind: 'gemeinde', ags: scopeOrAgs } : scopeOrAgs;
	return db
		.select({
			id: reports.id,
			ags: reports.ags,
			kreisAgs: reports.kreisAgs,
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
		.where(sameScope(scope))
		.orderBy(desc(reports.year), asc(reports.title));
}

/**
 * One report as seen from a municipality's planner pages: the municipality's own, or its Kreis's
 * (then only for an actor who may plan for the Kreis); refused as the writes are.
 */
export async function reportFor(
	db: Database,
	actor: PlanningActor,
	ags: string,
	reportId: number
): Promise<Report> {
	const report = await guardedReport(db, actor, reportId);
	if (!concerns(report, ags)) throw new PlanningError('bericht_unbekannt');
	return report;
}
