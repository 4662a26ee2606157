import { invalidatePublicReads } from '../conference/public';
import { mailTextsOf } from '../registration/mail-texts';
import { and, asc, eq, inArray, isNotNull, max, ne, sql } from 'drizzle-orm';
import type { Locale } from '$lib/i18n';
import { municipalityByAgs } from '$lib/reference/municipalities';
import type { Role } from '$lib/types/auth';
import type { PosterDecision, PosterField, PosterStatus } from '$lib/types/posters';
import { storedFilePath } from '../archive/documentation';
import { recordAudit } from '../audit';
import type { Database, Transaction } from '../db';
import {
	editions,
	measures,
	plans,
	posterAuthors,
	posterCalls,
	posterReviewers,
	posterReviews,
	posterSubmissions,
	sessions,
	users
} from '../db/schema';
import { berlinDate, berlinInstant } from '../conference/time';
import { enqueueMail } from '../mail';
import { hashToken, looksLikeToken, newToken } from '../registration/tokens';
import { PosterError } from './errors';
import {
	removePosterFile,
	storePosterFile,
	type PosterUploadSettings,
	type UploadedPoster
} from './files';
import type { CallInput, SubmissionInput } from './input';
import { posterConfirmationMail, posterDecisionMail, type MailCall } from './mails';

/**
 * The call for posters and practice examples: the organisers' call per edition, public
 * submissions with a personal link, review by invited reviewers, decisions with mails, board
 * numbers and the public listing. Every change is one transaction with its audit entry and mail.
 */

export interface Actor {
	userId: number | null;
	now: Date;
}

/** Who is asking, as far as the review rules care. */
export interface Viewer {
	id: number;
	role: Role;
}

const MB = 1024 * 1024;

export interface PosterCall {
	id: number;
	editionId: number;
	year: number;
	editionTitle: string;
	deadline: Date;
	fields: PosterField[];
	guidelines: string | null;
	maxBytes: number;
	criteria: string[];
	anonymousReview: boolean;
	sessionId: number | null;
	sessionTitle: string | null;
}

const callColumns = {
	id: posterCalls.id,
	editionId: posterCalls.editionId,
	year: editions.year,
	editionTitle: editions.title,
	deadline: posterCalls.deadline,
	fields: posterCalls.fields,
	guidelines: posterCalls.guidelines,
	maxBytes: posterCalls.maxBytes,
	criteria: posterCalls.criteria,
	anonymousReview: posterCalls.anonymousReview,
	sessionId: posterCalls.sessionId,
	sessionTitle: sessions.title
};

function callQuery(db: Database | Transaction) {
	return db
		.select(callColumns)
		.from(posterCalls)
		.innerJoin(editions, eq(editions.id, posterCalls.editionId))
		.leftJoin(sessions, eq(sessions.id, posterCalls.sessionId));
}

export async function callOfEdition(db: Database, editionId: number): Promise<PosterCall | null> {
	const [row] = await callQuery(db).where(eq(posterCalls.editionId, editionId));
	return row ?? null;
}

export async function callById(db: Database, callId: number): Promise<PosterCall | null> {
	const [row] = await callQuery(db).where(eq(posterCalls.id, callId));
	return row ?? null;
}

/** Whether submissions are taken at `now` (until the deadline, inclusive of its minute). */
export function isOpen(call: Pick<PosterCall, 'deadline'>, now: Date): boolean {
	return now.getTime() <= call.deadline.getTime();
}

/**
 * Opens the call of an edition or changes its settings. `maxBytes` is capped at what the server
 * accepts in one upload. The programme slot must be a session of the same edition.
 */
export async function saveCall(
	db: Database,
	editionId: number,
	input: CallInput,
	serverMaxBytes: number,
	actor: Actor
): Promise<number> {
	const [date, time] = input.deadline.split('T');
	const deadline = berlinInstant(date, time);
	const maxBytes = Math.min(input.maxMegabytes * MB, serverMaxBytes);
	if (input.session !== null) {
		const [session] = await db
			.select({ id: sessions.id })
			.from(sessions)
			.where(and(eq(sessions.id, input.session), eq(sessions.editionId, editionId)));
		if (!session) throw new PosterError('poster.err.session', 'session');
	}
	const values = {
		deadline,
		fields: input.fields,
		guidelines: input.guidelines,
		maxBytes,
		criteria: input.criteria,
		anonymousReview: input.anonymousReview,
		sessionId: input.session
	};
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(posterCalls)
			.values({ editionId, createdAt: actor.now, ...values })
			.onConflictDoUpdate({ target: posterCalls.editionId, set: values })
			.returning({ id: posterCalls.id });
		await recordAudit(
			tx,
			{
				actorUserId: actor.userId,
				action: 'poster_call.saved',
				subjectType: 'edition',
				subjectId: editionId,
				details: { deadline: deadline.toISOString(), maxBytes, criteria: input.criteria.length }
			},
			actor.now
		);
		return row.id;
	});
	invalidatePublicReads();
	return id;
}

