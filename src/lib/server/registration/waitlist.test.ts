import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { mailOutbox, registrations } from '../db/schema';
import { manageRegistration } from './manage';
import { leaveWaitlist, register, registrationView, type RegisterResult } from './store';
import { aRegistration, anOpenEdition } from './testing';

const now = new Date('2026-11-25T10:00:00Z');
const ctx = { now, origin: 'https://konferenz.example' };

function registered(result: RegisterResult) {
	if (result.duplicate) throw new Error('unexpected duplicate');
	return result;
}

describe.each(backends)('leaving the waiting list on $name', (backend) => {
	let handle: DatabaseHandle;
	const db = () => handle.db;

	beforeAll(async () => {
		handle = await backend.open();
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('takes the person off the list, moves everyone behind up one place and mails them', async () => {
		const e = await anOpenEdition(db(), { year: 2180, capacity: 1 });
		registered(await register(db(), e.year, aRegistration(), ctx));
		const first = registered(await register(db(), e.year, aRegistration(), ctx));
		const second = registered(await register(db(), e.year, aRegistration(), ctx));
		const third = registered(await register(db(), e.year, aRegistration(), ctx));
		expect((await registrationView(db(), third.token)).waitlistPosition).toBe(3);

		await leaveWaitlist(db(), second.token, ctx);

		expect((await registrationView(db(), first.token)).waitlistPosition).toBe(1);
		expect((await registrationView(db(), third.token)).waitlistPosition).toBe(2);
		const left = await registrationView(db(), second.token);
		expect(left.registration.status).toBe('cancelled');
		expect(left.waitlistPosition).toBeNull();
		// Nobody took a seat: leaving the list frees none.
		const seated = await db()
			.select()
			.from(registrations)
			.where(and(eq(registrations.editionId, e.id), eq(registrations.status, 'pending')));
		expect(seated).toHaveLength(1);
		const mails = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `registration:${second.id}`))
			.orderBy(asc(mailOutbox.id));
		expect(mails.map((m) => m.kind)).toEqual(['registration.confirm_request', 'waitlist.left']);
	});

	it('refuses someone who holds a seat, saying so, and changes nothing', async () => {
		const e = await anOpenEdition(db(), { year: 2181, capacity: 5 });
		const seated = registered(await register(db(), e.year, aRegistration(), ctx));
		const outcome = await manageRegistration(db(), seated.token, 'leave', { sure: 'on' }, ctx);
		expect(outcome).toMatchObject({
			status: 409,
			data: { errors: [{ message: 'Sie stehen nicht (mehr) auf der Warteliste.' }] }
		});
		expect((await registrationView(db(), seated.token)).registration.status).toBe('pending');
	});

	it('asks for the tick before leaving', async () => {
		const e = await anOpenEdition(db(), { year: 2182, capacity: 0 });
		const waiting = registered(await register(db(), e.year, aRegistration(), ctx));
		const outcome = await manageRegistration(db(), waiting.token, 'leave', {}, ctx);
		expect(outcome).toMatchObject({ status: 422, data: { errors: [{ field: 'leave-sure' }] } });
		expect((await registrationView(db(), waiting.token)).registration.status).toBe('waitlisted');
	});
});
