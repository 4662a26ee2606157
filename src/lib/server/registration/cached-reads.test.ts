import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import {
	editions,
	mailOutbox,
	questions,
	registrationAnswers,
	registrations,
	users
} from '../db/schema';
import { QuestionForm, addQuestion } from '../conference/questions';
import { RegistrationError } from './errors';
import { registrationPage } from './page';
import { register } from './store';
import { submitRegistration } from './submit';
import { aRegistration, anOpenEdition } from './testing';

/**
 * A registration reads its edition and the questions through the read cache (decision 0040).
 * A change made elsewhere (another app instance, here: straight in the database, so nothing in
 * this process empties the cache) must still count wherever it decides something.
 */
const now = new Date('2026-11-25T10:00:00Z');
const ctx = { now, origin: 'https://konferenz.example' };
let year = 2051;

describe.each(backends)('registration reads on $name', (backend) => {
	let handle: DatabaseHandle;
	const db = () => handle.db;

	beforeAll(async () => {
		handle = await backend.open();
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function refusal(promise: Promise<unknown>): Promise<string> {
		const error = await promise.then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(RegistrationError);
		return (error as RegistrationError).code;
	}

	it('shows the seats on the registration page live, while its edition comes from the read cache', async () => {
		const e = await anOpenEdition(db(), { year: year++, capacity: 2 });
		const before = (await registrationPage(db(), e.year, now))!;
		expect(before.counts).toMatchObject({ capacity: 2, seatsTaken: 0, waitlisted: 0 });
		expect(before.questions).toEqual([]);
		for (let i = 0; i < 3; i++) await register(db(), e.year, aRegistration(), ctx);
		const after = (await registrationPage(db(), e.year, now))!;
		expect(after.counts).toMatchObject({ capacity: 2, seatsTaken: 2, waitlisted: 1 });
		expect(after.edition.title).toBe(before.edition.title);
		expect(await registrationPage(db(), 1999, now)).toBeNull();
	});

	it('refuses a registration once the registration was closed elsewhere, though the edition was read just before', async () => {
		const e = await anOpenEdition(db(), { year: year++, capacity: 10 });
		await register(db(), e.year, aRegistration(), ctx);
		await db()
			.update(editions)
			.set({ registrationClosesAt: new Date(now.getTime() - 60_000) })
			.where(eq(editions.id, e.id));
		expect(await refusal(register(db(), e.year, aRegistration(), ctx))).toBe('anmeldeschluss');
		const rows = await db().select().from(registrations).where(eq(registrations.editionId, e.id));
		expect(rows).toHaveLength(1);
	});

	it('refuses a registration for an edition taken offline elsewhere, storing nothing', async () => {
		const e = await anOpenEdition(db(), { year: year++, capacity: 10 });
		await register(db(), e.year, aRegistration(), ctx);
		await db().update(editions).set({ published: false }).where(eq(editions.id, e.id));
		expect(await refusal(register(db(), e.year, aRegistration(), ctx))).toBe('konferenz_unbekannt');
		const rows = await db().select().from(registrations).where(eq(registrations.editionId, e.id));
		expect(rows).toHaveLength(1);
	});

	it('writes the confirmation mail with the edition as it is now, also when it was changed elsewhere', async () => {
		const e = await anOpenEdition(db(), { year: year++, capacity: 10 });
		await register(db(), e.year, aRegistration(), ctx);
		await db()
			.update(editions)
			.set({ title: 'Neuer Titel', date: `${e.year}-06-18` })
			.where(eq(editions.id, e.id));
		const second = await register(db(), e.year, aRegistration(), ctx);
		const [mail] = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `registration:${second.id}`));
		expect(mail.textBody).toContain('Neuer Titel');
		expect(Buffer.from(mail.attachments[0].content, 'base64').toString()).toContain(
			`DTSTART;TZID=Europe/Berlin:${e.year}0618T090000`
		);
	});

	it('asks the next registration a question the organisers have just added', async () => {
		const e = await anOpenEdition(db(), { year: year++, capacity: 10 });
		const [user] = await db()
			.insert(users)
			.values({
				email: `orga-${e.year}@example.org`,
				name: 'Orga',
				role: 'organiser',
				createdAt: now
			})
			.returning();
		const request = {
			ip: `q-${backend.name}`,
			now,
			origin: ctx.origin,
			ratePerMinute: 100,
			source: 'form' as const
		};
		const form = (email: string, extra: Record<string, string> = {}) => ({
			firstName: 'Rita',
			lastName: 'Rad',
			email,
			sector: 'politik',
			municipality: '05913000',
			privacyAcknowledged: 'on',
			...extra
		});
		const before = await submitRegistration(db(), e.year, form('vorher@example.org'), request);
		expect(before.kind).toBe('accepted');
		const q = await addQuestion(
			db(),
			e.id,
			QuestionForm.parse({ kind: 'yesno', labelDe: 'Mittagessen?', required: 'on' }),
			{ actorUserId: user.id, now }
		);
		const after = await submitRegistration(db(), e.year, form('nachher@example.org'), request);
		expect(after).toMatchObject({ kind: 'invalid', errors: [{ field: `q.${q.id}` }] });
	});
	it('takes a registration that answers a question deleted elsewhere, without that answer', async () => {
		const e = await anOpenEdition(db(), { year: year++, capacity: 10 });
		const [user] = await db()
			.insert(users)
			.values({
				email: `orga-d-${e.year}@example.org`,
				name: 'Orga',
				role: 'organiser',
				createdAt: now
			})
			.returning();
		const q = await addQuestion(
			db(),
			e.id,
			QuestionForm.parse({ kind: 'yesno', labelDe: 'Mittagessen?' }),
			{ actorUserId: user.id, now }
		);
		const request = {
			ip: `d-${backend.name}`,
			now,
			origin: ctx.origin,
			ratePerMinute: 100,
			source: 'form' as const
		};
		const form = (email: string) => ({
			firstName: 'Rita',
			lastName: 'Rad',
			email,
			sector: 'politik',
			municipality: '05913000',
			privacyAcknowledged: 'on',
			[`q.${q.id}`]: 'ja'
		});
		// The first registration reads the questions into the cache; then another instance
		// deletes the question (here: straight in the database, so this process does not know).
		expect(await submitRegistration(db(), e.year, form('erste@example.org'), request)).toEqual({
			kind: 'accepted'
		});
		await db().delete(questions).where(eq(questions.id, q.id));
		expect(await submitRegistration(db(), e.year, form('zweite@example.org'), request)).toEqual({
			kind: 'accepted'
		});
		const [second] = await db()
			.select()
			.from(registrations)
			.where(eq(registrations.email, 'zweite@example.org'));
		expect(second.editionId).toBe(e.id);
		expect(
			await db()
				.select()
				.from(registrationAnswers)
				.where(eq(registrationAnswers.registrationId, second.id))
		).toEqual([]);
	});
});