function mailCall(call: PosterCall): MailCall {
	return { year: call.year, editionTitle: call.editionTitle, deadline: call.deadline };
}

function presenterName(input: SubmissionInput): string {
	return input.authors.find((a) => a.presents)?.name ?? input.authors[0].name;
}

async function writeAuthors(tx: Transaction, submissionId: number, input: SubmissionInput) {
	await tx.delete(posterAuthors).where(eq(posterAuthors.submissionId, submissionId));
	await tx.insert(posterAuthors).values(
		input.authors.map((a, position) => ({
			submissionId,
			name: a.name,
			organisation: a.organisation,
			presents: a.presents,
			position
		}))
	);
}

export interface SubmitContext {
	now: Date;
	origin: string;
	language: Locale;
	settings: PosterUploadSettings;
}

/**
 * A public submission without an account. Refused after the deadline; the PDF is checked and
 * stored first, then the submission, its authors, the audit entry and the confirmation mail with
 * the personal link commit together (and the file is removed if they do not).
 */
export async function submitPoster(
	db: Database,
	call: PosterCall,
	input: SubmissionInput,
	file: UploadedPoster | null,
	ctx: SubmitContext
): Promise<{ id: number; token: string }> {
	if (!isOpen(call, ctx.now)) throw new PosterError('poster.err.closed');
	if (input.fields.some((f) => !call.fields.includes(f))) {
		throw new PosterError('poster.err.fields', 'fields');
	}
	if (!file) throw new PosterError('poster.err.fileMissing', 'file');
	const stored = await storePosterFile(file, call.maxBytes, ctx.settings);
	const token = newToken();
	try {
		const id = await db.transaction(async (tx) => {
			const [row] = await tx
				.insert(posterSubmissions)
				.values({
					callId: call.id,
					tokenHash: hashToken(token),
					title: input.title,
					abstract: input.abstract,
					fields: input.fields,
					municipalityAgs: input.municipalityAgs,
					organisation: input.organisation,
					email: input.email,
					language: ctx.language,
					filePath: stored.filePath,
					fileName: stored.fileName,
					sizeBytes: stored.sizeBytes,
					body: stored.body,
					consent: true,
					submittedAt: ctx.now,
					updatedAt: ctx.now
				})
				.returning({ id: posterSubmissions.id });
			await writeAuthors(tx, row.id, input);
			await recordAudit(
				tx,
				{
					actorUserId: null,
					action: 'poster.submitted',
					subjectType: 'poster',
					subjectId: row.id,
					details: { callId: call.id, authors: input.authors.length, sizeBytes: stored.sizeBytes }
				},
				ctx.now
			);
			await enqueueMail(
				tx,
				posterConfirmationMail(
					{
						id: row.id,
						title: input.title,
						email: input.email,
						language: ctx.language,
						presenter: presenterName(input),
						boardNumber: null
					},
					mailCall(call),
					token,
					ctx.origin,
					false,
					await mailTextsOf(tx, call.editionId)
				),
				ctx.now
			);
			return row.id;
		});
		return { id, token };
	} catch (error) {
		await removePosterFile(stored.path);
		throw error;
	}
}

export interface Author {
	name: string;
	organisation: string | null;
	presents: boolean;
}

async function authorsOf(
	db: Database | Transaction,
	submissionIds: number[]
): Promise<Map<number, Author[]>> {
	const byId = new Map<number, Author[]>();
	if (!submissionIds.length) return byId;
	const rows = await db
		.select({
			submissionId: posterAuthors.submissionId,
			name: posterAuthors.name,
			organisation: posterAuthors.organisation,
			presents: posterAuthors.presents
		})
		.from(posterAuthors)
		.where(inArray(posterAuthors.submissionId, submissionIds))
		.orderBy(asc(posterAuthors.submissionId), asc(posterAuthors.position));
	for (const { submissionId, ...author } of rows) {
		byId.set(submissionId, [...(byId.get(submissionId) ?? []), author]);
	}
	return byId;
}

