import { and, asc, eq, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';
import { translator } from '$lib/i18n';
import type { Language } from '$lib/types/enums';
import type { Database, Transaction } from '../db';
import {
	editions,
	registrations,
	surveyInvitations,
	surveyQuestions,
	surveyResponses,
	surveyTokens,
	surveys
} from '../db/schema';
import { recordAudit } from '../audit';
import { berlinInstant } from '../conference/time';
import { enqueueMail, link, message, para, renderMail, type OutgoingMail } from '../mail';
import { hashToken, looksLikeToken, newToken } from '../registration/tokens';
import {
	SurveyError,
	checkAnswers,
	summarise,
	type QuestionInput,
	type SurveyQuestion,
	type SurveySummary
} from './rules';
import type { MessageKey } from '$lib/i18n';

type Db = Database | Transaction;

export interface SurveyActor {
	actorUserId: number | null;
	now: Date;
}

export interface SurveyState {
	id: number | null;
	sentAt: Date | null;
	reminderSentAt: Date | null;
	publishedAt: Date | null;
	questions: SurveyQuestion[];
	invited: number;
	answered: number;
	/** The conference has begun: the survey may go out (see `surveyMayBeSent`). */
	mayBeSent: boolean;
}

const questionColumns = {
	id: surveyQuestions.id,
	kind: surveyQuestions.kind,
	textDe: surveyQuestions.textDe,
	textEn: surveyQuestions.textEn,
	options: surveyQuestions.options,
	required: surveyQuestions.required
};

async function surveyRow(db: Db, editionId: number) {
	const [row] = await db.select().from(surveys).where(eq(surveys.editionId, editionId));
	return row ?? null;
}

async function questionsOf(db: Db, surveyId: number): Promise<SurveyQuestion[]> {
	return db
		.select(questionColumns)
		.from(surveyQuestions)
		.where(eq(surveyQuestions.surveyId, surveyId))
		.orderBy(asc(surveyQuestions.position), asc(surveyQuestions.id));
}

/** The edition's survey, created empty on first use; locked for the rest of the transaction. */
async function lockedSurvey(tx: Transaction, editionId: number) {
	await tx.insert(surveys).values({ editionId }).onConflictDoNothing({ target: surveys.editionId });
	const [row] = await tx
		.select()
		.from(surveys)
		.where(eq(surveys.editionId, editionId))
		.for('update');
	return row;
}

/** What the organisers' survey page shows. */
export async function surveyState(
	db: Database,
	editionId: number,
	now: Date
): Promise<SurveyState> {
	const [edition] = await db
		.select({ date: editions.date, startTime: editions.startTime })
		.from(editions)
		.where(eq(editions.id, editionId));
	const mayBeSent = surveyMayBeSent(edition, now);
	const row = await surveyRow(db, editionId);
	if (!row) {
		return {
			id: null,
			sentAt: null,
			reminderSentAt: null,
			publishedAt: null,
			questions: [],
			invited: 0,
			answered: 0,
			mayBeSent
		};
	}
	const [counts] = await db
		.select({
			invited: sql<number>`count(*)`.mapWith(Number),
			answered: sql<number>`count(*) filter (where ${surveyInvitations.used})`.mapWith(Number)
		})
		.from(surveyInvitations)
		.where(eq(surveyInvitations.surveyId, row.id));
	return {
		id: row.id,
		sentAt: row.sentAt,
		reminderSentAt: row.reminderSentAt,
		publishedAt: row.publishedAt,
		questions: await questionsOf(db, row.id),
		...counts,
		mayBeSent
	};
}

function refuseWhenSent(row: { sentAt: Date | null }) {
	if (row.sentAt) throw new SurveyError('survey.err.alreadySent');
}

/** Adds a question at the end; only before the survey is sent (answers must fit their question). */
export async function addQuestion(
	db: Database,
	editionId: number,
	input: QuestionInput,
	actor: SurveyActor
): Promise<number> {
	return db.transaction(async (tx) => {
		const survey = await lockedSurvey(tx, editionId);
		refuseWhenSent(survey);
		const [last] = await tx
			.select({ position: max(surveyQuestions.position) })
			.from(surveyQuestions)
			.where(eq(surveyQuestions.surveyId, survey.id));
		const [row] = await tx
			.insert(surveyQuestions)
			.values({
				surveyId: survey.id,
				position: (last?.position ?? -1) + 1,
				kind: input.kind,
				textDe: input.textDe,
				textEn: input.textEn,
				options: input.options,
				required: input.required
			})
			.returning({ id: surveyQuestions.id });
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'survey.question_added',
				subjectType: 'edition',
				subjectId: editionId,
				details: { question: row.id, kind: input.kind }
			},
			actor.now
		);
		return row.id;
	});
}

