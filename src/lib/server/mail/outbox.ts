import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { mailOutbox, type MailAttachment } from '../db/schema';

export interface OutgoingMail {
	kind: string;
	subjectRef?: string;
	to: string;
	subject: string;
	text: string;
	html?: string;
	attachments?: MailAttachment[];
}

export type OutboxMail = typeof mailOutbox.$inferSelect;

/** Call inside the transaction of the change the mail reports. */
export async function enqueueMail(
	tx: Transaction | Database,
	mail: OutgoingMail,
	now: Date
): Promise<number> {
	const [row] = await outboxInsert(tx, mail, now).returning({ id: mailOutbox.id });
	return row.id;
}

/** The insert of `enqueueMail`, not yet run: to send along with other statements (`runTogether`). */
export function outboxInsert(tx: Transaction | Database, mail: OutgoingMail, now: Date) {
	return tx.insert(mailOutbox).values(outboxValues(mail, now));
}

/** Several mails in one multi-row insert, not yet run; ids in the order of `mails`. */
export function outboxInsertMany(
	tx: Transaction | Database,
	mails: readonly { mail: OutgoingMail; at: Date }[]
) {
	return tx.insert(mailOutbox).values(mails.map(({ mail, at }) => outboxValues(mail, at)));
}

function outboxValues(mail: OutgoingMail, now: Date) {
	return {
		kind: mail.kind,
		subjectRef: mail.subjectRef ?? null,
		toAddress: mail.to,
		subject: mail.subject,
		textBody: mail.text,
		htmlBody: mail.html ?? null,
		attachments: mail.attachments ?? [],
		nextAttemptAt: now,
		createdAt: now
	};
}

export const MAX_ATTEMPTS = 8;

/** 30 s, 1 min, 2 min … capped at one hour. */
export function retryDelayMs(attempts: number): number {
	return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/** A mail left in `sending` this long (the worker died mid-send) is offered again. */
export const STALE_SENDING_MS = 10 * 60_000;

/**
 * Takes up to `limit` due mails for sending. `for update skip locked` lets several workers (one
 * per app instance on PostgreSQL) share the outbox without sending a mail twice.
 */
export async function claimDueMails(db: Database, now: Date, limit = 20): Promise<OutboxMail[]> {
	return db.transaction(async (tx) => {
		const staleBefore = new Date(now.getTime() - STALE_SENDING_MS);
		const due = await tx
			.select({ id: mailOutbox.id })
			.from(mailOutbox)
			.where(
				sql`(${mailOutbox.status} = 'pending' and ${mailOutbox.nextAttemptAt} <= ${now.toISOString()}) or (${mailOutbox.status} = 'sending' and ${mailOutbox.nextAttemptAt} <= ${staleBefore.toISOString()})`
			)
			.orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
			.limit(limit)
			.for('update', { skipLocked: true });
		if (!due.length) return [];
		return tx
			.update(mailOutbox)
			.set({ status: 'sending', nextAttemptAt: now })
			.where(
				inArray(
					mailOutbox.id,
					due.map((d) => d.id)
				)
			)
			.returning();
	});
}

export async function markSent(db: Database, id: number, now: Date): Promise<void> {
	await db
		.update(mailOutbox)
		.set({
			status: 'sent',
			sentAt: now,
			lastError: null,
			attempts: sql`${mailOutbox.attempts} + 1`
		})
		.where(eq(mailOutbox.id, id));
}

/** A failed attempt: retry later with back-off, or give up after MAX_ATTEMPTS (visible as `failed`). */
export async function markFailed(
	db: Database,
	mail: Pick<OutboxMail, 'id' | 'attempts'>,
	error: string,
	now: Date,
	permanent = false
): Promise<void> {
	const attempts = mail.attempts + 1;
	const giveUp = permanent || attempts >= MAX_ATTEMPTS;
	await db
		.update(mailOutbox)
		.set({
			status: giveUp ? 'failed' : 'pending',
			attempts,
			lastError: error.slice(0, 1000),
			nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts))
		})
		.where(eq(mailOutbox.id, mail.id));
}

export async function listOutbox(
	db: Database,
	filter: { status?: OutboxMail['status']; subjectRef?: string; limit?: number } = {}
): Promise<OutboxMail[]> {
	const conditions = [
		filter.status ? eq(mailOutbox.status, filter.status) : undefined,
		filter.subjectRef ? eq(mailOutbox.subjectRef, filter.subjectRef) : undefined
	].filter((c) => c !== undefined);
	return db
		.select()
		.from(mailOutbox)
		.where(conditions.length ? and(...conditions) : undefined)
		.orderBy(sql`${mailOutbox.id} desc`)
		.limit(filter.limit ?? 200);
}

export async function mailsDueBefore(db: Database, now: Date): Promise<number> {
	const rows = await db
		.select({ id: mailOutbox.id })
		.from(mailOutbox)
		.where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)));
	return rows.length;
}