/** The submitter's own view behind the personal link. */
export interface OwnSubmission {
	id: number;
	status: PosterStatus;
	title: string;
	abstract: string;
	fields: PosterField[];
	municipalityAgs: string | null;
	organisation: string | null;
	email: string;
	fileName: string;
	sizeBytes: number;
	boardNumber: number | null;
	authors: Author[];
	call: PosterCall;
}

export async function submissionByToken(
	db: Database,
	token: string
): Promise<OwnSubmission | null> {
	if (!looksLikeToken(token)) return null;
	const [row] = await db
		.select({
			id: posterSubmissions.id,
			callId: posterSubmissions.callId,
			status: posterSubmissions.status,
			title: posterSubmissions.title,
			abstract: posterSubmissions.abstract,
			fields: posterSubmissions.fields,
			municipalityAgs: posterSubmissions.municipalityAgs,
			organisation: posterSubmissions.organisation,
			email: posterSubmissions.email,
			fileName: posterSubmissions.fileName,
			sizeBytes: posterSubmissions.sizeBytes,
			boardNumber: posterSubmissions.boardNumber
		})
		.from(posterSubmissions)
		.where(eq(posterSubmissions.tokenHash, hashToken(token)));
	if (!row) return null;
	const call = await callById(db, row.callId);
	if (!call) return null;
	const { callId: _callId, ...own } = row;
	void _callId;
	return { ...own, authors: (await authorsOf(db, [row.id])).get(row.id) ?? [], call };
}

/**
 * The submitter changes their submission through the personal link, until the deadline. A new
 * PDF replaces the old one (the old file goes after the commit); without one the old stays.
 */
export async function updateSubmission(
	db: Database,
	token: string,
	input: SubmissionInput,
	file: UploadedPoster | null,
	ctx: SubmitContext
): Promise<void> {
	const own = await submissionByToken(db, token);
	if (!own) throw new PosterError('poster.err.unknown');
	if (!isOpen(own.call, ctx.now)) throw new PosterError('poster.err.closed');
	if (input.fields.some((f) => !own.call.fields.includes(f))) {
		throw new PosterError('poster.err.fields', 'fields');
	}
	const stored = file ? await storePosterFile(file, own.call.maxBytes, ctx.settings) : null;
	let oldPath: string | null = null;
	try {
		await db.transaction(async (tx) => {
			const [old] = await tx
				.select({ filePath: posterSubmissions.filePath })
				.from(posterSubmissions)
				.where(eq(posterSubmissions.id, own.id));
			oldPath = stored ? old.filePath : null;
			await tx
				.update(posterSubmissions)
				.set({
					title: input.title,
					abstract: input.abstract,
					fields: input.fields,
					municipalityAgs: input.municipalityAgs,
					organisation: input.organisation,
					email: input.email,
					updatedAt: ctx.now,
					...(stored
						? {
								filePath: stored.filePath,
								fileName: stored.fileName,
								sizeBytes: stored.sizeBytes,
								body: stored.body
							}
						: {})
				})
				.where(eq(posterSubmissions.id, own.id));
			await writeAuthors(tx, own.id, input);
			await recordAudit(
				tx,
				{
					actorUserId: null,
					action: 'poster.changed',
					subjectType: 'poster',
					subjectId: own.id,
					details: { newFile: stored !== null }
				},
				ctx.now
			);
			await enqueueMail(
				tx,
				posterConfirmationMail(
					{
						id: own.id,
						title: input.title,
						email: input.email,
						language: ctx.language,
						presenter: presenterName(input),
						boardNumber: own.boardNumber
					},
					mailCall(own.call),
					token,
					ctx.origin,
					true,
					await mailTextsOf(tx, own.call.editionId)
				),
				ctx.now
			);
		});
	} catch (error) {
		await removePosterFile(stored?.path ?? null);
		throw error;
	}
	if (oldPath) await removePosterFile(storedFilePath(ctx.settings.dir, oldPath));
	invalidatePublicReads();
}

// ---------------------------------------------------------------------------------------------
// Reviewers

/** Whether `viewer` may review the call: organisers and admins every call, reviewers their own. */
export async function mayReview(db: Database, viewer: Viewer, callId: number): Promise<boolean> {
	if (viewer.role === 'admin' || viewer.role === 'organiser') return true;
	if (viewer.role !== 'reviewer') return false;
	const [row] = await db
		.select({ callId: posterReviewers.callId })
		.from(posterReviewers)
		.where(and(eq(posterReviewers.callId, callId), eq(posterReviewers.userId, viewer.id)));
	return row !== undefined;
}

