import { inList } from './types';
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
import { roles, tokenPurposes } from '../../../types/auth';
import { languages } from '../../../types/enums';

export { roles, tokenPurposes };
export type { Role, TokenPurpose } from '../../../types/auth';

/**
 * A person who works in the back office or the planning area. Participants register without an
 * account. A planner belongs to exactly one municipality (8-digit AGS, e.g. '05513000'), a Kreis
 * planner to exactly one Kreis (5-digit key, e.g. '05562'); other roles belong to neither. `password_hash` is null until an invited user has chosen a password.
 */
export const users = pgTable(
	'users',
	{
		id: serial('id').primaryKey(),
		/** Stored lower-case; the unique index makes the address the login name. */
		email: text('email').notNull(),
		name: text('name').notNull(),
		role: text('role', { enum: roles }).notNull(),
		municipalityAgs: text('municipality_ags'),
		kreisAgs: text('kreis_ags'),
		passwordHash: text('password_hash'),
		active: boolean('active').notNull().default(true),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
		/** The language of the account's mails (invitation, links an admin sends). */
		language: text('language', { enum: languages }).notNull().default('de')
	},
	(t) => [
		uniqueIndex('users_email_unique').on(t.email),
		check('users_language_known', sql`${t.language} in (${inList(languages)})`),
		check('users_email_lower', sql`${t.email} = lower(${t.email})`),
		check('users_role_known', sql`${t.role} in (${inList(roles)})`),
		check(
			'users_ags_format',
			sql`${t.municipalityAgs} is null or ${t.municipalityAgs} ~ '^[0-9]{8}$'`
		),
		check(
			'users_planner_has_municipality',
			sql`(${t.role} = 'planner') = (${t.municipalityAgs} is not null)`
		),
		check('users_kreis_format', sql`${t.kreisAgs} is null or ${t.kreisAgs} ~ '^[0-9]{5}$'`),
		check(
			'users_kreis_planner_has_kreis',
			sql`(${t.role} = 'kreis_planner') = (${t.kreisAgs} is not null)`
		)
	]
);

/**
 * A login session. `id` is the SHA-256 of the token in the cookie, so a copy of this table does
 * not let anyone sign in. `expires_at` slides forward with use, never beyond `created_at` plus
 * the absolute lifetime.
 */
export const authSessions = pgTable(
	'auth_sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		ip: text('ip'),
		userAgent: text('user_agent')
	},
	(t) => [
		index('auth_sessions_user_idx').on(t.userId),
		index('auth_sessions_expiry_idx').on(t.expiresAt)
	]
);

/** Single-use links to set a password (after an invitation) or reset it; stored as a hash only. */
export const passwordTokens = pgTable(
	'password_tokens',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		purpose: text('purpose', { enum: tokenPurposes }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [
		check('password_tokens_purpose_known', sql`${t.purpose} in (${inList(tokenPurposes)})`),
		index('password_tokens_user_idx').on(t.userId, t.createdAt)
	]
);

/**
 * Failed logins per key (`account:<email>` or `ip:<address>`), kept in the database so every app
 * instance behind a load balancer sees the same counts.
 */
export const loginThrottle = pgTable(
	'login_throttle',
	{
		key: text('key').primaryKey(),
		failures: integer('failures').notNull().default(0),
		windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
		lockedUntil: timestamp('locked_until', { withTimezone: true })
	},
	(t) => [check('login_throttle_failures_nonnegative', sql`${t.failures} >= 0`)]
);

/**
 * "Forgot password" requests waiting for the job that answers them. The form only adds a row
 * here, the same for every address, so its answer time tells nobody whether an account exists;
 * the job looks the address up and queues the mail. A row is deleted once answered.
 */
export const passwordResetRequests = pgTable(
	'password_reset_requests',
	{
		id: serial('id').primaryKey(),
		/** As typed (normalised); may belong to no account. */
		email: text('email').notNull(),
		ip: text('ip'),
		requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
		/** The language of the page the request came from: the reset mail is written in it. */
		language: text('language', { enum: languages }).notNull().default('de')
	},
	(t) => [
		check('password_reset_requests_language_known', sql`${t.language} in (${inList(languages)})`)
	]
);
