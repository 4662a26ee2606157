import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { messageRef } from '$lib/i18n';
import type { Database, Transaction } from '../db';
import {
	editionPartners,
	editions,
	mailTexts,
	questions,
	sessionSpeakers,
	sessions,
	speakers,
	workshops,
	worldCafes
} from '../db/schema';
import { recordAudit } from '../audit';
import { copySurvey } from '../survey/store';
import { integer, optionalDate } from '../fields';
import { EditingError } from './editing';
import { invalidatePublicReads } from './public';
import { berlinInstant, berlinWallClock } from './time';

/**
 * Copying an edition as the start of the next one. Everything edition-level is taken over with
 * its dates moved; nothing personal and no result of the day is. The list below is the whole
 * rule: a new edition-level table gets a step here (and a line in `copiedParts`), or is named
 * under `notCopied` with the reason.
 *
 * Copied:
 * - edition: title, theme, description, times, venue, seats, confirmation hours, retention days,
 *   reminder setting, registration window (moved); the new edition is unpublished, never a demo
 * - partners: organisers and cooperation partners with their roles and order
 * - programme: sessions (moved) with their speakers
 * - workshops: with seats and the session they belong to
 * - questions: the own registration questions with options and conditions
 * - mail texts: the edition's own wording of the registration mails
 * - survey: the feedback survey's questions (not sent, no invitations, no answers)
 * - World Café frame: title, questions, rounds and their length, votes per person (not tables,
 *   hosts, plans, notes or votes)
 *
 * Not copied: registrations (and their answers, tokens, check-ins, certificates, mails), survey
 * invitations and answers, World Café tables,
 * seats, notes, ideas and votes, the documentation and the summary, the reminder run.
 */
export const copiedParts = [
	'edition',
	'partners',
	'programme',
	'workshops',
	'questions',
	'mailTexts',
	'survey',
	'worldCafes'
] as const;
export type CopiedPart = (typeof copiedParts)[number];

export const CopyForm = z.object({
	year: integer({
		min: 2000,
		max: 2200,
		required: messageRef('cp.err.year'),
		invalid: messageRef('cp.err.year'),
		tooSmall: messageRef('cp.err.year'),
		tooLarge: messageRef('cp.err.year')
	}),
	date: optionalDate()
});
export type CopyInput = z.output<typeof CopyForm>;

/** Days from one calendar date to another. */
function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The same day `years` later (29 February becomes 28 February). */
export function sameDayIn(date: string, year: number): string {
	const [, m, d] = date.split('-').map(Number);
	const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
	return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
	const t = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
	return t.toISOString().slice(0, 10);
}

/**
 * The shift of the copy: whole days, applied to Berlin wall-clock time, so 09:30 stays 09:30
 * across a change to or from summer time.
 */
export function shiftBy(days: number) {
	return (instant: Date | null): Date | null => {
		if (!instant) return null;
		const w = berlinWallClock(instant);
		const day = `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
		const time = `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
		return berlinInstant(addDays(day, days), time);
	};
}

/** A row without its id, to be inserted as a new row. */
function withoutId<T extends { id: number }>(row: T): Omit<T, 'id'> {
	const copy: Partial<T> = { ...row };
	delete copy.id;
	return copy as Omit<T, 'id'>;
}

interface Actor {
	actorUserId: number;
	now: Date;
}

/**
 * A new edition in `input.year` as a copy of the edition of `sourceYear`; all dates move by the
 * days from the old date to `input.date` (or to the same day in the new year). One transaction.
 */
export async function copyEdition(
	db: Database,
	sourceYear: number,
	input: CopyInput,
	actor: Actor
): Promise<{ id: number; year: number; days: number }> {
	const [source] = await db.select().from(editions).where(eq(editions.year, sourceYear));
	if (!source) throw new EditingError('error.noEdition', 'form');
	const [taken] = await db
		.select({ id: editions.id })
		.from(editions)
		.where(eq(editions.year, input.year));
	if (taken) throw new EditingError(messageRef('cp.err.yearTaken', { year: input.year }), 'year');
	if (input.date && !input.date.startsWith(`${input.year}-`)) {
		throw new EditingError('cp.err.date', 'date');
	}
	const oldDate = source.date ?? `${source.year}-06-15`;
	const newDate = input.date ?? sameDayIn(oldDate, input.year);
	const days = daysBetween(oldDate, newDate);
	const shift = shiftBy(days);

	const created = await db.transaction(async (tx) => {
		const [edition] = await tx
			.insert(editions)
			.values({
				year: input.year,
				number: source.number === null ? null : source.number + (input.year - source.year),
				title: source.title,
				theme: source.theme,
				description: source.description,
				summary: null,
				date: source.date ? newDate : (input.date ?? null),
				dateNote: source.date ? null : source.dateNote,
				startTime: source.startTime,
				endTime: source.endTime,
				venueName: source.venueName,
				venueStreet: source.venueStreet,
				venuePostcode: source.venuePostcode,
				venueCity: source.venueCity,
				isDemo: false,
				capacity: source.capacity,
				registrationOpensAt: shift(source.registrationOpensAt),
				registrationClosesAt: shift(source.registrationClosesAt),
				confirmationHours: source.confirmationHours,
				retentionDays: source.retentionDays,
				published: false,
				reminderEnabled: source.reminderEnabled
			})
			.returning({ id: editions.id, year: editions.year });
		await copyParts(tx, source.id, edition.id, shift, actor.now);
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'edition.copied',
				subjectType: 'edition',
				subjectId: edition.id,
				details: { from: source.year, days }
			},
			actor.now
		);
		return edition;
	});
	invalidatePublicReads();
	return { ...created, days };
}