/** The calls `viewer` may review, newest edition first. */
export async function reviewableCalls(db: Database, viewer: Viewer): Promise<PosterCall[]> {
	if (viewer.role === 'admin' || viewer.role === 'organiser') {
		return callQuery(db).orderBy(sql`${editions.year} desc`);
	}
	if (viewer.role !== 'reviewer') return [];
	return callQuery(db)
		.innerJoin(
			posterReviewers,
			and(eq(posterReviewers.callId, posterCalls.id), eq(posterReviewers.userId, viewer.id))
		)
		.orderBy(sql`${editions.year} desc`);
}

export interface InvitedReviewer {
	userId: number;
	name: string;
	email: string;
}

export async function reviewersOfCall(db: Database, callId: number): Promise<InvitedReviewer[]> {
	return db
		.select({ userId: users.id, name: users.name, email: users.email })
		.from(posterReviewers)
		.innerJoin(users, eq(users.id, posterReviewers.userId))
		.where(eq(posterReviewers.callId, callId))
		.orderBy(asc(users.name));
}

/** Active accounts with the reviewer role, for the organiser's invitation select. */
export async function reviewerAccounts(
	db: Database
): Promise<{ id: number; name: string; email: string }[]> {
	return db
		.select({ id: users.id, name: users.name, email: users.email })
		.from(users)
		.where(and(eq(users.role, 'reviewer'), eq(users.active, true)))
		.orderBy(asc(users.name));
}

/** Invites a reviewer account to one call (again: nothing changes). */
export async function inviteReviewer(
	db: Database,
	callId: number,
	userId: number,
	actor: Actor
): Promise<void> {
	const [user] = await db
		.select({ role: users.role, active: users.active })
		.from(users)
		.where(eq(users.id, userId));
	if (!user || user.role !== 'reviewer' || !user.active) {
		throw new PosterError('poster.err.reviewer', 'user');
	}
	await db.transaction(async (tx) => {
		await tx
			.insert(posterReviewers)
			.values({ callId, userId, invitedAt: actor.now })
			.onConflictDoNothing();
		await recordAudit(
			tx,
			{
				actorUserId: actor.userId,
				action: 'poster_call.reviewer_invited',
				subjectType: 'user',
				subjectId: userId,
				details: { callId }
			},
			actor.now
		);
	});
}

export async function removeReviewer(
	db: Database,
	callId: number,
	userId: number,
	actor: Actor
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.delete(posterReviewers)
			.where(and(eq(posterReviewers.callId, callId), eq(posterReviewers.userId, userId)));
		await recordAudit(
			tx,
			{
				actorUserId: actor.userId,
				action: 'poster_call.reviewer_removed',
				subjectType: 'user',
				subjectId: userId,
				details: { callId }
			},
			actor.now
		);
	});
}

// ---------------------------------------------------------------------------------------------
// Review

/**
 * A submission as a reviewer sees it: what the review needs and nothing more. Never the
 * submitter's e-mail address; with an anonymous call neither authors nor organisation.
 */
export interface ReviewItem {
	id: number;
	title: string;
	abstract: string;
	fields: PosterField[];
	municipality: string | null;
	/** Null when the call is reviewed anonymously. */
	organisation: string | null;
	authors: Author[] | null;
	fileName: string;
	sizeBytes: number;
	/** The viewer's own review, if any. */
	scores: number[] | null;
	comment: string | null;
}

export async function submissionsForReview(
	db: Database,
	viewer: Viewer,
	callId: number
): Promise<{ call: PosterCall; items: ReviewItem[] }> {
	const call = await callById(db, callId);
	if (!call || !(await mayReview(db, viewer, callId)))
		throw new PosterError('poster.err.notInvited');
	const rows = await db
		.select({
			id: posterSubmissions.id,
			title: posterSubmissions.title,
			abstract: posterSubmissions.abstract,
			fields: posterSubmissions.fields,
			municipalityAgs: posterSubmissions.municipalityAgs,
			organisation: posterSubmissions.organisation,
			fileName: posterSubmissions.fileName,
			sizeBytes: posterSubmissions.sizeBytes,
			scores: posterReviews.scores,
			comment: posterReviews.comment
		})
		.from(posterSubmissions)
		.leftJoin(
			posterReviews,
			and(eq(posterReviews.submissionId, posterSubmissions.id), eq(posterReviews.userId, viewer.id))
		)
		.where(eq(posterSubmissions.callId, callId))
		.orderBy(asc(posterSubmissions.id));
	const authors = call.anonymousReview
		? new Map<number, Author[]>()
		: await authorsOf(
				db,
				rows.map((r) => r.id)
			);
	return {
		call,
		items: rows.map(({ municipalityAgs, organisation, ...r }) => ({
			...r,
			municipality: municipalityAgs ? (municipalityByAgs(municipalityAgs)?.name ?? null) : null,
			organisation: call.anonymousReview ? null : organisation,
			authors: call.anonymousReview ? null : (authors.get(r.id) ?? [])
		}))
	};
}