export async function deleteQuestion(
	db: Database,
	editionId: number,
	questionId: number,
	actor: SurveyActor
): Promise<void> {
	await db.transaction(async (tx) => {
		const survey = await lockedSurvey(tx, editionId);
		refuseWhenSent(survey);
		const deleted = await tx
			.delete(surveyQuestions)
			.where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, survey.id)))
			.returning({ id: surveyQuestions.id });
		if (!deleted.length) throw new SurveyError('survey.err.noQuestion');
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'survey.question_deleted',
				subjectType: 'edition',
				subjectId: editionId,
				details: { question: questionId }
			},
			actor.now
		);
	});
}

/** The survey may go out once the conference has begun (people are checked in on the day). */
export function surveyMayBeSent(
	edition: { date: string | null; startTime: string | null },
	now: Date
): boolean {
	if (!edition.date) return false;
	return now >= berlinInstant(edition.date, edition.startTime?.slice(0, 5) ?? '00:00');
}

export function surveyMail(
	person: { id: number; email: string; firstName: string; lastName: string; language: Language },
	edition: { year: number; title: string },
	url: string,
	reminder: boolean
): OutgoingMail {
	const t = translator(person.language);
	const content = renderMail(
		t(reminder ? 'mail.survey.reminderSubject' : 'mail.survey.subject', { year: edition.year }),
		[
			message(t('mail.greeting'), { name: `${person.firstName} ${person.lastName}` }),
			message(t(reminder ? 'mail.survey.reminderBody' : 'mail.survey.body'), {
				year: edition.year,
				title: edition.title
			}),
			para`${link(person.language === 'de' ? url : `${url}?lang=${person.language}`)}`,
			message(t('mail.survey.anonymous')),
			message(t('mail.signature'))
		],
		person.language
	);
	return {
		kind: reminder ? 'survey.reminder' : 'survey.invitation',
		subjectRef: `registration:${person.id}`,
		to: person.email,
		...content
	};
}

async function mailLink(
	tx: Transaction,
	invitationId: number,
	person: Parameters<typeof surveyMail>[0],
	edition: { year: number; title: string },
	origin: string,
	reminder: boolean,
	now: Date
) {
	const token = newToken();
	await tx
		.insert(surveyTokens)
		.values({ tokenHash: hashToken(token), invitationId, createdAt: now });
	await enqueueMail(tx, surveyMail(person, edition, `${origin}/umfrage/${token}`, reminder), now);
}

const personColumns = {
	id: registrations.id,
	email: registrations.email,
	firstName: registrations.firstName,
	lastName: registrations.lastName,
	language: registrations.language
};

/**
 * Sends the survey to everyone who was checked in (and only to them), once: an invitation and a
 * personal single-use link each, the mails in the outbox, all in one transaction.
 */
export async function sendSurvey(
	db: Database,
	editionId: number,
	origin: string,
	actor: SurveyActor
): Promise<number> {
	return db.transaction(async (tx) => {
		const survey = await lockedSurvey(tx, editionId);
		refuseWhenSent(survey);
		const [edition] = await tx.select().from(editions).where(eq(editions.id, editionId));
		if (!surveyMayBeSent(edition, actor.now)) throw new SurveyError('survey.err.tooEarly');
		if (!(await questionsOf(tx, survey.id)).length) throw new SurveyError('survey.err.noQuestions');
		const people = await tx
			.select(personColumns)
			.from(registrations)
			.where(
				and(
					eq(registrations.editionId, editionId),
					inArray(registrations.status, ['pending', 'confirmed']),
					isNotNull(registrations.checkedInAt),
					isNull(registrations.anonymisedAt)
				)
			)
			.orderBy(asc(registrations.id));
		if (!people.length) throw new SurveyError('survey.err.nobody');
		for (const person of people) {
			const [invitation] = await tx
				.insert(surveyInvitations)
				.values({ surveyId: survey.id, registrationId: person.id })
				.returning({ id: surveyInvitations.id });
			await mailLink(tx, invitation.id, person, edition, origin, false, actor.now);
		}
		await tx.update(surveys).set({ sentAt: actor.now }).where(eq(surveys.id, survey.id));
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'survey.sent',
				subjectType: 'edition',
				subjectId: editionId,
				details: { recipients: people.length }
			},
			actor.now
		);
		return people.length;
	});
}

