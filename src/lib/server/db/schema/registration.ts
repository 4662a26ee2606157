import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { editions, sessions } from './conference';
import { languages, registrationStatuses, sectors } from '../../../types/enums';
import { inList } from './types';

export { languages, registrationStatuses, sectors };

/** A workshop of an edition with its own capacity; participants choose a first and second wish. */
export const workshops = pgTable(
	'workshops',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		sessionId: integer('session_id').references(() => sessions.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		description: text('description'),
		capacity: integer('capacity').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		check('workshops_capacity_nonnegative', sql`${t.capacity} >= 0`),
		index('workshops_edition_idx').on(t.editionId)
	]
);

/**
 * One person's registration for one edition. `status`:
 * pending    – seat held, e-mail address not yet confirmed (double opt-in)
 * confirmed  – seat held, address confirmed
 * waitlisted – no seat yet; `waitlistSince` orders the waiting list
 * cancelled / expired – no seat; kept for statistics until anonymised
 * The id is taken inside the edition lock, so id order is arrival order.
 */
export const registrations = pgTable(
	'registrations',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		status: text('status', { enum: registrationStatuses }).notNull(),
		firstName: text('first_name').notNull(),
		lastName: text('last_name').notNull(),
		/** Lower-cased for the one-registration-per-address rule; empty once anonymised. */
		email: text('email').notNull(),
		organisation: text('organisation'),
		jobTitle: text('job_title'),
		sector: text('sector', { enum: sectors }).notNull(),
		/** AGS of a Ruhr municipality, or null for "außerhalb der Metropole Ruhr". */
		municipalityAgs: text('municipality_ags'),
		/** The language the person registered in; every mail to them is written in it. */
		language: text('language', { enum: languages }).notNull().default('de'),
		workshopFirstId: integer('workshop_first_id').references(() => workshops.id, {
			onDelete: 'set null'
		}),
		workshopSecondId: integer('workshop_second_id').references(() => workshops.id, {
			onDelete: 'set null'
		}),
		/** The workshop seat actually held (only while the event seat is held). */
		workshopId: integer('workshop_id').references(() => workshops.id, { onDelete: 'set null' }),
		/** Waiting for a seat in this workshop (first wish) while holding an event seat. */
		workshopWaitlistId: integer('workshop_waitlist_id').references(() => workshops.id, {
			onDelete: 'set null'
		}),
		workshopWaitlistSince: timestamp('workshop_waitlist_since', { withTimezone: true }),
		needsStepFree: boolean('needs_step_free').notNull().default(false),
		needsSignLanguage: boolean('needs_sign_language').notNull().default(false),
		needsInductionLoop: boolean('needs_induction_loop').notNull().default(false),
		needsOther: text('needs_other'),
		dietary: text('dietary'),
		consentListing: boolean('consent_listing').notNull().default(false),
		consentPhotos: boolean('consent_photos').notNull().default(false),
		privacyAcknowledgedAt: timestamp('privacy_acknowledged_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }),
		/** Deadline for the e-mail confirmation. */
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		waitlistSince: timestamp('waitlist_since', { withTimezone: true }),
		seatSince: timestamp('seat_since', { withTimezone: true }),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
		/**
		 * Printed as a QR code on the name badge. A separate random id rather than a personal-link
		 * token: a badge can be reprinted at any time, so the value must be readable, and it only
		 * opens the check-in, never the personal page (see docs/backoffice.md).
		 */
		checkinCode: text('checkin_code')
			.notNull()
			.default(sql`replace(gen_random_uuid()::text, '-', '')`),
		anonymisedAt: timestamp('anonymised_at', { withTimezone: true })
	},
	(t) => [
		check(
			'registrations_status_known',
			sql`${t.status} in ('pending', 'confirmed', 'waitlisted', 'cancelled', 'expired')`
		),
		check('registrations_language_known', sql`${t.language} in (${inList(languages)})`),
		check(
			'registrations_ags_format',
			sql`${t.municipalityAgs} is null or ${t.municipalityAgs} ~ '^[0-9]{8}$'`
		),
		check(
			'registrations_workshop_only_with_seat',
			sql`${t.workshopId} is null or ${t.status} in ('pending', 'confirmed')`
		),
		// One active registration per address and edition; a cancelled one may register again.
		uniqueIndex('registrations_active_email')
			.on(t.editionId, t.email)
			.where(
				sql`${t.status} in ('pending', 'confirmed', 'waitlisted') and ${t.anonymisedAt} is null`
			),
		index('registrations_edition_status_idx').on(t.editionId, t.status),
		index('registrations_workshop_idx').on(t.workshopId),
		uniqueIndex('registrations_checkin_code').on(t.checkinCode)
	]
);

/**
 * Personal links: a long random token per link, stored only as its SHA-256 hash. Several may
 * exist for one registration (a link sent again does not invalidate the first).
 */
export const registrationTokens = pgTable(
	'registration_tokens',
	{
		id: serial('id').primaryKey(),
		registrationId: integer('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [uniqueIndex('registration_tokens_hash').on(t.tokenHash)]
);
