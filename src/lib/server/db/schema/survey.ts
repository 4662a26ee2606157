import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { editions } from './conference';
import { registrations } from './registration';
import { inList } from './types';
import {
	surveyQuestionKinds,
	type SurveyAnswerValue,
	type SurveyOption,
	type SurveyQuestionKind
} from '../../../types/survey';

export { surveyQuestionKinds };
export type { SurveyAnswerValue, SurveyOption, SurveyQuestionKind };

/**
 * The feedback survey of an edition. Sent once to the checked-in participants, reminded once;
 * `publishedSummary` is the summary as published into the edition's documentation (frozen at
 * publication, like a report's snapshot).
 */
export const surveys = pgTable(
	'surveys',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		publishedSummary: jsonb('published_summary')
	},
	(t) => [uniqueIndex('surveys_edition').on(t.editionId)]
);

export const surveyQuestions = pgTable(
	'survey_questions',
	{
		id: serial('id').primaryKey(),
		surveyId: integer('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		kind: text('kind', { enum: surveyQuestionKinds }).notNull(),
		textDe: text('text_de').notNull(),
		textEn: text('text_en'),
		options: jsonb('options').$type<SurveyOption[]>().notNull().default([]),
		required: boolean('required').notNull().default(false)
	},
	(t) => [
		check('survey_questions_kind_known', sql`${t.kind} in (${inList(surveyQuestionKinds)})`),
		index('survey_questions_survey_idx').on(t.surveyId, t.position)
	]
);

/**
 * Who may answer: one row per checked-in participant the survey was sent to. `used` says that
 * the person has answered — never which answer is theirs: the answer is stored in
 * `survey_responses` without any reference to this row or the registration, and this row keeps
 * no time of use.
 */
export const surveyInvitations = pgTable(
	'survey_invitations',
	{
		id: serial('id').primaryKey(),
		surveyId: integer('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		registrationId: integer('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		used: boolean('used').notNull().default(false)
	},
	(t) => [uniqueIndex('survey_invitations_person').on(t.surveyId, t.registrationId)]
);

/**
 * The links of an invitation (the first mail and the reminder each carry one), stored only as
 * SHA-256 hashes. Any of them answers once for the invitation.
 */
export const surveyTokens = pgTable(
	'survey_tokens',
	{
		tokenHash: text('token_hash').primaryKey(),
		invitationId: integer('invitation_id')
			.notNull()
			.references(() => surveyInvitations.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('survey_tokens_invitation_idx').on(t.invitationId)]
);

/**
 * Anonymous answers: no registration, no invitation, no time; a random id so that not even the
 * order of the rows follows the order of answering.
 */
export const surveyResponses = pgTable(
	'survey_responses',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		surveyId: integer('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		/** Question id → answer; unanswered optional questions are absent. */
		answers: jsonb('answers').$type<Record<string, SurveyAnswerValue>>().notNull()
	},
	(t) => [index('survey_responses_survey_idx').on(t.surveyId)]
);