/** Saves the viewer's scores (one per criterion of the call, 1–5) and comment on a submission. */
export async function saveReview(
	db: Database,
	viewer: Viewer,
	submissionId: number,
	scores: number[],
	comment: string | null,
	now: Date
): Promise<void> {
	const [submission] = await db
		.select({ callId: posterSubmissions.callId, criteria: posterCalls.criteria })
		.from(posterSubmissions)
		.innerJoin(posterCalls, eq(posterCalls.id, posterSubmissions.callId))
		.where(eq(posterSubmissions.id, submissionId));
	if (!submission || !(await mayReview(db, viewer, submission.callId))) {
		throw new PosterError('poster.err.notInvited');
	}
	if (
		scores.length !== submission.criteria.length ||
		scores.some((s) => !Number.isInteger(s) || s < 1 || s > 5)
	) {
		throw new PosterError('poster.err.score');
	}
	await db
		.insert(posterReviews)
		.values({ submissionId, userId: viewer.id, scores, comment, updatedAt: now })
		.onConflictDoUpdate({
			target: [posterReviews.submissionId, posterReviews.userId],
			set: { scores, comment, updatedAt: now }
		});
}

/** The file behind a reviewer's link: only for a call the viewer may review. */
export async function reviewFile(
	db: Database,
	viewer: Viewer,
	submissionId: number
): Promise<{ filePath: string; fileName: string } | null> {
	const [row] = await db
		.select({
			callId: posterSubmissions.callId,
			filePath: posterSubmissions.filePath,
			fileName: posterSubmissions.fileName
		})
		.from(posterSubmissions)
		.where(eq(posterSubmissions.id, submissionId));
	if (!row || !(await mayReview(db, viewer, row.callId))) return null;
	return { filePath: row.filePath, fileName: row.fileName };
}

// ---------------------------------------------------------------------------------------------
// Ranking and decisions

export interface RankedSubmission {
	id: number;
	title: string;
	status: PosterStatus;
	boardNumber: number | null;
	email: string;
	organisation: string | null;
	authors: Author[];
	fileName: string;
	measureId: number | null;
	/** Mean of every reviewer's mean over the criteria; null without a review. */
	score: number | null;
	/** Mean per criterion over the reviews. */
	criterionScores: (number | null)[];
	reviews: number;
	comments: string[];
}

/** Mean of the reviews' means, and the mean per criterion. */
export function scoreOf(
	reviews: number[][],
	criteria: number
): { score: number | null; perCriterion: (number | null)[] } {
	const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
	const score = mean(reviews.map((r) => mean(r) ?? 0));
	const perCriterion = Array.from({ length: criteria }, (_, i) =>
		mean(reviews.map((r) => r[i]).filter((v) => v !== undefined))
	);
	return { score, perCriterion };
}

/** The organisers' overview: every submission of the call, best score first (unreviewed last). */
export async function rankedSubmissions(
	db: Database,
	call: PosterCall
): Promise<RankedSubmission[]> {
	const rows = await db
		.select({
			id: posterSubmissions.id,
			title: posterSubmissions.title,
			status: posterSubmissions.status,
			boardNumber: posterSubmissions.boardNumber,
			email: posterSubmissions.email,
			organisation: posterSubmissions.organisation,
			fileName: posterSubmissions.fileName,
			measureId: posterSubmissions.measureId
		})
		.from(posterSubmissions)
		.where(eq(posterSubmissions.callId, call.id))
		.orderBy(asc(posterSubmissions.id));
	const ids = rows.map((r) => r.id);
	const reviews = ids.length
		? await db
				.select({
					submissionId: posterReviews.submissionId,
					scores: posterReviews.scores,
					comment: posterReviews.comment
				})
				.from(posterReviews)
				.where(inArray(posterReviews.submissionId, ids))
		: [];
	const authors = await authorsOf(db, ids);
	const ranked = rows.map((r) => {
		const own = reviews.filter((v) => v.submissionId === r.id);
		const { score, perCriterion } = scoreOf(
			own.map((v) => v.scores),
			call.criteria.length
		);
		return {
			...r,
			authors: authors.get(r.id) ?? [],
			score,
			criterionScores: perCriterion,
			reviews: own.length,
			comments: own.map((v) => v.comment).filter((c): c is string => c !== null)
		};
	});
	return ranked.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.id - b.id);
}

