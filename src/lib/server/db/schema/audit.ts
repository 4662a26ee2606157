import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { users } from './auth';

export type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * Who changed what, when: one row per change that matters, written in the same transaction as
 * the change. `action` is a dotted name (`user.created`, `session.login_failed`,
 * `registration.cancelled`); `subject_type`/`subject_id` name the record it concerns.
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: serial('id').primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull(),
		actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		subjectType: text('subject_type'),
		subjectId: text('subject_id'),
		details: jsonb('details').$type<AuditDetails>().notNull().default({})
	},
	(t) => [
		check('audit_log_action_format', sql`${t.action} ~ '^[a-z][a-z_]*(\\.[a-z][a-z_]*)+$'`),
		index('audit_log_at_idx').on(t.at),
		index('audit_log_action_idx').on(t.action)
	]
);
