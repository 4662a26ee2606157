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
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { editions } from './conference';
import { registrations } from './registration';
import { users } from './auth';
import { languages } from '../../../types/enums';
import { inList } from './types';

import { questionKinds, type QuestionOption } from '../../../types/questions';

export { questionKinds };
export type { QuestionKind, QuestionOption } from '../../../types/questions';

/**
 * An edition's own question on the registration form. `showIfQuestionId`/`showIfValue`: the
 * question is asked only when that earlier question was answered with that value (for a
 * multiple choice: among the values); a question not asked is neither required nor stored.
 */
export const questions = pgTable(
	'questions',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: questionKinds }).notNull(),
		labelDe: text('label_de').notNull(),
		labelEn: text('label_en').notNull(),
		required: boolean('required').notNull().default(false),
		options: jsonb('options').$type<QuestionOption[]>().notNull().default([]),
		showIfQuestionId: integer('show_if_question_id').references((): AnyPgColumn => questions.id, {
			onDelete: 'cascade'
		}),
		showIfValue: text('show_if_value'),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		check('questions_kind_known', sql`${t.kind} in (${inList(questionKinds)})`),
		check(
			'questions_condition_complete',
			sql`(${t.showIfQuestionId} is null) = (${t.showIfValue} is null)`
		),
		index('questions_edition_idx').on(t.editionId, t.position)
	]
);

/**
 * A registration's answers to the own questions: one row per value (a multiple choice has one
 * row per chosen option). Personal data: deleted when the registration is anonymised.
 */
export const registrationAnswers = pgTable(
	'registration_answers',
	{
		id: serial('id').primaryKey(),
		registrationId: integer('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		questionId: integer('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		value: text('value').notNull()
	},
	(t) => [
		index('registration_answers_registration_idx').on(t.registrationId),
		index('registration_answers_question_idx').on(t.questionId, t.value)
	]
);

/**
 * An organiser's wording of one registration mail of an edition in one language; without a row
 * the catalogue's default text is sent. `body` is paragraphs with placeholders (see mail-texts.ts).
 */
export const mailTexts = pgTable(
	'mail_texts',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		language: text('language', { enum: languages }).notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
		updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [
		check('mail_texts_language_known', sql`${t.language} in (${inList(languages)})`),
		uniqueIndex('mail_texts_edition_kind_language').on(t.editionId, t.kind, t.language)
	]
);