/**
 * The one reminder: a new link to everyone invited who has not answered (either link answers,
 * once). A second reminder is refused.
 */
export async function remindSurvey(
	db: Database,
	editionId: number,
	origin: string,
	actor: SurveyActor
): Promise<number> {
	return db.transaction(async (tx) => {
		const survey = await lockedSurvey(tx, editionId);
		if (!survey.sentAt) throw new SurveyError('survey.err.notSent');
		if (survey.reminderSentAt) throw new SurveyError('survey.err.alreadyReminded');
		const [edition] = await tx.select().from(editions).where(eq(editions.id, editionId));
		const open = await tx
			.select({ invitationId: surveyInvitations.id, ...personColumns })
			.from(surveyInvitations)
			.innerJoin(registrations, eq(registrations.id, surveyInvitations.registrationId))
			.where(
				and(
					eq(surveyInvitations.surveyId, survey.id),
					eq(surveyInvitations.used, false),
					isNull(registrations.anonymisedAt)
				)
			)
			.orderBy(asc(surveyInvitations.id));
		for (const { invitationId, ...person } of open) {
			await mailLink(tx, invitationId, person, edition, origin, true, actor.now);
		}
		await tx.update(surveys).set({ reminderSentAt: actor.now }).where(eq(surveys.id, survey.id));
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'survey.reminded',
				subjectType: 'edition',
				subjectId: editionId,
				details: { recipients: open.length }
			},
			actor.now
		);
		return open.length;
	});
}

export interface SurveyForm {
	edition: { year: number; title: string };
	questions: SurveyQuestion[];
	used: boolean;
}

async function invitationByToken(db: Db, token: string) {
	if (!looksLikeToken(token)) return null;
	const [row] = await db
		.select({
			invitationId: surveyInvitations.id,
			surveyId: surveyInvitations.surveyId,
			used: surveyInvitations.used
		})
		.from(surveyTokens)
		.innerJoin(surveyInvitations, eq(surveyInvitations.id, surveyTokens.invitationId))
		.where(eq(surveyTokens.tokenHash, hashToken(token)));
	return row ?? null;
}

/** What the answer page shows for a link: the questions, or that this person has answered. */
export async function surveyForm(db: Database, token: string): Promise<SurveyForm | null> {
	const invitation = await invitationByToken(db, token);
	if (!invitation) return null;
	const [edition] = await db
		.select({ year: editions.year, title: editions.title })
		.from(surveys)
		.innerJoin(editions, eq(editions.id, surveys.editionId))
		.where(eq(surveys.id, invitation.surveyId));
	return {
		edition,
		questions: await questionsOf(db, invitation.surveyId),
		used: invitation.used
	};
}

export type AnswerOutcome =
	| { kind: 'saved' }
	| { kind: 'used' }
	| { kind: 'unknown' }
	| { kind: 'invalid'; errors: Record<string, MessageKey> };

/**
 * Stores one anonymous response. In one transaction: the invitation is locked and must be
 * unused; the response is inserted with no reference to the invitation or the person; the
 * invitation is marked used (without recording which response, or when). A second use of any of
 * the person's links is refused.
 */
export async function answerSurvey(
	db: Database,
	token: string,
	form: Record<string, string[]>
): Promise<AnswerOutcome> {
	return db.transaction(async (tx) => {
		const found = await invitationByToken(tx, token);
		if (!found) return { kind: 'unknown' };
		const [invitation] = await tx
			.select({ used: surveyInvitations.used })
			.from(surveyInvitations)
			.where(eq(surveyInvitations.id, found.invitationId))
			.for('update');
		if (invitation.used) return { kind: 'used' };
		const checked = checkAnswers(await questionsOf(tx, found.surveyId), form);
		if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
		await tx.insert(surveyResponses).values({ surveyId: found.surveyId, answers: checked.answers });
		await tx
			.update(surveyInvitations)
			.set({ used: true })
			.where(eq(surveyInvitations.id, found.invitationId));
		return { kind: 'saved' };
	});
}

