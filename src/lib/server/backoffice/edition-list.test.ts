import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { users } from '../db/schema';
import { backends } from '../db/testing';
import {
	anonymisePastEditions,
	cancelByOrganiser,
	register,
	registerByOrganiser
} from '../registration';
import { aRegistration, anOpenEdition } from '../registration/testing';
import { listEditions } from './participants';

const now = new Date('2026-11-25T10:00:00Z');

describe.each(backends)('the list of editions on $name', (backend) => {
	let handle: DatabaseHandle;
	const db = () => handle.db;

	beforeAll(async () => {
		handle = await backend.open();
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('counts each edition’s own confirmed, unconfirmed and waiting registrations, not cancelled ones', async () => {
		const [user] = await db()
			.insert(users)
			.values({ email: 'orga@example.org', name: 'Orga', role: 'organiser', createdAt: now })
			.returning();
		const ctx = { now, origin: 'https://konferenz.example', actorUserId: user.id };

		// 2018: two seats taken, one person waiting; anonymised after the retention period.
		const past = await anOpenEdition(db(), { year: 2018, capacity: 2 });
		for (let i = 0; i < 3; i++) await registerByOrganiser(db(), past.id, aRegistration(), ctx);
		expect(await anonymisePastEditions(db(), '2026-11-25', now)).toBe(3);

		// 2026: nobody registered yet.
		await anOpenEdition(db(), { year: 2026, capacity: 100 });

		// 2027: four confirmed (one by phone after a cancellation), one unconfirmed, one waiting,
		// one cancelled.
		const next = await anOpenEdition(db(), { year: 2027, capacity: 5 });
		for (let i = 0; i < 3; i++) await registerByOrganiser(db(), next.id, aRegistration(), ctx);
		await register(db(), 2027, aRegistration(), { now, origin: ctx.origin });
		const cancelled = await registerByOrganiser(db(), next.id, aRegistration(), ctx);
		await cancelByOrganiser(db(), cancelled.id, ctx);
		await registerByOrganiser(db(), next.id, aRegistration(), ctx);
		const waiting = await registerByOrganiser(db(), next.id, aRegistration(), ctx);
		expect(waiting.status).toBe('waitlisted');

		const list = await listEditions(db());
		expect(list.map((e) => [e.year, e.registrations])).toEqual([
			[2027, { confirmed: 4, unconfirmed: 1, waitlisted: 1 }],
			[2026, { confirmed: 0, unconfirmed: 0, waitlisted: 0 }],
			[2018, { confirmed: 2, unconfirmed: 0, waitlisted: 1 }]
		]);
	});
});