async function nextBoardNumber(tx: Transaction, callId: number): Promise<number> {
	const [{ last }] = await tx
		.select({ last: max(posterSubmissions.boardNumber) })
		.from(posterSubmissions)
		.where(eq(posterSubmissions.callId, callId));
	return (last ?? 0) + 1;
}

/**
 * Accept, reject, wait-list (or take the decision back). An accepted poster gets the next free
 * board number; any other decision frees it. A changed decision other than "back to none" sends
 * its mail through the outbox in the same transaction.
 */
export async function decide(
	db: Database,
	call: PosterCall,
	submissionId: number,
	decision: PosterDecision,
	origin: string,
	actor: Actor
): Promise<void> {
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				id: posterSubmissions.id,
				status: posterSubmissions.status,
				title: posterSubmissions.title,
				email: posterSubmissions.email,
				language: posterSubmissions.language,
				boardNumber: posterSubmissions.boardNumber
			})
			.from(posterSubmissions)
			.where(and(eq(posterSubmissions.id, submissionId), eq(posterSubmissions.callId, call.id)))
			.for('update');
		if (!row) throw new PosterError('poster.err.unknown');
		if (row.status === decision) return;
		const boardNumber =
			decision === 'angenommen' ? (row.boardNumber ?? (await nextBoardNumber(tx, call.id))) : null;
		await tx
			.update(posterSubmissions)
			.set({
				status: decision,
				boardNumber,
				decidedAt: decision === 'eingereicht' ? null : actor.now
			})
			.where(eq(posterSubmissions.id, row.id));
		await recordAudit(
			tx,
			{
				actorUserId: actor.userId,
				action: 'poster.decided',
				subjectType: 'poster',
				subjectId: row.id,
				details: { from: row.status, to: decision, boardNumber }
			},
			actor.now
		);
		if (decision === 'eingereicht') return;
		const [presenter] = await tx
			.select({ name: posterAuthors.name })
			.from(posterAuthors)
			.where(and(eq(posterAuthors.submissionId, row.id), eq(posterAuthors.presents, true)));
		await enqueueMail(
			tx,
			posterDecisionMail(
				{
					id: row.id,
					title: row.title,
					email: row.email,
					language: row.language,
					presenter: presenter?.name ?? '',
					boardNumber
				},
				mailCall(call),
				decision,
				origin,
				await mailTextsOf(tx, call.editionId)
			),
			actor.now
		);
	});
	// The edition page lists accepted posters and the open call: kept copies are stale now.
	invalidatePublicReads();
}

/** Gives an accepted poster another board number; two posters of a call never share one. */
export async function setBoardNumber(
	db: Database,
	call: PosterCall,
	submissionId: number,
	board: number,
	actor: Actor
): Promise<void> {
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select({ status: posterSubmissions.status })
			.from(posterSubmissions)
			.where(and(eq(posterSubmissions.id, submissionId), eq(posterSubmissions.callId, call.id)));
		if (!row) throw new PosterError('poster.err.unknown');
		if (row.status !== 'angenommen') throw new PosterError('poster.err.boardNotAccepted', 'board');
		const [taken] = await tx
			.select({ id: posterSubmissions.id })
			.from(posterSubmissions)
			.where(
				and(
					eq(posterSubmissions.callId, call.id),
					eq(posterSubmissions.boardNumber, board),
					sql`${posterSubmissions.id} <> ${submissionId}`
				)
			);
		if (taken) throw new PosterError(`poster.err.boardTaken?board=${board}`, 'board');
		await tx
			.update(posterSubmissions)
			.set({ boardNumber: board })
			.where(eq(posterSubmissions.id, submissionId));
		await recordAudit(
			tx,
			{
				actorUserId: actor.userId,
				action: 'poster.board_number',
				subjectType: 'poster',
				subjectId: submissionId,
				details: { boardNumber: board }
			},
			actor.now
		);
	});
	invalidatePublicReads();
}

// ---------------------------------------------------------------------------------------------
// Public

export interface PublicPoster {
	id: number;
	title: string;
	abstract: string;
	fields: PosterField[];
	municipality: string | null;
	organisation: string | null;
	authors: Author[];
	boardNumber: number | null;
	fileName: string;
	sizeBytes: number;
	year: number;
	editionTitle: string;
	sessionTitle: string | null;
	/** Whether the edition's day is over: the poster is then part of the archive. */
	archived: boolean;
	/** The public measure of a Handlungsprogramm the poster presents. */
	measure: LinkedMeasure | null;
}

