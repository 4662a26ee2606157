import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesFor } from '../audit';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { mailOutbox, registrations, users } from '../db/schema';
import { registerByOrganiser } from '../registration';
import { aRegistration, anOpenEdition } from '../registration/testing';
import {
	reminderDue,
	reminderDueAt,
	reminderStatus,
	sendDueReminders,
	setReminderEnabled
} from './reminders';

const edition = (overrides: Partial<Parameters<typeof reminderDue>[0]> = {}) => ({
	date: '2027-06-16',
	startTime: '09:30:00',
	published: true,
	reminderEnabled: true,
	...overrides
});

describe('when the reminder is due', () => {
	it('is due from seven days before the start, Berlin time, until the start', () => {
		// 16 June 2027, 09:30 CEST = 07:30 UTC; a week before is 9 June, 07:30 UTC.
		expect(reminderDueAt(edition())).toEqual(new Date('2027-06-09T07:30:00Z'));
		expect(reminderDue(edition(), new Date('2027-06-09T07:29:59Z'))).toBe(false);
		expect(reminderDue(edition(), new Date('2027-06-09T07:30:00Z'))).toBe(true);
		expect(reminderDue(edition(), new Date('2027-06-16T07:29:59Z'))).toBe(true);
		expect(reminderDue(edition(), new Date('2027-06-16T07:30:00Z'))).toBe(false);
	});

	it('is never due when switched off, unpublished or without a date', () => {
		const inWindow = new Date('2027-06-10T12:00:00Z');
		expect(reminderDue(edition({ reminderEnabled: false }), inWindow)).toBe(false);
		expect(reminderDue(edition({ published: false }), inWindow)).toBe(false);
		expect(reminderDue(edition({ date: null }), inWindow)).toBe(false);
	});

	it('counts from midnight when the start time is unknown', () => {
		expect(reminderDueAt(edition({ startTime: null }))).toEqual(new Date('2027-06-08T22:00:00Z'));
	});
});

describe.each(backends)('the automatic reminder on $name', (backend) => {
	let handle: DatabaseHandle;
	let organiserId: number;
	const db = () => handle.db;
	const registeredAt = new Date('2026-11-25T10:00:00Z');

	beforeAll(async () => {
		handle = await backend.open();
		const [user] = await db()
			.insert(users)
			.values({
				email: 'orga@example.org',
				name: 'Orga',
				role: 'organiser',
				createdAt: registeredAt
			})
			.returning();
		organiserId = user.id;
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function editionWithPeople(year: number) {
		const e = await anOpenEdition(db(), { year, capacity: 2, date: `${year}-06-16` });
		const ctx = {
			now: registeredAt,
			origin: 'https://konferenz.example',
			actorUserId: organiserId
		};
		for (const firstName of ['Ayşe', 'Bernd', 'Wartend']) {
			await registerByOrganiser(db(), e.id, aRegistration({ firstName }), ctx);
		}
		return e;
	}

	const remindersTo = async (editionId: number) =>
		(
			await db()
				.select({
					to: mailOutbox.toAddress,
					subject: mailOutbox.subject,
					text: mailOutbox.textBody
				})
				.from(mailOutbox)
				.innerJoin(
					registrations,
					eq(mailOutbox.subjectRef, sql`'registration:' || ${registrations.id}`)
				)
				.where(eq(registrations.editionId, editionId))
		).filter((m) => /^(Erinnerung|Reminder)/.test(m.subject));

	it('sends the reminder to the confirmed participants once, however often and wherever it runs', async () => {
		const e = await editionWithPeople(2170);
		const before = new Date('2170-06-09T06:59:00Z');
		expect(await sendDueReminders(db(), before)).toEqual([]);

		const due = new Date('2170-06-09T07:05:00Z');
		// 09:00 Berlin on 16 June is 07:00 UTC. Two app instances run the job at the same moment.
		const [a, b] = await Promise.all([sendDueReminders(db(), due), sendDueReminders(db(), due)]);
		expect([...a, ...b]).toEqual([{ editionId: e.id, recipients: 2 }]);
		expect(await sendDueReminders(db(), new Date('2170-06-12T00:00:00Z'))).toEqual([]);

		const mails = await remindersTo(e.id);
		expect(mails).toHaveLength(2);
		expect(mails.map((m) => m.text.split('\n')[0]).sort()).toEqual([
			expect.stringContaining('Ayşe'),
			expect.stringContaining('Bernd')
		]);
		expect(await reminderStatus(db(), e.id)).toMatchObject({
			enabled: true,
			sentAt: due,
			recipients: 2
		});
		expect((await auditEntriesFor(db(), 'edition', e.id)).map((x) => x.action)).toContain(
			'reminder.sent'
		);
	});

	it('sends nothing for an edition whose organisers switched the reminder off', async () => {
		const e = await editionWithPeople(2171);
		await setReminderEnabled(db(), e.id, false, { actorUserId: organiserId, now: registeredAt });
		expect(await sendDueReminders(db(), new Date('2171-06-10T12:00:00Z'))).toEqual([]);
		expect(await remindersTo(e.id)).toEqual([]);
		expect(await reminderStatus(db(), e.id)).toMatchObject({ enabled: false, sentAt: null });
		expect((await auditEntriesFor(db(), 'edition', e.id)).map((x) => x.action)).toContain(
			'reminder.disabled'
		);
	});

	it('reminds each person in the language they registered in', async () => {
		const e = await anOpenEdition(db(), { year: 2172, capacity: 5, date: '2172-06-16' });
		const ctx = {
			now: registeredAt,
			origin: 'https://konferenz.example',
			actorUserId: organiserId
		};
		await registerByOrganiser(
			db(),
			e.id,
			aRegistration({ firstName: 'John', language: 'en' }),
			ctx
		);
		await registerByOrganiser(db(), e.id, aRegistration({ firstName: 'Jens' }), ctx);
		await sendDueReminders(db(), new Date('2172-06-10T12:00:00Z'));
		const mails = await remindersTo(e.id);
		const john = mails.find((m) => m.text.includes('John'))!;
		const jens = mails.find((m) => m.text.includes('Jens'))!;
		expect(john.subject).toBe('Reminder: Sozialkonferenz Ruhr 2172 in one week');
		expect(john.text).toMatch(/^Dear John /);
		expect(john.text).toContain('on Tuesday, 16 June 2172 at 09:00');
		expect(jens.subject).toBe('Erinnerung: Sozialkonferenz Ruhr 2172 in einer Woche');
		expect(jens.text).toMatch(/^Guten Tag Jens /);
		expect(jens.text).toContain('am Dienstag, 16. Juni 2172 um 09:00 Uhr');
	});
});
