import { and, asc, count, eq, inArray, isNull, like, lte, or, sql } from 'drizzle-orm';
import type { Edition } from '$lib/types/conference';
import { runTogether, type Database, type Transaction } from '../db';
import { GroupCommit, type GroupJob } from './batch';
import { cachedRead, forgetRead } from './reads';
import { editions, mailOutbox, registrations, registrationTokens, workshops } from '../db/schema';
import { editionColumns } from '../conference/store';
import { enqueueMail, outboxInsertMany, type OutgoingMail } from '../mail';
import { auditInsertMany, recordAudit, type AuditEntry } from '../audit';
import { RegistrationError } from './errors';
import type { DetailsInput, RegistrationInput } from './input';
import * as mails from './mails';
import {
	chooseWorkshop,
	confirmationDeadline,
	freeSeats,
	isPastRetention,
	registrationWindow,
	type WorkshopDecision,
	type WorkshopLoad
} from './rules';
import { hashToken, looksLikeToken, newToken } from './tokens';
import { revokeVoteLinks } from '../worldcafe/votes';
import { answerText, answersOf, deleteAnswers, editionQuestions } from './questions';
import { mailTextsOf, type MailTexts } from './mail-texts';
import { revokeSurveyLinks } from '../survey/store';

export type Registration = typeof registrations.$inferSelect;

const HELD = ['pending', 'confirmed'] as const;
const ACTIVE = ['pending', 'confirmed', 'waitlisted'] as const;

export interface RegistrationEdition extends Edition {
	confirmationHours: number;
	retentionDays: number;
	/** The edition's own mail texts (see mail-texts.ts); for the mails, never shown on a page. */
	mailTexts?: MailTexts;
}

const registrationEditionColumns = {
	...editionColumns,
	confirmationHours: editions.confirmationHours,
	retentionDays: editions.retentionDays
};

export interface Context {
	now: Date;
	/** Public address for links in mails. */
	origin: string;
	/** The organiser acting in the back office; absent when the participant or a job acts. */
	actorUserId?: number | null;
}

type AuditDetails = Record<string, string | number | boolean | null>;

function auditEntry(
	ctx: Context,
	action: string,
	registrationId: number,
	details: AuditDetails = {}
): AuditEntry {
	return {
		actorUserId: ctx.actorUserId ?? null,
		action,
		subjectType: 'registration',
		subjectId: registrationId,
		details
	};
}

function audit(
	tx: Transaction,
	ctx: Context,
	action: string,
	registrationId: number,
	details: AuditDetails = {}
): Promise<void> {
	return recordAudit(tx, auditEntry(ctx, action, registrationId, details), ctx.now);
}

export async function registrationEdition(
	db: Database | Transaction,
	year: number
): Promise<RegistrationEdition | null> {
	const [row] = await db
		.select(registrationEditionColumns)
		.from(editions)
		.where(and(eq(editions.year, year), eq(editions.published, true)));
	return row ? { ...row, mailTexts: await mailTextsOf(db, row.id) } : null;
}

export interface WorkshopInfo extends WorkshopLoad {
	title: string;
	description: string | null;
}

