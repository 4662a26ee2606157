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

export const mailStatuses = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof mailStatuses)[number];

export interface MailAttachment {
	filename: string;
	contentType: string;
	/** base64 */
	content: string;
}

/**
 * Transactional outbox: a mail is written in the same transaction as the change that causes it,
 * so it can neither be lost nor sent for a change that rolled back. A worker sends it later.
 */
export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: serial('id').primaryKey(),
		/** What the mail is about, e.g. `registration.confirm`; for statistics and the back office. */
		kind: text('kind').notNull(),
		/** The record the mail belongs to, e.g. `registration:42`. */
		subjectRef: text('subject_ref'),
		toAddress: text('to_address').notNull(),
		subject: text('subject').notNull(),
		textBody: text('text_body').notNull(),
		htmlBody: text('html_body'),
		attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
		status: text('status', { enum: mailStatuses }).notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
		lastError: text('last_error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [
		check('mail_outbox_status_known', sql`${t.status} in ('pending', 'sending', 'sent', 'failed')`),
		index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt),
		index('mail_outbox_subject_idx').on(t.subjectRef)
	]
);