export interface LinkedMeasure {
	id: number;
	title: string;
	/** The measure on its municipality's public measures page; null for a Kreis plan's measure. */
	href: string | null;
}

function isOver(date: string | null, now: Date): boolean {
	return date !== null && date < berlinDate(now);
}

const publicColumns = {
	id: posterSubmissions.id,
	title: posterSubmissions.title,
	abstract: posterSubmissions.abstract,
	fields: posterSubmissions.fields,
	municipalityAgs: posterSubmissions.municipalityAgs,
	organisation: posterSubmissions.organisation,
	boardNumber: posterSubmissions.boardNumber,
	fileName: posterSubmissions.fileName,
	sizeBytes: posterSubmissions.sizeBytes,
	year: editions.year,
	editionTitle: editions.title,
	date: editions.date,
	sessionTitle: sessions.title,
	measureId: posterSubmissions.measureId
};

function publicQuery(db: Database) {
	return db
		.select(publicColumns)
		.from(posterSubmissions)
		.innerJoin(posterCalls, eq(posterCalls.id, posterSubmissions.callId))
		.innerJoin(editions, eq(editions.id, posterCalls.editionId))
		.leftJoin(sessions, eq(sessions.id, posterCalls.sessionId));
}

async function toPublic(
	db: Database,
	rows: Awaited<ReturnType<ReturnType<typeof publicQuery>['where']>>,
	now: Date
): Promise<PublicPoster[]> {
	const authors = await authorsOf(
		db,
		rows.map((r) => r.id)
	);
	const linked = await publicMeasures(
		db,
		rows.map((r) => r.measureId).filter((id): id is number => id !== null)
	);
	return rows.map(({ municipalityAgs, date, measureId, ...r }) => ({
		...r,
		municipality: municipalityAgs ? (municipalityByAgs(municipalityAgs)?.name ?? null) : null,
		authors: authors.get(r.id) ?? [],
		archived: isOver(date, now),
		measure: measureId === null ? null : (linked.get(measureId) ?? null)
	}));
}

/** The accepted posters of a published edition, by board number (for the edition page). */
export async function acceptedPosters(
	db: Database,
	editionId: number,
	now: Date
): Promise<PublicPoster[]> {
	const rows = await publicQuery(db)
		.where(
			and(
				eq(posterCalls.editionId, editionId),
				eq(posterSubmissions.status, 'angenommen'),
				eq(editions.published, true)
			)
		)
		.orderBy(asc(posterSubmissions.boardNumber), asc(posterSubmissions.id));
	return toPublic(db, rows, now);
}

/** One accepted poster of a published edition (its citation page), or null. */
export async function publicPoster(
	db: Database,
	id: number,
	now: Date
): Promise<PublicPoster | null> {
	const rows = await publicQuery(db).where(
		and(
			eq(posterSubmissions.id, id),
			eq(posterSubmissions.status, 'angenommen'),
			eq(editions.published, true)
		)
	);
	return (await toPublic(db, rows, now))[0] ?? null;
}

/** The stored file of an accepted poster of a published edition, under its own name only. */
export async function publicPosterFile(
	db: Database,
	id: number,
	requestedName: string
): Promise<{ filePath: string; fileName: string } | null> {
	const [row] = await db
		.select({ filePath: posterSubmissions.filePath, fileName: posterSubmissions.fileName })
		.from(posterSubmissions)
		.innerJoin(posterCalls, eq(posterCalls.id, posterSubmissions.callId))
		.innerJoin(editions, eq(editions.id, posterCalls.editionId))
		.where(
			and(
				eq(posterSubmissions.id, id),
				eq(posterSubmissions.status, 'angenommen'),
				eq(editions.published, true)
			)
		);
	if (!row || row.fileName !== requestedName.normalize('NFC')) return null;
	return row;
}

/** The citation page of a poster: stable, by id. */
export function posterUrl(id: number): string {
	return `/archiv/poster/${id}`;
}

export function posterFileUrl(id: number, fileName: string): string {
	return `/archiv/poster/${id}/${encodeURIComponent(fileName)}`;
}

/** Accepted posters whose board number is set: used by tests and the overview. */
export async function boardNumbers(db: Database, callId: number): Promise<number[]> {
	const rows = await db
		.select({ board: posterSubmissions.boardNumber })
		.from(posterSubmissions)
		.where(and(eq(posterSubmissions.callId, callId), isNotNull(posterSubmissions.boardNumber)))
		.orderBy(asc(posterSubmissions.boardNumber));
	return rows.map((r) => r.board as number);
}