export async function workshopLoads(
	db: Database | Transaction,
	editionId: number
): Promise<Map<number, WorkshopInfo>> {
	const rows = await db
		.select({
			id: workshops.id,
			title: workshops.title,
			description: workshops.description,
			capacity: workshops.capacity,
			taken:
				sql<number>`count(${registrations.id}) filter (where ${registrations.status} in ('pending', 'confirmed'))`.mapWith(
					Number
				)
		})
		.from(workshops)
		.leftJoin(registrations, eq(registrations.workshopId, workshops.id))
		.where(eq(workshops.editionId, editionId))
		.groupBy(workshops.id)
		.orderBy(asc(workshops.position), asc(workshops.id));
	return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Every change to an edition's seats runs under a row lock on the edition, so capacity is
 * enforced by the database even with many app instances. A lock that is not granted within
 * ten seconds becomes a "busy, try again" answer instead of a hanging request.
 */
export async function withEditionLock<T>(
	db: Database,
	editionId: number,
	work: (tx: Transaction, capacity: number) => Promise<T>
): Promise<T> {
	return lockedTransaction(db, async (tx) => {
		const [locked] = await tx
			.select({ capacity: editions.capacity })
			.from(editions)
			.where(eq(editions.id, editionId))
			.for('update');
		return work(tx, locked?.capacity ?? 0);
	});
}

/** A transaction whose row locks give up after ten seconds ("busy, try again"). */
export async function lockedTransaction<T>(
	db: Database,
	work: (tx: Transaction) => Promise<T>
): Promise<T> {
	try {
		return await db.transaction(async (tx) => {
			await tx.execute(sql`set local lock_timeout = '10s'`);
			return work(tx);
		});
	} catch (error) {
		if ((error as { code?: string }).code === '55P03') throw new RegistrationError('ausgelastet');
		throw error;
	}
}

export async function heldSeats(tx: Transaction, editionId: number): Promise<number> {
	const [row] = await tx
		.select({ n: count() })
		.from(registrations)
		.where(and(eq(registrations.editionId, editionId), inArray(registrations.status, [...HELD])));
	return row.n;
}

export async function waitlistPosition(
	tx: Database | Transaction,
	editionId: number,
	id: number
): Promise<number> {
	const [row] = await tx
		.select({ n: count() })
		.from(registrations)
		.where(
			and(
				eq(registrations.editionId, editionId),
				eq(registrations.status, 'waitlisted'),
				lte(registrations.id, id)
			)
		);
	return row.n;
}

export async function addToken(
	tx: Transaction,
	registrationId: number,
	now: Date
): Promise<string> {
	const token = newToken();
	await tx
		.insert(registrationTokens)
		.values({ registrationId, tokenHash: hashToken(token), createdAt: now });
	return token;
}

export function mailContext(
	edition: Edition & { mailTexts?: MailTexts },
	origin: string,
	r: Pick<Registration, 'workshopId' | 'workshopWaitlistId'> | null,
	loads: Map<number, WorkshopInfo>,
	extra: {
		token?: string | null;
		waitlistPosition?: number | null;
		language?: mails.MailContext['language'];
		calendar?: mails.MailAttachment[];
	} = {}
): mails.MailContext {
	return {
		edition,
		origin,
		workshop: r?.workshopId ? (loads.get(r.workshopId)?.title ?? null) : null,
		workshopWaitlist: r?.workshopWaitlistId
			? (loads.get(r.workshopWaitlistId)?.title ?? null)
			: null,
		waitlistPosition: extra.waitlistPosition ?? null,
		token: extra.token ?? null,
		language: extra.language,
		texts: edition.mailTexts,
		calendar: extra.calendar
	};
}

/**
 * Workshop columns for a decision. Someone seated in their second wish also waits for the first,
 * and moves up when a seat there frees.
 */
export function workshopFields(decision: WorkshopDecision, firstWish: number | null, now: Date) {
	const waitFor =
		decision.kind === 'waitlist'
			? decision.workshopId
			: decision.kind === 'seat' && decision.wish === 'second'
				? firstWish
				: null;
	return {
		workshopId: decision.kind === 'seat' ? decision.workshopId : null,
		workshopWaitlistId: waitFor,
		workshopWaitlistSince: waitFor === null ? null : now
	};
}

export async function queue(tx: Transaction, mail: OutgoingMail, now: Date): Promise<void> {
	await enqueueMail(tx, mail, now);
}

export type RegisterResult =
	| {
			duplicate: false;
			id: number;
			status: 'pending' | 'waitlisted';
			waitlistPosition: number | null;
			workshopId: number | null;
			workshopWaitlistId: number | null;
			token: string;
	  }
	| { duplicate: true; id: number };

/**
 * An address that already has an active registration for the edition gets its personal link
 * again (a new token, since only hashes are stored) in a mail saying so, with an audit entry;
 * nothing else is stored and no seat is taken — the caller answers as for a new registration.
 * `alongside` writes what belongs to a new registration but not to this domain (the World Café
 * topic wishes) in the same transaction, so both are stored or neither.
 */
export async function register(
	db: Database,
	year: number,
	input: RegistrationInput,
	ctx: Context,
	alongside?: (tx: Transaction, registrationId: number) => Promise<void>,
	fresh = false
): Promise<RegisterResult> {
	// From the read cache (decision 0040); the group checks it against the locked edition row.
	const edition = fresh
		? await registrationEdition(db, year)
		: await cachedRead(db, `edition:${year}`, () => registrationEdition(db, year));
	if (!edition) throw new RegistrationError('konferenz_unbekannt');
	checkWindow(edition, ctx.now);
	await checkWorkshopChoice(db, edition.id, input.workshopFirstId, input.workshopSecondId);

	// Everything that does not depend on the seat count happens before the lock is taken: the
	// lock is held until commit, so each round trip inside it delays every other registration.
	// That includes the confirmation mail for the common case (a seat, no workshop) and its
	// calendar attachment; only the decision and the writes wait for the lock.
	const token = newToken();
	const calendar = calendarOf(edition, ctx.origin, ctx.now);
	const wishes = input.workshopFirstId !== null || input.workshopSecondId !== null;
	const prepared = wishes
		? null
		: mails.confirmationRequestMail(
				{ ...newRow(edition, input, ctx, 'pending', { kind: 'none' }), id: 0 },
				mailContext(edition, ctx.origin, null, new Map(), { token, calendar })
			);
	const result = await groupsFor(db).submit(edition.id, {
		edition,
		input,
		ctx,
		alongside,
		token,
		calendar,
		prepared
	});
	if (result instanceof RegistrationError) throw result;
	if (result === OUT_OF_DATE) {
		// The cached edition is no longer the edition of that year (deleted or unpublished since):
		// once more with a fresh read, which finds the current one or none.
		forgetRead(db, `edition:${year}`);
		if (fresh) throw new RegistrationError('konferenz_unbekannt');
		return register(db, year, input, ctx, alongside, true);
	}
	return result;
}

/** A group's answer to a registration that was prepared with an edition that is gone. */
const OUT_OF_DATE = Symbol('edition out of date');
type GroupAnswer = RegisterResult | RegistrationError | typeof OUT_OF_DATE;

const calendars = new WeakMap<
	RegistrationEdition,
	{ key: string; files: mails.MailAttachment[] }
>();

/**
 * The calendar file of the confirmation mail is the same for every registration of an edition
 * but for its time stamp (whole seconds): made once per second for the (cached) edition object.
 */
function calendarOf(edition: RegistrationEdition, origin: string, now: Date) {
	const second = Math.floor(now.getTime() / 1000);
	const key = `${origin} ${second}`;
	const known = calendars.get(edition);
	if (known?.key === key) return known.files;
	const files = mails.registrationCalendar(edition, origin, new Date(second * 1000));
	calendars.set(edition, { key, files });
	return files;
}

function checkWindow(edition: RegistrationEdition, now: Date): void {
	const window = registrationWindow(edition, now);
	if (window === 'none') throw new RegistrationError('anmeldung_nicht_moeglich');
	if (window === 'not_yet') throw new RegistrationError('anmeldung_noch_nicht_offen');
	if (window === 'closed') throw new RegistrationError('anmeldeschluss');
}

interface RegisterJob extends GroupJob<GroupAnswer> {
	edition: RegistrationEdition;
	input: RegistrationInput;
	ctx: Context;
	alongside?: (tx: Transaction, registrationId: number) => Promise<void>;
	token: string;
	calendar: mails.MailAttachment[];
	/** The confirmation mail for a seat without workshop, rendered before the lock. */
	prepared: OutgoingMail | null;
}

/** Up to this many registrations are decided in one transaction (statement size stays small). */
const MAX_GROUP = 64;
const groupCommits = new WeakMap<Database, GroupCommit<number, RegisterJob, GroupAnswer>>();

function groupsFor(db: Database): GroupCommit<number, RegisterJob, GroupAnswer> {
	let groups = groupCommits.get(db);
	if (!groups) {
		groups = new GroupCommit((editionId, jobs) => decideGroup(db, editionId, jobs), {
			maxGroup: MAX_GROUP,
			// A repeated address must see the first registration as existing: next group.
			conflicts: (a, b) => a.input.email === b.input.email,
			isFinal: (error) => error instanceof RegistrationError
		});
		groupCommits.set(db, groups);
	}
	return groups;
}

function newRow(
	edition: RegistrationEdition,
	input: RegistrationInput,
	ctx: Context,
	status: 'pending' | 'waitlisted',
	decision: WorkshopDecision
) {
	const hasSeat = status === 'pending';
	return {
		editionId: edition.id,
		status,
		firstName: input.firstName,
		lastName: input.lastName,
		email: input.email,
		organisation: input.organisation,
		jobTitle: input.jobTitle,
		sector: input.sector,
		municipalityAgs: input.municipality,
		language: input.language ?? 'de',
		workshopFirstId: input.workshopFirstId,
		workshopSecondId: input.workshopSecondId,
		...workshopFields(decision, input.workshopFirstId, ctx.now),
		needsStepFree: input.needsStepFree,
		needsSignLanguage: input.needsSignLanguage,
		needsInductionLoop: input.needsInductionLoop,
		needsOther: input.needsOther,
		dietary: input.dietary,
		consentListing: input.consentListing,
		consentPhotos: input.consentPhotos,
		privacyAcknowledgedAt: ctx.now,
		createdAt: ctx.now,
		expiresAt: confirmationDeadline(ctx.now, edition.confirmationHours),
		waitlistSince: hasSeat ? null : ctx.now,
		seatSince: hasSeat ? ctx.now : null
	};
}

/**
 * Decides a group of registrations for one edition under its lock, in arrival order, exactly as
 * one at a time would: the seat count and the waiting-list length are read once and carried
 * forward, the new rows are inserted in one statement (ids in arrival order, which is the
 * waiting-list order), and their tokens, audit entries and mails in one more, with one
 * multi-row insert per table. The edition row read with the lock is the one that counts: a
 * registration whose window closed since its (shared) read is refused, and one whose edition
 * changed since gets its mail from the locked row.
 */
async function decideGroup(
	db: Database,
	editionId: number,
	jobs: RegisterJob[]
): Promise<GroupAnswer[]> {
	return lockedTransaction(db, async (tx) => {
		const [locked] = await tx
			.select({ ...registrationEditionColumns, published: editions.published })
			.from(editions)
			.where(eq(editions.id, editionId))
			.for('update');
		const capacity = locked?.capacity ?? 0;
		const results: (GroupAnswer | null)[] = jobs.map((job) => admit(db, job, locked));
		const admitted = jobs.filter((_, i) => results[i] === null);
		if (!admitted.length) return results as GroupAnswer[];

		const state = await groupSeatState(
			tx,
			editionId,
			admitted.map((j) => j.input.email)
		);
		const existingIds = [...new Set(state.existing.values())];
		const existingRows = existingIds.length
			? await tx.select().from(registrations).where(inArray(registrations.id, existingIds))
			: [];
		const anyWishes = admitted.some(
			(j) => j.input.workshopFirstId !== null || j.input.workshopSecondId !== null
		);
		const loads =
			anyWishes || existingRows.some((r) => r.workshopId || r.workshopWaitlistId)
				? await workshopLoads(tx, editionId)
				: new Map<number, WorkshopInfo>();

		let held = state.held;
		let waitlisted = state.waitlisted;
		const tokenRows: (typeof registrationTokens.$inferInsert)[] = [];
		const auditRows: { entry: AuditEntry; at: Date }[] = [];
		const outbox: { mail: OutgoingMail; at: Date }[] = [];
		const fresh: { job: RegisterJob; index: number; position: number | null }[] = [];
		const rows: ReturnType<typeof newRow>[] = [];
		for (const [index, job] of jobs.entries()) {
			if (results[index] !== null) continue;
			const { input, ctx, edition } = job;
			const existingId = state.existing.get(input.email);
			if (existingId !== undefined) {
				const existing = existingRows.find((r) => r.id === existingId)!;
				tokenRows.push({
					registrationId: existing.id,
					tokenHash: hashToken(job.token),
					createdAt: ctx.now
				});
				auditRows.push({
					entry: auditEntry(ctx, 'registration.link_resent', existing.id, {
						by: 'repeat_registration'
					}),
					at: ctx.now
				});
				outbox.push({
					mail: mails.linkAgainMail(
						existing,
						// In the language of the page used now: the person is reading it.
						mailContext(edition, ctx.origin, existing, loads, {
							token: job.token,
							language: input.language
						})
					),
					at: ctx.now
				});
				results[index] = { duplicate: true, id: existing.id };
				continue;
			}
			const hasSeat = freeSeats(capacity, held) > 0;
			const decision = hasSeat
				? chooseWorkshop(input.workshopFirstId, input.workshopSecondId, loads)
				: ({ kind: 'none' } as const);
			if (decision.kind === 'seat') {
				const load = loads.get(decision.workshopId);
				if (load) load.taken++;
			}
			if (hasSeat) held++;
			else waitlisted++;
			// Waiting-list places are handed out under this lock in id order, so a new entry is last.
			fresh.push({ job, index, position: hasSeat ? null : waitlisted });
			rows.push(newRow(edition, input, ctx, hasSeat ? 'pending' : 'waitlisted', decision));
		}

		if (rows.length) {
			// One multi-row insert: PostgreSQL draws the serial ids in the order of the rows.
			const inserted = await tx.insert(registrations).values(rows).returning();
			const byEmail = new Map(inserted.map((r) => [r.email, r]));
			for (const { job, index, position } of fresh) {
				const row = byEmail.get(job.input.email)!;
				const { ctx, edition } = job;
				await job.alongside?.(tx, row.id);
				const seatOnly =
					row.status === 'pending' && row.workshopId === null && row.workshopWaitlistId === null;
				const mail =
					seatOnly && job.prepared
						? { ...job.prepared, subjectRef: `registration:${row.id}` }
						: mails.confirmationRequestMail(
								row,
								mailContext(edition, ctx.origin, row, loads, {
									token: job.token,
									waitlistPosition: position,
									calendar: job.calendar
								})
							);
				tokenRows.push({
					registrationId: row.id,
					tokenHash: hashToken(job.token),
					createdAt: ctx.now
				});
				auditRows.push({
					entry: auditEntry(ctx, 'registration.created', row.id, { status: row.status }),
					at: ctx.now
				});
				outbox.push({ mail, at: ctx.now });
				results[index] = {
					duplicate: false,
					id: row.id,
					status: row.status as 'pending' | 'waitlisted',
					waitlistPosition: position,
					workshopId: row.workshopId,
					workshopWaitlistId: row.workshopWaitlistId,
					token: job.token
				};
			}
		}
		// Rows in arrival order, so the ids of entries and mails follow it too.
		await runTogether(tx, [
			tx.insert(registrationTokens).values(tokenRows),
			auditInsertMany(tx, auditRows),
			outboxInsertMany(tx, outbox)
		]);
		return results as GroupAnswer[];
	});
}

type LockedEdition = Omit<RegistrationEdition, 'mailTexts'> & { published: boolean };

/**
 * A registration's edition as read under the lock: sent back for a fresh read if the edition is
 * gone or unpublished since the registration's own (cached) read, refused if its window has
 * closed; if anything a mail shows changed, the mail is made again from the locked row. The
 * capacity is only ever taken from the locked row.
 */
function admit(
	db: Database,
	job: RegisterJob,
	locked: LockedEdition | undefined
): RegistrationError | typeof OUT_OF_DATE | null {
	if (!locked?.published || locked.year !== job.edition.year) return OUT_OF_DATE;
	try {
		checkWindow(locked, job.ctx.now);
	} catch (error) {
		return error as RegistrationError;
	}
	if (!sameEdition(job.edition, locked)) {
		forgetRead(db, `edition:${locked.year}`);
		job.edition = { ...locked, mailTexts: job.edition.mailTexts };
		job.calendar = calendarOf(job.edition, job.ctx.origin, job.ctx.now);
		job.prepared = null;
	}
	return null;
}

function sameEdition(a: RegistrationEdition, b: LockedEdition): boolean {
	return (Object.keys(registrationEditionColumns) as (keyof typeof registrationEditionColumns)[])
		.filter((key) => key !== 'capacity')
		.every((key) => {
			const x = a[key];
			const y = b[key];
			return x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
		});
}

/**
 * For a group of new registrations, in one statement: the active registration of each address
 * (if any), the seats held and the length of the waiting list. Read under the edition lock, so
 * the counts are exact.
 */
async function groupSeatState(
	tx: Transaction,
	editionId: number,
	emails: string[]
): Promise<{ existing: Map<string, number>; held: number; waitlisted: number }> {
	const [row] = await tx
		.select({
			existing: sql<
				[string, number][] | null
			>`json_agg(json_build_array(${registrations.email}, ${registrations.id})) filter (where ${registrations.anonymisedAt} is null and ${inArray(registrations.email, emails)})`,
			held: sql<number>`count(*) filter (where ${registrations.status} in ('pending', 'confirmed'))`.mapWith(
				Number
			),
			waitlisted:
				sql<number>`count(*) filter (where ${registrations.status} = 'waitlisted')`.mapWith(Number)
		})
		.from(registrations)
		.where(and(eq(registrations.editionId, editionId), inArray(registrations.status, [...ACTIVE])));
	const existing = new Map<string, number>();
	const pairs = typeof row.existing === 'string' ? JSON.parse(row.existing) : row.existing;
	for (const [email, id] of (pairs ?? []) as [string, number][]) {
		existing.set(email, Math.max(existing.get(email) ?? 0, Number(id)));
	}
	return { existing, held: row.held, waitlisted: row.waitlisted };
}

export async function checkWorkshopChoice(
	db: Database | Transaction,
	editionId: number,
	first: number | null,
	second: number | null
): Promise<void> {
	if (first !== null && first === second) {
		throw new RegistrationError('workshop_doppelt', 'workshopSecondId');
	}
	const chosen = [first, second].filter((id): id is number => id !== null);
	if (!chosen.length) return;
	const known = await db
		.select({ id: workshops.id })
		.from(workshops)
		.where(and(eq(workshops.editionId, editionId), inArray(workshops.id, chosen)));
	const knownIds = new Set(known.map((k) => k.id));
	if (first !== null && !knownIds.has(first)) {
		throw new RegistrationError('workshop_unbekannt', 'workshopFirstId');
	}
	if (second !== null && !knownIds.has(second)) {
		throw new RegistrationError('workshop_unbekannt', 'workshopSecondId');
	}
}

/**
 * Offers every free seat to the waiting list in arrival order, then every free workshop seat to
 * that workshop's waiting list, each with a mail. Runs inside the edition lock of the change that
 * freed the seat. Returns how many people got an event seat.
 */
export async function fillFreedSeats(
	tx: Transaction,
	edition: Edition,
	capacity: number,
	ctx: Context
): Promise<number> {
	const free = freeSeats(capacity, await heldSeats(tx, edition.id));
	const loads = await workshopLoads(tx, edition.id);
	let promoted = 0;
	if (free > 0) {
		const next = await tx
			.select()
			.from(registrations)
			.where(and(eq(registrations.editionId, edition.id), eq(registrations.status, 'waitlisted')))
			.orderBy(asc(registrations.id))
			.limit(free);
		for (const waiting of next) {
			const decision = chooseWorkshop(waiting.workshopFirstId, waiting.workshopSecondId, loads);
			const [row] = await tx
				.update(registrations)
				.set({
					status: waiting.emailConfirmedAt ? 'confirmed' : 'pending',
					seatSince: ctx.now,
					...workshopFields(decision, waiting.workshopFirstId, ctx.now)
				})
				.where(eq(registrations.id, waiting.id))
				.returning();
			if (decision.kind === 'seat') loads.get(decision.workshopId)!.taken++;
			await audit(tx, ctx, 'waitlist.promoted', row.id, { by: 'queue' });
			await queue(
				tx,
				mails.promotedMail(row, mailContext(edition, ctx.origin, row, loads)),
				ctx.now
			);
			promoted++;
		}
	}
	await fillWorkshopSeats(tx, edition, loads, ctx);
	return promoted;
}

async function fillWorkshopSeats(
	tx: Transaction,
	edition: Edition,
	loads: Map<number, WorkshopInfo>,
	ctx: Context
): Promise<void> {
	// A person moving up from their second-wish workshop frees that seat in turn, so repeat until
	// nobody moves. Each move empties one workshop waiting-list entry, so this ends.
	let moved = true;
	while (moved) {
		moved = false;
		for (const workshop of loads.values()) {
			const free = workshop.capacity - workshop.taken;
			if (free <= 0) continue;
			const next = await tx
				.select()
				.from(registrations)
				.where(
					and(
						eq(registrations.editionId, edition.id),
						eq(registrations.workshopWaitlistId, workshop.id),
						inArray(registrations.status, [...HELD])
					)
				)
				.orderBy(asc(registrations.workshopWaitlistSince), asc(registrations.id))
				.limit(free);
			for (const waiting of next) {
				if (waiting.workshopId) loads.get(waiting.workshopId)!.taken--;
				const [row] = await tx
					.update(registrations)
					.set({ workshopId: workshop.id, workshopWaitlistId: null, workshopWaitlistSince: null })
					.where(eq(registrations.id, waiting.id))
					.returning();
				workshop.taken++;
				moved = true;
				await audit(tx, ctx, 'workshop_waitlist.promoted', row.id, { workshopId: workshop.id });
				await queue(
					tx,
					mails.workshopPromotedMail(row, mailContext(edition, ctx.origin, row, loads)),
					ctx.now
				);
			}
		}
	}
}

/** The registration behind a personal link, or a clear error for a wrong or outdated link. */
export async function registrationByToken(
	db: Database | Transaction,
	token: string
): Promise<Registration> {
	if (!looksLikeToken(token)) throw new RegistrationError('link_ungueltig');
	const [row] = await db
		.select({ registration: registrations })
		.from(registrationTokens)
		.innerJoin(registrations, eq(registrations.id, registrationTokens.registrationId))
		.where(eq(registrationTokens.tokenHash, hashToken(token)));
	if (!row || row.registration.anonymisedAt) throw new RegistrationError('link_ungueltig');
	return row.registration;
}

export async function editionById(
	db: Database | Transaction,
	id: number
): Promise<RegistrationEdition> {
	const [row] = await db
		.select(registrationEditionColumns)
		.from(editions)
		.where(eq(editions.id, id));
	return { ...row, mailTexts: await mailTextsOf(db, id) };
}

/** Loads the registration inside the lock, so its state can't change under our feet. */
export async function lockedRegistration(tx: Transaction, id: number): Promise<Registration> {
	const [row] = await tx.select().from(registrations).where(eq(registrations.id, id));
	return row;
}

export function requireActive(r: Registration): void {
	if (r.status === 'cancelled') throw new RegistrationError('bereits_storniert');
	if (r.status === 'expired') throw new RegistrationError('verfallen');
}

/** Double opt-in: the link in the first mail confirms the address. Idempotent. */
export async function confirmRegistration(
	db: Database,
	token: string,
	ctx: Context
): Promise<Registration> {
	const found = await registrationByToken(db, token);
	const edition = await editionById(db, found.editionId);
	return withEditionLock(db, found.editionId, async (tx) => {
		const r = await lockedRegistration(tx, found.id);
		requireActive(r);
		if (r.emailConfirmedAt) return r;
		if (r.expiresAt <= ctx.now) throw new RegistrationError('verfallen');
		const [row] = await tx
			.update(registrations)
			.set({
				emailConfirmedAt: ctx.now,
				status: r.status === 'pending' ? 'confirmed' : r.status
			})
			.where(eq(registrations.id, r.id))
			.returning();
		await audit(tx, ctx, 'registration.confirmed', row.id);
		const loads = await workshopLoads(tx, edition.id);
		const position =
			row.status === 'waitlisted' ? await waitlistPosition(tx, edition.id, row.id) : null;
		await queue(
			tx,
			mails.confirmedMail(
				row,
				mailContext(edition, ctx.origin, row, loads, { waitlistPosition: position })
			),
			ctx.now
		);
		return row;
	});
}

export async function changeDetails(
	db: Database,
	token: string,
	input: DetailsInput,
	ctx: Context
): Promise<Registration> {
	const found = await registrationByToken(db, token);
	const edition = await editionById(db, found.editionId);
	await checkWorkshopChoice(db, edition.id, input.workshopFirstId, input.workshopSecondId);
	return withEditionLock(db, found.editionId, async (tx, capacity) => {
		const r = await lockedRegistration(tx, found.id);
		requireActive(r);
		const wishesChanged =
			r.workshopFirstId !== input.workshopFirstId || r.workshopSecondId !== input.workshopSecondId;
		let changes = {};
		if (wishesChanged && r.status !== 'waitlisted') {
			const loads = await workshopLoads(tx, edition.id);
			if (r.workshopId) loads.get(r.workshopId)!.taken--;
			const decision = chooseWorkshop(input.workshopFirstId, input.workshopSecondId, loads);
			// Keep the seat already held when it is still a wish and nothing better has room.
			const keep =
				r.workshopId !== null &&
				decision.kind !== 'seat' &&
				[input.workshopFirstId, input.workshopSecondId].includes(r.workshopId);
			changes = keep
				? workshopFields(
						{
							kind: 'seat',
							workshopId: r.workshopId!,
							wish: r.workshopId === input.workshopFirstId ? 'first' : 'second'
						},
						input.workshopFirstId,
						ctx.now
					)
				: workshopFields(decision, input.workshopFirstId, ctx.now);
		}
		const [row] = await tx
			.update(registrations)
			.set({ ...input, ...changes })
			.where(eq(registrations.id, r.id))
			.returning();
		await audit(tx, ctx, 'registration.updated', row.id);
		await fillFreedSeats(tx, edition, capacity, ctx);
		const loads = await workshopLoads(tx, edition.id);
		const fresh = await lockedRegistration(tx, row.id);
		await queue(
			tx,
			mails.changedMail(fresh, mailContext(edition, ctx.origin, fresh, loads)),
			ctx.now
		);
		return fresh;
	});
}

export async function cancelRegistration(
	db: Database,
	token: string,
	ctx: Context
): Promise<{ promoted: number }> {
	const found = await registrationByToken(db, token);
	return cancelById(db, found.id, ctx, true);
}

export async function cancelById(
	db: Database,
	id: number,
	ctx: Context,
	sendMail: boolean
): Promise<{ promoted: number }> {
	const [{ editionId }] = await db
		.select({ editionId: registrations.editionId })
		.from(registrations)
		.where(eq(registrations.id, id));
	const edition = await editionById(db, editionId);
	return withEditionLock(db, editionId, async (tx, capacity) => {
		const r = await lockedRegistration(tx, id);
		requireActive(r);
		const [row] = await tx
			.update(registrations)
			.set({
				status: 'cancelled',
				cancelledAt: ctx.now,
				workshopId: null,
				workshopWaitlistId: null,
				workshopWaitlistSince: null
			})
			.where(eq(registrations.id, r.id))
			.returning();
		await audit(tx, ctx, 'registration.cancelled', row.id, { previousStatus: r.status });
		if (sendMail) {
			const loads = await workshopLoads(tx, edition.id);
			await queue(
				tx,
				mails.cancelledMail(row, mailContext(edition, ctx.origin, row, loads)),
				ctx.now
			);
		}
		return { promoted: await fillFreedSeats(tx, edition, capacity, ctx) };
	});
}

/**
 * Leaving the waiting list from the personal page: only a waiting registration can, and nobody is
 * promoted by it (no seat is freed). The place counts by arrival order among those waiting, so
 * everyone behind moves up one place at once; the person gets a mail saying so.
 */
export async function leaveWaitlist(db: Database, token: string, ctx: Context): Promise<void> {
	const found = await registrationByToken(db, token);
	const edition = await editionById(db, found.editionId);
	await withEditionLock(db, found.editionId, async (tx) => {
		const r = await lockedRegistration(tx, found.id);
		if (r.status !== 'waitlisted') throw new RegistrationError('nicht_mehr_auf_warteliste');
		const position = await waitlistPosition(tx, edition.id, r.id);
		const [row] = await tx
			.update(registrations)
			.set({
				status: 'cancelled',
				cancelledAt: ctx.now,
				workshopId: null,
				workshopWaitlistId: null,
				workshopWaitlistSince: null
			})
			.where(eq(registrations.id, r.id))
			.returning();
		await audit(tx, ctx, 'waitlist.left', row.id, { position });
		await queue(
			tx,
			mails.waitlistLeftMail(row, mailContext(edition, ctx.origin, row, new Map())),
			ctx.now
		);
	});
}

const anonymousFields = {
	firstName: '',
	lastName: '',
	email: '',
	organisation: null,
	jobTitle: null,
	needsOther: null,
	dietary: null
};

/**
 * "Delete my data": frees the seat (to the waiting list) and removes everything personal,
 * including queued and sent mails and the answers to the edition's own questions; only anonymous counts (sector, municipality) remain.
 */
export async function deleteRegistration(db: Database, token: string, ctx: Context): Promise<void> {
	const found = await registrationByToken(db, token);
	if (found.status !== 'cancelled' && found.status !== 'expired') {
		await cancelById(db, found.id, ctx, false);
	}
	await db.transaction(async (tx) => {
		await anonymise(tx, [found.id], ctx.now);
		await audit(tx, ctx, 'registration.anonymised', found.id, { by: 'participant' });
	});
}

/**
 * Everything that holds the people's personal data, in the caller's transaction: the registration
 * row (only status, sector, municipality, workshop and dates remain), the personal links, the
 * answers to the edition's own questions, every
 * mail to them (registration mails, mailings, reminders, vote links — all `registration:<id>`;
 * vote-link mails queued before they were tied to the registration carried `world_cafe:<id>` and
 * are found by address) and their World Café vote links. Seats, topic wishes and votes stay, tied
 * to the anonymous row. The audit log never holds names or addresses of participants.
 */
async function anonymise(tx: Transaction, ids: number[], now: Date): Promise<void> {
	if (!ids.length) return;
	const people = await tx
		.select({ email: registrations.email })
		.from(registrations)
		.where(inArray(registrations.id, ids));
	const addresses = people.map((p) => p.email.toLowerCase()).filter((a) => a !== '');
	await tx
		.update(registrations)
		.set({ ...anonymousFields, anonymisedAt: now })
		.where(inArray(registrations.id, ids));
	await tx.delete(registrationTokens).where(inArray(registrationTokens.registrationId, ids));
	await deleteAnswers(tx, ids);
	const ownMails = inArray(
		mailOutbox.subjectRef,
		ids.map((id) => `registration:${id}`)
	);
	await tx
		.delete(mailOutbox)
		.where(
			addresses.length
				? or(
						ownMails,
						and(
							like(mailOutbox.subjectRef, 'world\\_cafe:%'),
							inArray(sql`lower(${mailOutbox.toAddress})`, addresses)
						)
					)
				: ownMails
		);
	await revokeVoteLinks(tx, ids);
	await revokeSurveyLinks(tx, ids);
}

/** Expires registrations whose address was not confirmed in time and hands their seats on. */
export async function expireUnconfirmed(db: Database, ctx: Context): Promise<number> {
	const due = await db
		.selectDistinct({ editionId: registrations.editionId })
		.from(registrations)
		.where(
			and(
				inArray(registrations.status, ['pending', 'waitlisted']),
				isNull(registrations.emailConfirmedAt),
				lte(registrations.expiresAt, ctx.now)
			)
		);
	let expired = 0;
	for (const { editionId } of due) {
		const edition = await editionById(db, editionId);
		expired += await withEditionLock(db, editionId, async (tx, capacity) => {
			const rows = await tx
				.update(registrations)
				.set({
					status: 'expired',
					workshopId: null,
					workshopWaitlistId: null,
					workshopWaitlistSince: null
				})
				.where(
					and(
						eq(registrations.editionId, editionId),
						inArray(registrations.status, ['pending', 'waitlisted']),
						isNull(registrations.emailConfirmedAt),
						lte(registrations.expiresAt, ctx.now)
					)
				)
				.returning();
			const loads = await workshopLoads(tx, editionId);
			for (const row of rows) {
				await audit(tx, ctx, 'registration.expired', row.id);
				await queue(
					tx,
					mails.expiredMail(row, mailContext(edition, ctx.origin, row, loads)),
					ctx.now
				);
			}
			await fillFreedSeats(tx, edition, capacity, ctx);
			return rows.length;
		});
	}
	return expired;
}

/**
 * DSGVO: `retentionDays` after the event, participants' personal data is anonymised; status,
 * sector, municipality and workshop stay for the statistics.
 */
export async function anonymisePastEditions(
	db: Database,
	today: string,
	now: Date
): Promise<number> {
	const candidates = await db
		.select({ id: editions.id, date: editions.date, retentionDays: editions.retentionDays })
		.from(editions);
	let total = 0;
	for (const e of candidates.filter((c) => isPastRetention(c.date, c.retentionDays, today))) {
		await db.transaction(async (tx) => {
			const rows = await tx
				.select({ id: registrations.id })
				.from(registrations)
				.where(and(eq(registrations.editionId, e.id), isNull(registrations.anonymisedAt)));
			if (!rows.length) return;
			await anonymise(
				tx,
				rows.map((r) => r.id),
				now
			);
			await recordAudit(
				tx,
				{
					actorUserId: null,
					action: 'edition.participants_anonymised',
					subjectType: 'edition',
					subjectId: e.id,
					details: { registrations: rows.length, by: 'retention' }
				},
				now
			);
			total += rows.length;
		});
	}
	return total;
}

/** Raising the capacity offers the new seats to the waiting list at once. */
export async function changeCapacity(
	db: Database,
	year: number,
	capacity: number,
	ctx: Context
): Promise<{ promoted: number }> {
	const edition = await registrationEdition(db, year);
	if (!edition) throw new RegistrationError('konferenz_unbekannt');
	return withEditionLock(db, edition.id, (tx) => setCapacity(tx, edition, capacity, ctx));
}

/**
 * The capacity change itself, inside the edition lock of the caller's transaction (so an
 * organiser's whole form is one transaction): write, audit, offer new seats to the waiting list.
 */
export async function setCapacity(
	tx: Transaction,
	edition: RegistrationEdition,
	capacity: number,
	ctx: Context
): Promise<{ promoted: number }> {
	await tx.update(editions).set({ capacity }).where(eq(editions.id, edition.id));
	await recordAudit(
		tx,
		{
			actorUserId: ctx.actorUserId ?? null,
			action: 'edition.capacity_changed',
			subjectType: 'edition',
			subjectId: edition.id,
			details: { from: edition.capacity ?? null, to: capacity }
		},
		ctx.now
	);
	return { promoted: await fillFreedSeats(tx, edition, capacity, ctx) };
}

export interface SeatCounts {
	capacity: number | null;
	seatsTaken: number;
	waitlisted: number;
	workshops: { id: number; title: string; capacity: number; seatsTaken: number }[];
}

export async function seatCounts(db: Database, editionId: number): Promise<SeatCounts> {
	const [totals] = await db
		.select({
			capacity: editions.capacity,
			seatsTaken:
				sql<number>`count(${registrations.id}) filter (where ${registrations.status} in ('pending', 'confirmed'))`.mapWith(
					Number
				),
			waitlisted:
				sql<number>`count(${registrations.id}) filter (where ${registrations.status} = 'waitlisted')`.mapWith(
					Number
				)
		})
		.from(editions)
		.leftJoin(registrations, eq(registrations.editionId, editions.id))
		.where(eq(editions.id, editionId))
		.groupBy(editions.id);
	const loads = await workshopLoads(db, editionId);
	return {
		capacity: totals?.capacity ?? null,
		seatsTaken: totals?.seatsTaken ?? 0,
		waitlisted: totals?.waitlisted ?? 0,
		workshops: [...loads.values()].map((w) => ({
			id: w.id,
			title: w.title,
			capacity: w.capacity,
			seatsTaken: w.taken
		}))
	};
}

export interface RegistrationView {
	registration: Registration;
	edition: RegistrationEdition;
	workshops: WorkshopInfo[];
	waitlistPosition: number | null;
}

/** What the personal page shows. */
export async function registrationView(db: Database, token: string): Promise<RegistrationView> {
	const registration = await registrationByToken(db, token);
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the texts stay on the server
	const { mailTexts: _texts, ...edition } = await editionById(db, registration.editionId);
	const loads = await workshopLoads(db, edition.id);
	return {
		registration,
		edition,
		workshops: [...loads.values()],
		waitlistPosition:
			registration.status === 'waitlisted'
				? await waitlistPosition(db, edition.id, registration.id)
				: null
	};
}

async function answersForExport(db: Database, registrationId: number, editionId: number) {
	const [stored, asked] = await Promise.all([
		answersOf(db, [registrationId]),
		editionQuestions(db, editionId)
	]);
	const mine = stored.get(registrationId) ?? new Map<number, string[]>();
	return asked
		.filter((q) => mine.has(q.id))
		.map((q) => ({ frage: q.labelDe, antwort: answerText(q, mine.get(q.id)!, 'de') }));
}

/** Everything stored about the person (DSGVO Art. 15 / 20), as a downloadable document. */
export async function exportRegistration(db: Database, token: string) {
	const view = await registrationView(db, token);
	const r = view.registration;
	const title = (id: number | null) =>
		id === null ? null : (view.workshops.find((w) => w.id === id)?.title ?? null);
	return {
		konferenz: `Sozialkonferenz Ruhr ${view.edition.year}: ${view.edition.title}`,
		status: r.status,
		wartelistenplatz: view.waitlistPosition,
		vorname: r.firstName,
		nachname: r.lastName,
		email: r.email,
		organisation: r.organisation,
		funktion: r.jobTitle,
		bereich: r.sector,
		kommune: r.municipalityAgs,
		workshopErstwunsch: title(r.workshopFirstId),
		workshopZweitwunsch: title(r.workshopSecondId),
		workshop: title(r.workshopId),
		workshopWarteliste: title(r.workshopWaitlistId),
		barrierefreiheit: {
			stufenlos: r.needsStepFree,
			gebaerdensprache: r.needsSignLanguage,
			induktionsschleife: r.needsInductionLoop,
			sonstiges: r.needsOther
		},
		verpflegung: r.dietary,
		einwilligungen: { teilnehmendenliste: r.consentListing, fotos: r.consentPhotos },
		eigeneFragen: await answersForExport(db, r.id, r.editionId),
		datenschutzhinweiseGelesenAm: r.privacyAcknowledgedAt.toISOString(),
		angemeldetAm: r.createdAt.toISOString(),
		emailBestaetigtAm: r.emailConfirmedAt?.toISOString() ?? null,
		abgemeldetAm: r.cancelledAt?.toISOString() ?? null
	};
}
