import { eq } from 'drizzle-orm';
import type { Locale } from '$lib/i18n';
import type { Database, Transaction } from '../db';
import { registrations } from '../db/schema';
import { recordAudit } from '../audit';
import { AnswersError, RegistrationError } from './errors';
import * as mails from './mails';
import type { OrganiserContext } from './organiser';
import {
	answerText,
	answerValues,
	answersOf,
	checkAnswers,
	editionQuestions,
	isAsked,
	labelOf,
	replaceAnswers,
	type CheckedAnswer,
	type Question,
	type RawAnswers
} from './questions';
import {
	editionById,
	lockedTransaction,
	mailContext,
	queue,
	registrationByToken,
	requireActive,
	workshopLoads,
	type Context,
	type Registration
} from './store';

/**
 * Changing the answers to an edition's own questions after registering: by the person on their
 * personal page, by an organiser on the registration's page. Both check them exactly as the
 * registration form does (`checkAnswers`: required questions, conditions, offered options,
 * ANSWER_MAX) and may change them while the registration is active, as the other details; a
 * cancelled or expired registration keeps its answers as they are.
 *
 * Nothing cached holds answers (the page cache keeps public pages without personal data, the
 * registration's read cache editions and questions), so a change has nothing to invalidate.
 */

/** Who changed the answers, for the audit entry. */
type Changer = 'participant' | 'organiser';

/** The questions whose answers differ between the stored ones and the new ones. */
export function changedQuestions(
	before: ReadonlyMap<number, readonly string[]>,
	after: readonly CheckedAnswer[]
): number[] {
	const next = new Map<number, string[]>();
	for (const a of after) next.set(a.questionId, [...(next.get(a.questionId) ?? []), a.value]);
	const ids = [...new Set([...before.keys(), ...next.keys()])].sort((a, b) => a - b);
	const key = (values: readonly string[] = []) => JSON.stringify([...values].sort());
	const same = (x?: readonly string[], y?: readonly string[]) => key(x) === key(y);
	return ids.filter((id) => !same(before.get(id), next.get(id)));
}

/**
 * The registration's answers replaced by the ones given, under a lock on its row (two tabs
 * saving at once write one after the other). The questions are read in the transaction, so the
 * answers are checked against the questions as they are now; a question whose condition no
 * longer holds loses its answer. Invalid answers throw `AnswersError` and change nothing; an
 * unchanged set writes nothing (no audit entry, no mail).
 */
async function rewriteAnswers(
	db: Database,
	registrationId: number,
	raw: RawAnswers,
	ctx: Context,
	by: Changer
): Promise<{ changed: number }> {
	return lockedTransaction(db, async (tx) => {
		const [r] = await tx
			.select()
			.from(registrations)
			.where(eq(registrations.id, registrationId))
			.for('update');
		if (!r || r.anonymisedAt) throw new RegistrationError('anmeldung_unbekannt');
		requireActive(r);
		const checked = checkAnswers(await editionQuestions(tx, r.editionId), raw);
		if (!checked.ok) throw new AnswersError(checked.errors);
		const before = (await answersOf(tx, [r.id])).get(r.id) ?? new Map<number, string[]>();
		const changed = changedQuestions(before, checked.answers);
		if (!changed.length) return { changed: 0 };
		await replaceAnswers(tx, r.id, checked.answers);
		await recordAudit(
			tx,
			{
				actorUserId: ctx.actorUserId ?? null,
				action: 'registration.answers_changed',
				subjectType: 'registration',
				subjectId: r.id,
				// How many answers changed, never what they say: the log holds no personal data.
				details: { by, questions: changed.length }
			},
			ctx.now
		);
		if (by === 'participant') await queueChangedMail(tx, r, ctx);
		return { changed: changed.length };
	});
}

/** The person is told of a change made with their link, as after changing their details. */
async function queueChangedMail(tx: Transaction, r: Registration, ctx: Context) {
	const edition = await editionById(tx, r.editionId);
	const loads = await workshopLoads(tx, r.editionId);
	await queue(tx, mails.changedMail(r, mailContext(edition, ctx.origin, r, loads)), ctx.now);
}

/** The person changes their answers through their personal link. */
export async function changeOwnAnswers(
	db: Database,
	token: string,
	raw: RawAnswers,
	ctx: Context
): Promise<{ changed: number }> {
	const found = await registrationByToken(db, token);
	return rewriteAnswers(db, found.id, raw, { ...ctx, actorUserId: null }, 'participant');
}

/** An organiser corrects a person's answers (e.g. told on the phone); the person is not mailed. */
export async function changeAnswersByOrganiser(
	db: Database,
	registrationId: number,
	raw: RawAnswers,
	ctx: OrganiserContext
): Promise<{ changed: number }> {
	return rewriteAnswers(db, registrationId, raw, ctx, 'organiser');
}

export interface AnswerSheet {
	questions: Question[];
	/** The stored answers as the values of the form's fields. */
	values: Record<string, string>;
	/** Each question asked, given the stored answers, with its answer as text (null: none yet). */
	shown: { questionId: number; label: string; answer: string | null }[];
}

/** A registration's answers for its pages: to show them, and to edit them in the form. */
export async function answerSheet(
	db: Database,
	registration: Pick<Registration, 'id' | 'editionId'>,
	lang: Locale
): Promise<AnswerSheet> {
	const [questions, stored] = await Promise.all([
		editionQuestions(db, registration.editionId),
		answersOf(db, [registration.id])
	]);
	const mine = stored.get(registration.id) ?? new Map<number, string[]>();
	return {
		questions,
		values: answerValues(questions, mine),
		shown: questions
			.filter((q) => isAsked(q, questions, mine))
			.map((q) => {
				const given = mine.get(q.id);
				return {
					questionId: q.id,
					label: labelOf(q, lang),
					answer: given?.length ? answerText(q, given, lang) : null
				};
			})
	};
}
