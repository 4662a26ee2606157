import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '../db';
import { editions, reminderRuns } from '../db/schema';
import { recordAudit } from '../audit';
import { berlinInstant } from '../conference/time';
import { enqueueMail } from '../mail';
import { mailingRecipients, personalise, reminderTemplate, versionFor } from './mailings';
import { logError } from '../log';

/**
 * The automatic reminder: seven days before an edition starts, every confirmed participant gets the
 * ready reminder mail, once. "Once" is the database's job: the `reminder_runs` row (primary key:
 * the edition) is inserted in the same transaction as the mails, so a second process or a restart
 * finds it and sends nothing.
 */
export const REMINDER_DAYS_BEFORE = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderEdition {
	date: string | null;
	startTime: string | null;
	published: boolean;
	reminderEnabled: boolean;
}

/** When the reminder is due: a week before the start (Berlin time); null without a date. */
export function reminderDueAt(edition: Pick<ReminderEdition, 'date' | 'startTime'>): Date | null {
	if (!edition.date) return null;
	const start = berlinInstant(edition.date, edition.startTime?.slice(0, 5) ?? '00:00');
	return new Date(start.getTime() - REMINDER_DAYS_BEFORE * DAY_MS);
}

/**
 * Due from a week before until the start. A server that was down at the due moment still sends
 * on its next run, as long as the conference has not begun.
 */
export function reminderDue(edition: ReminderEdition, now: Date): boolean {
	if (!edition.published || !edition.reminderEnabled) return false;
	const dueAt = reminderDueAt(edition);
	if (!dueAt) return false;
	const start = dueAt.getTime() + REMINDER_DAYS_BEFORE * DAY_MS;
	return now.getTime() >= dueAt.getTime() && now.getTime() < start;
}

/** Queues the reminder of every edition that is due and not yet reminded; returns those sent. */
export async function sendDueReminders(
	db: Database,
	now: Date
): Promise<{ editionId: number; recipients: number }[]> {
	const candidates = await db
		.select({
			id: editions.id,
			date: editions.date,
			startTime: editions.startTime,
			published: editions.published,
			reminderEnabled: editions.reminderEnabled
		})
		.from(editions)
		.leftJoin(reminderRuns, eq(reminderRuns.editionId, editions.id))
		.where(
			and(
				eq(editions.published, true),
				eq(editions.reminderEnabled, true),
				isNotNull(editions.date),
				isNull(reminderRuns.editionId)
			)
		);
	const sent: { editionId: number; recipients: number }[] = [];
	for (const edition of candidates.filter((e) => reminderDue(e, now))) {
		const recipients = await sendReminder(db, edition.id, now);
		if (recipients !== null) sent.push({ editionId: edition.id, recipients });
	}
	return sent;
}

/** One edition's reminder in one transaction; null when another run got there first. */
async function sendReminder(db: Database, editionId: number, now: Date): Promise<number | null> {
	return db.transaction(async (tx) => {
		const [claimed] = await tx
			.insert(reminderRuns)
			.values({ editionId, sentAt: now, recipients: 0 })
			.onConflictDoNothing()
			.returning({ editionId: reminderRuns.editionId });
		if (!claimed) return null;
		const template = await reminderTemplate(tx, editionId);
		const recipients = await mailingRecipients(tx, editionId, {
			audience: 'bestaetigt',
			workshop: null
		});
		for (const r of recipients) {
			const version = versionFor(template, r.language);
			await enqueueMail(
				tx,
				{
					kind: 'reminder',
					subjectRef: `registration:${r.id}`,
					to: r.email,
					subject: personalise(version.subject, r),
					text: personalise(version.text, r)
				},
				now
			);
		}
		await tx
			.update(reminderRuns)
			.set({ recipients: recipients.length })
			.where(eq(reminderRuns.editionId, editionId));
		await recordAudit(
			tx,
			{
				actorUserId: null,
				action: 'reminder.sent',
				subjectType: 'edition',
				subjectId: editionId,
				details: { recipients: recipients.length }
			},
			now
		);
		return recipients.length;
	});
}

export interface ReminderStatus {
	enabled: boolean;
	dueAt: Date | null;
	sentAt: Date | null;
	recipients: number | null;
}

export async function reminderStatus(db: Database, editionId: number): Promise<ReminderStatus> {
	const [row] = await db
		.select({
			enabled: editions.reminderEnabled,
			date: editions.date,
			startTime: editions.startTime,
			sentAt: reminderRuns.sentAt,
			recipients: reminderRuns.recipients
		})
		.from(editions)
		.leftJoin(reminderRuns, eq(reminderRuns.editionId, editions.id))
		.where(eq(editions.id, editionId));
	return {
		enabled: row.enabled,
		dueAt: reminderDueAt(row),
		sentAt: row.sentAt,
		recipients: row.recipients
	};
}

/** Organisers switch the automatic reminder of an edition on or off. */
export async function setReminderEnabled(
	db: Database,
	editionId: number,
	enabled: boolean,
	actor: { actorUserId: number; now: Date }
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.update(editions).set({ reminderEnabled: enabled }).where(eq(editions.id, editionId));
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: enabled ? 'reminder.enabled' : 'reminder.disabled',
				subjectType: 'edition',
				subjectId: editionId
			},
			actor.now
		);
	});
}

/** Checks every few minutes; each run is cheap (one query) when nothing is due. */
export function scheduleReminderJob(
	db: Database,
	onChange: () => void,
	intervalMs = 5 * 60_000
): { stop(): void } {
	let running = false;
	const tick = () => {
		if (running) return;
		running = true;
		sendDueReminders(db, new Date())
			.then((sent) => {
				if (sent.length) onChange();
			})
			.catch((error) => logError('reminder job failed', error))
			.finally(() => {
				running = false;
			});
	};
	const timer = setInterval(tick, intervalMs);
	timer.unref();
	tick();
	return { stop: () => clearInterval(timer) };
}