/** The organisers' summary of the answers so far (null before there is a survey). */
export async function surveySummary(
	db: Database,
	editionId: number
): Promise<SurveySummary | null> {
	const row = await surveyRow(db, editionId);
	if (!row) return null;
	const [questions, responses, [invited]] = await Promise.all([
		questionsOf(db, row.id),
		db
			.select({ answers: surveyResponses.answers })
			.from(surveyResponses)
			.where(eq(surveyResponses.surveyId, row.id)),
		db
			.select({ count: sql<number>`count(*)`.mapWith(Number) })
			.from(surveyInvitations)
			.where(eq(surveyInvitations.surveyId, row.id))
	]);
	return summarise(
		questions,
		responses.map((r) => r.answers),
		invited.count
	);
}

/**
 * Publishes the summary into the edition's documentation: the summary as it is now is frozen and
 * shown on the archive page, in both languages. Publishing again replaces it with the current one.
 */
export async function publishSurveySummary(
	db: Database,
	editionId: number,
	actor: SurveyActor
): Promise<void> {
	const summary = await surveySummary(db, editionId);
	if (!summary || !summary.responses) throw new SurveyError('survey.err.noAnswers');
	await db.transaction(async (tx) => {
		const survey = await lockedSurvey(tx, editionId);
		await tx
			.update(surveys)
			.set({ publishedAt: actor.now, publishedSummary: summary })
			.where(eq(surveys.id, survey.id));
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'survey.published',
				subjectType: 'edition',
				subjectId: editionId,
				details: { responses: summary.responses }
			},
			actor.now
		);
	});
}

/** Takes a published summary back out of the documentation. */
export async function withdrawSurveySummary(
	db: Database,
	editionId: number,
	actor: SurveyActor
): Promise<void> {
	await db.transaction(async (tx) => {
		const survey = await lockedSurvey(tx, editionId);
		await tx
			.update(surveys)
			.set({ publishedAt: null, publishedSummary: null })
			.where(eq(surveys.id, survey.id));
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'survey.withdrawn',
				subjectType: 'edition',
				subjectId: editionId
			},
			actor.now
		);
	});
}

/** The published summary for the archive page, or null. */
export async function publishedSurveySummary(
	db: Database,
	editionId: number
): Promise<{ publishedAt: Date; summary: SurveySummary } | null> {
	const row = await surveyRow(db, editionId);
	if (!row?.publishedAt || !row.publishedSummary) return null;
	return { publishedAt: row.publishedAt, summary: row.publishedSummary as SurveySummary };
}

/**
 * Copies an edition's survey questions to another edition (the start of the next edition):
 * questions, options and order, nothing sent, nothing answered. The target's unsent questions
 * are replaced; a target whose survey was already sent is refused. Returns the number of
 * questions copied. Works inside a caller's transaction too.
 */
export async function copySurvey(
	db: Database | Transaction,
	fromEditionId: number,
	toEditionId: number
): Promise<number> {
	return db.transaction(async (tx) => {
		const source = await surveyRow(tx, fromEditionId);
		const questions = source ? await questionsOf(tx, source.id) : [];
		const target = await lockedSurvey(tx, toEditionId);
		refuseWhenSent(target);
		await tx.delete(surveyQuestions).where(eq(surveyQuestions.surveyId, target.id));
		if (questions.length) {
			await tx.insert(surveyQuestions).values(
				questions.map((q, position) => ({
					surveyId: target.id,
					position,
					kind: q.kind,
					textDe: q.textDe,
					textEn: q.textEn,
					options: q.options,
					required: q.required
				}))
			);
		}
		return questions.length;
	});
}

/**
 * When participants' data is deleted, their survey invitations and links go too: the links stop
 * opening. The answers already given stay, as they never had a way back to the person.
 */
export async function revokeSurveyLinks(tx: Transaction, registrationIds: number[]) {
	if (!registrationIds.length) return;
	await tx
		.delete(surveyInvitations)
		.where(inArray(surveyInvitations.registrationId, registrationIds));
}