// ---------------------------------------------------------------------------------------------
// Measures of Handlungsprogramme

/** Public measures of plans that are not drafts: the only ones a poster may point to. */
const publicMeasure = and(eq(measures.isPublic, true), ne(plans.status, 'entwurf'));

async function publicMeasures(db: Database, ids: number[]): Promise<Map<number, LinkedMeasure>> {
	if (!ids.length) return new Map();
	const rows = await db
		.select({ id: measures.id, title: measures.title, ags: plans.ags })
		.from(measures)
		.innerJoin(plans, eq(plans.id, measures.planId))
		.where(and(inArray(measures.id, ids), publicMeasure));
	return new Map(
		rows.map((m) => [
			m.id,
			{
				id: m.id,
				title: m.title,
				href: m.ags ? `/atlas/${m.ags}/massnahmen#massnahme-${m.id}` : null
			}
		])
	);
}

export interface MeasureChoice {
	id: number;
	title: string;
	/** The municipality or Kreis whose plan it is. */
	place: string;
}

/** The edition's programme items a call can name as its slot (e.g. the poster walk). */
export async function slotChoices(db: Database, editionId: number) {
	return db
		.select({ id: sessions.id, title: sessions.title, kind: sessions.kind })
		.from(sessions)
		.where(eq(sessions.editionId, editionId))
		.orderBy(asc(sessions.startsAt), asc(sessions.id));
}

/** The public measures an organiser can link a poster to, by place and title. */
export async function measureChoices(db: Database): Promise<MeasureChoice[]> {
	const rows = await db
		.select({
			id: measures.id,
			title: measures.title,
			ags: plans.ags,
			kreisAgs: plans.kreisAgs
		})
		.from(measures)
		.innerJoin(plans, eq(plans.id, measures.planId))
		.where(publicMeasure);
	return rows
		.map((m) => ({
			id: m.id,
			title: m.title,
			place: m.ags ? (municipalityByAgs(m.ags)?.name ?? m.ags) : `Kreis ${m.kreisAgs ?? ''}`.trim()
		}))
		.sort((a, b) => a.place.localeCompare(b.place, 'de') || a.title.localeCompare(b.title, 'de'));
}

/** Links a poster of the call to a public measure, or removes the link (`null`). */
export async function linkMeasure(
	db: Database,
	call: PosterCall,
	submissionId: number,
	measureId: number | null,
	actor: Actor
): Promise<void> {
	if (measureId !== null && !(await publicMeasures(db, [measureId])).has(measureId)) {
		throw new PosterError('poster.err.measure', 'measure');
	}
	await db.transaction(async (tx) => {
		const changed = await tx
			.update(posterSubmissions)
			.set({ measureId })
			.where(and(eq(posterSubmissions.id, submissionId), eq(posterSubmissions.callId, call.id)))
			.returning({ id: posterSubmissions.id });
		if (!changed.length) throw new PosterError('poster.err.unknown');
		await recordAudit(
			tx,
			{
				actorUserId: actor.userId,
				action: 'poster.measure_linked',
				subjectType: 'poster',
				subjectId: submissionId,
				details: { measureId }
			},
			actor.now
		);
	});
	invalidatePublicReads();
}

export interface PosterOfMeasure {
	id: number;
	title: string;
	year: number;
}

/** The accepted posters of published editions that present each of the given measures. */
export async function postersOfMeasures(
	db: Database,
	measureIds: number[]
): Promise<Record<number, PosterOfMeasure[]>> {
	const byMeasure: Record<number, PosterOfMeasure[]> = {};
	if (!measureIds.length) return byMeasure;
	const rows = await db
		.select({
			measureId: posterSubmissions.measureId,
			id: posterSubmissions.id,
			title: posterSubmissions.title,
			year: editions.year
		})
		.from(posterSubmissions)
		.innerJoin(posterCalls, eq(posterCalls.id, posterSubmissions.callId))
		.innerJoin(editions, eq(editions.id, posterCalls.editionId))
		.where(
			and(
				inArray(posterSubmissions.measureId, measureIds),
				eq(posterSubmissions.status, 'angenommen'),
				eq(editions.published, true)
			)
		)
		.orderBy(asc(editions.year), asc(posterSubmissions.id));
	for (const { measureId, ...poster } of rows) {
		if (measureId === null) continue;
		(byMeasure[measureId] ??= []).push(poster);
	}
	return byMeasure;
}