async function copyParts(
	tx: Transaction,
	from: number,
	to: number,
	shift: (d: Date | null) => Date | null,
	now: Date
): Promise<void> {
	const partners = await tx
		.select()
		.from(editionPartners)
		.where(eq(editionPartners.editionId, from));
	if (partners.length) {
		await tx.insert(editionPartners).values(partners.map((p) => ({ ...p, editionId: to })));
	}

	const speakerIds = new Map<number, number>();
	const oldSpeakers = await tx
		.select()
		.from(speakers)
		.where(eq(speakers.editionId, from))
		.orderBy(asc(speakers.id));
	for (const { id, ...speaker } of oldSpeakers) {
		const [row] = await tx
			.insert(speakers)
			.values({ ...speaker, editionId: to })
			.returning({ id: speakers.id });
		speakerIds.set(id, row.id);
	}

	const sessionIds = new Map<number, number>();
	const oldSessions = await tx
		.select()
		.from(sessions)
		.where(eq(sessions.editionId, from))
		.orderBy(asc(sessions.id));
	for (const { id, ...session } of oldSessions) {
		const [row] = await tx
			.insert(sessions)
			.values({
				...session,
				editionId: to,
				startsAt: shift(session.startsAt),
				endsAt: shift(session.endsAt)
			})
			.returning({ id: sessions.id });
		sessionIds.set(id, row.id);
	}
	if (sessionIds.size) {
		const links = await tx
			.select()
			.from(sessionSpeakers)
			.where(inArray(sessionSpeakers.sessionId, [...sessionIds.keys()]));
		const copied = links
			.filter((l) => speakerIds.has(l.speakerId))
			.map((l) => ({
				sessionId: sessionIds.get(l.sessionId)!,
				speakerId: speakerIds.get(l.speakerId)!,
				position: l.position
			}));
		if (copied.length) await tx.insert(sessionSpeakers).values(copied);
	}

	const oldWorkshops = await tx.select().from(workshops).where(eq(workshops.editionId, from));
	if (oldWorkshops.length) {
		await tx.insert(workshops).values(
			oldWorkshops.map((w) => ({
				...withoutId(w),
				editionId: to,
				sessionId: w.sessionId === null ? null : (sessionIds.get(w.sessionId) ?? null)
			}))
		);
	}

	// Conditions point at earlier questions, so copying in id order maps every parent first.
	const questionIds = new Map<number, number>();
	const oldQuestions = await tx
		.select()
		.from(questions)
		.where(eq(questions.editionId, from))
		.orderBy(asc(questions.id));
	for (const { id, ...q } of oldQuestions) {
		const parent = q.showIfQuestionId === null ? null : questionIds.get(q.showIfQuestionId);
		const [row] = await tx
			.insert(questions)
			.values({
				...q,
				editionId: to,
				showIfQuestionId: parent ?? null,
				showIfValue: parent ? q.showIfValue : null
			})
			.returning({ id: questions.id });
		questionIds.set(id, row.id);
	}

	const texts = await tx.select().from(mailTexts).where(eq(mailTexts.editionId, from));
	if (texts.length) {
		await tx.insert(mailTexts).values(texts.map((t) => ({ ...withoutId(t), editionId: to })));
	}

	await copySurvey(tx, from, to);

	const cafes = await tx.select().from(worldCafes).where(eq(worldCafes.editionId, from));
	for (const cafe of cafes) {
		await tx.insert(worldCafes).values({
			editionId: to,
			title: cafe.title,
			questions: cafe.questions,
			rounds: cafe.rounds,
			roundMinutes: cafe.roundMinutes,
			votesPerParticipant: cafe.votesPerParticipant,
			isDemo: false,
			createdAt: now
		});
	}
}
