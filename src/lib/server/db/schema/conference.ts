import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	time,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { organisations } from './actors';
import { inList, tsvector } from './types';
import { partnerRoles, sessionKinds } from '../../../types/enums';

export { partnerRoles, sessionKinds };
export type { PartnerRole, SessionKind } from '../../../types/enums';

/**
 * One edition of the Sozialkonferenz Ruhr. Facts that are not known (date, venue of early
 * editions) stay null rather than being invented.
 */
export const editions = pgTable(
	'editions',
	{
		id: serial('id').primaryKey(),
		year: integer('year').notNull().unique(),
		number: integer('number'),
		title: text('title').notNull(),
		theme: text('theme'),
		description: text('description'),
		summary: text('summary'),
		date: date('date'),
		dateNote: text('date_note'),
		startTime: time('start_time'),
		endTime: time('end_time'),
		venueName: text('venue_name'),
		venueStreet: text('venue_street'),
		venuePostcode: text('venue_postcode'),
		venueCity: text('venue_city'),
		isDemo: boolean('is_demo').notNull().default(false),
		/** Seats for participants; null = no registration through the platform. */
		capacity: integer('capacity'),
		registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
		/** The Anmeldeschluss. */
		registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
		/** Hours a registration may stay unconfirmed (double opt-in) before it expires. */
		confirmationHours: integer('confirmation_hours').notNull().default(72),
		/** Days after the event when participants' personal data is anonymised (DSGVO). */
		retentionDays: integer('retention_days').notNull().default(90),
		published: boolean('published').notNull().default(true),
		/** Send the reminder mail to confirmed participants a week before (see reminderRuns). */
		reminderEnabled: boolean('reminder_enabled').notNull().default(true),
		search: tsvector('search').generatedAlwaysAs(
			sql`setweight(to_tsvector('german', coalesce(title, '') || ' ' || coalesce(theme, '')), 'A') || setweight(to_tsvector('german', coalesce(description, '') || ' ' || coalesce(venue_city, '')), 'B') || setweight(to_tsvector('german', coalesce(summary, '')), 'C')`
		)
	},
	(t) => [
		check('editions_year_range', sql`${t.year} between 2000 and 2200`),
		check('editions_capacity_nonnegative', sql`${t.capacity} is null or ${t.capacity} >= 0`),
		check('editions_confirmation_hours_positive', sql`${t.confirmationHours} > 0`),
		check('editions_retention_days_nonnegative', sql`${t.retentionDays} >= 0`),
		check('editions_number_positive', sql`${t.number} is null or ${t.number} > 0`),
		check(
			'editions_times_ordered',
			sql`${t.startTime} is null or ${t.endTime} is null or ${t.startTime} < ${t.endTime}`
		),
		index('editions_search_idx').using('gin', t.search)
	]
);

export const editionPartners = pgTable(
	'edition_partners',
	{
		editionId: integer('edition_id')
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'restrict' }),
		role: text('role', { enum: partnerRoles }).notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.editionId, t.organisationId] }),
		check('edition_partners_role_known', sql`${t.role} in (${inList(partnerRoles)})`)
	]
);

export const speakers = pgTable(
	'speakers',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** Academic title shown before the name, e.g. "Prof. Dr.". */
		title: text('title'),
		/** Function or position, e.g. "Referatsleitung Grundsatzfragen Soziales". */
		role: text('role'),
		organisationId: integer('organisation_id').references(() => organisations.id, {
			onDelete: 'set null'
		}),
		position: integer('position').notNull().default(0)
	},
	(t) => [index('speakers_edition_idx').on(t.editionId)]
);

export const sessions = pgTable(
	'sessions',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: sessionKinds }).notNull(),
		title: text('title').notNull(),
		description: text('description'),
		/** Null for sessions of early editions whose exact times are not on record. */
		startsAt: timestamp('starts_at', { withTimezone: true }),
		endsAt: timestamp('ends_at', { withTimezone: true }),
		room: text('room'),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		check('sessions_kind_known', sql`${t.kind} in (${inList(sessionKinds)})`),
		check('sessions_times_together', sql`(${t.startsAt} is null) = (${t.endsAt} is null)`),
		check('sessions_times_ordered', sql`${t.startsAt} is null or ${t.startsAt} < ${t.endsAt}`),
		index('sessions_edition_idx').on(t.editionId, t.position)
	]
);

export const sessionSpeakers = pgTable(
	'session_speakers',
	{
		sessionId: integer('session_id')
			.notNull()
			.references(() => sessions.id, { onDelete: 'cascade' }),
		speakerId: integer('speaker_id')
			.notNull()
			.references(() => speakers.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.sessionId, t.speakerId] }),
		unique('session_speakers_position').on(t.sessionId, t.position)
	]
);

/**
 * The automatic "one week before" reminder of an edition, once it has been queued. The primary key
 * makes it happen at most once per edition, whatever number of app instances run the job.
 */
export const reminderRuns = pgTable(
	'reminder_runs',
	{
		editionId: integer('edition_id')
			.primaryKey()
			.references(() => editions.id, { onDelete: 'cascade' }),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
		recipients: integer('recipients').notNull()
	},
	(t) => [check('reminder_runs_recipients_nonnegative', sql`${t.recipients} >= 0`)]
);
