import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { editions, sessions } from './conference';
import { measures } from './planning';
import { inList, tsvector } from './types';
import { languages } from '../../../types/enums';
import { posterStatuses, type PosterField } from '../../../types/posters';

/**
 * The call for posters and practice examples of one edition (Posterausstellung / Praxisbörse).
 * Submissions are taken until `deadline`; `criteria` are what reviewers score (1–5 points each).
 * With `anonymousReview` reviewers do not see who submitted. `sessionId` is the programme slot
 * the accepted posters are shown in (e.g. the poster walk).
 */
export const posterCalls = pgTable(
	'poster_calls',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		deadline: timestamp('deadline', { withTimezone: true }).notNull(),
		fields: jsonb('fields').$type<PosterField[]>().notNull(),
		guidelines: text('guidelines'),
		maxBytes: integer('max_bytes').notNull(),
		criteria: jsonb('criteria').$type<string[]>().notNull(),
		anonymousReview: boolean('anonymous_review').notNull().default(false),
		sessionId: integer('session_id').references(() => sessions.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [
		uniqueIndex('poster_calls_edition_unique').on(t.editionId),
		check('poster_calls_max_bytes_positive', sql`${t.maxBytes} > 0`)
	]
);

/**
 * One poster submitted to a call, without an account. `email` reaches the submitter (for the
 * personal link and the decision) and is never shown to reviewers. The PDF lies under UPLOAD_DIR;
 * `body` is its extracted text, searched in the archive once the poster is accepted and the
 * event is over.
 */
export const posterSubmissions = pgTable(
	'poster_submissions',
	{
		id: serial('id').primaryKey(),
		callId: integer('call_id')
			.notNull()
			.references(() => posterCalls.id, { onDelete: 'cascade' }),
		/** SHA-256 of the personal link's token. */
		tokenHash: text('token_hash').notNull(),
		status: text('status', { enum: posterStatuses }).notNull().default('eingereicht'),
		title: text('title').notNull(),
		abstract: text('abstract').notNull(),
		fields: jsonb('fields').$type<PosterField[]>().notNull(),
		municipalityAgs: text('municipality_ags'),
		organisation: text('organisation'),
		email: text('email').notNull(),
		language: text('language', { enum: languages }).notNull().default('de'),
		filePath: text('file_path').notNull(),
		fileName: text('file_name').notNull(),
		sizeBytes: integer('size_bytes').notNull(),
		body: text('body').notNull().default(''),
		consent: boolean('consent').notNull(),
		boardNumber: integer('board_number'),
		/** A public measure of a Handlungsprogramm the poster presents (shown on both sides). */
		measureId: integer('measure_id').references(() => measures.id, { onDelete: 'set null' }),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		search: tsvector('search').generatedAlwaysAs(
			sql`setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(abstract, '')), 'B') || setweight(to_tsvector('german', body), 'C')`
		)
	},
	(t) => [
		uniqueIndex('poster_submissions_token_unique').on(t.tokenHash),
		uniqueIndex('poster_submissions_board_unique').on(t.callId, t.boardNumber),
		check('poster_submissions_status_known', sql`${t.status} in (${inList(posterStatuses)})`),
		check('poster_submissions_consent_given', sql`${t.consent}`),
		check(
			'poster_submissions_board_positive',
			sql`${t.boardNumber} is null or ${t.boardNumber} > 0`
		),
		check(
			'poster_submissions_board_only_accepted',
			sql`${t.boardNumber} is null or ${t.status} = 'angenommen'`
		),
		index('poster_submissions_call_idx').on(t.callId),
		index('poster_submissions_measure_idx').on(t.measureId),
		index('poster_submissions_search_idx').using('gin', t.search)
	]
);

/**
 * The authors of a poster in their order. `presents` marks the person who presents it at the
 * conference (exactly one per poster); co-authors who do not present have it false.
 */
export const posterAuthors = pgTable(
	'poster_authors',
	{
		id: serial('id').primaryKey(),
		submissionId: integer('submission_id')
			.notNull()
			.references(() => posterSubmissions.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		organisation: text('organisation'),
		presents: boolean('presents').notNull().default(false),
		position: integer('position').notNull()
	},
	(t) => [
		index('poster_authors_submission_idx').on(t.submissionId, t.position),
		uniqueIndex('poster_authors_one_presenter')
			.on(t.submissionId)
			.where(sql`${t.presents}`)
	]
);

/** Reviewers invited to a call; a reviewer sees only the calls they are invited to. */
export const posterReviewers = pgTable(
	'poster_reviewers',
	{
		callId: integer('call_id')
			.notNull()
			.references(() => posterCalls.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		invitedAt: timestamp('invited_at', { withTimezone: true }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.callId, t.userId] }),
		index('poster_reviewers_user_idx').on(t.userId)
	]
);

/** One reviewer's (or organiser's) scores of one submission, one per criterion, and a comment. */
export const posterReviews = pgTable(
	'poster_reviews',
	{
		submissionId: integer('submission_id')
			.notNull()
			.references(() => posterSubmissions.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		scores: jsonb('scores').$type<number[]>().notNull(),
		comment: text('comment'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.submissionId, t.userId] })]
);
