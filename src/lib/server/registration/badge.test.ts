import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { registrations } from '../db/schema';
import { badgeDay, badgeUrl } from './badge';
import { cancelRegistration, register } from './store';
import { aRegistration, anOpenEdition } from './testing';

const ctx = { now: new Date('2026-11-25T10:00:00Z'), origin: 'https://konferenz.example' };

describe.each(backends)('badge page on $name', (backend) => {
	let handle: DatabaseHandle;
	const db = () => handle.db;
	beforeAll(async () => {
		handle = await backend.open();
	});
	afterAll(() => handle?.close());

	async function registered(year: number, overrides: Record<string, unknown> = {}) {
		const result = await register(db(), year, aRegistration(overrides), ctx);
		if (result.duplicate) throw new Error('unexpected duplicate');
		const [row] = await db().select().from(registrations).where(eq(registrations.id, result.id));
		return { ...row, token: result.token };
	}

	it('shows name, organisation and workshop of a registration with a seat, nothing private', async () => {
		const edition = await anOpenEdition(db(), {
			year: 2160,
			capacity: 10,
			workshopCapacities: [5]
		});
		const row = await registered(2160, {
			firstName: 'Änne',
			lastName: 'Schild',
			organisation: 'Diakonie Bochum',
			workshopFirstId: edition.workshopIds[0],
			needsOther: 'Platz nahe am Ausgang'
		});
		const day = await badgeDay(db(), row.checkinCode);
		expect(day).toMatchObject({
			registrationId: row.id,
			firstName: 'Änne',
			lastName: 'Schild',
			organisation: 'Diakonie Bochum',
			workshop: 'Workshop 1',
			checkedInAt: null,
			edition: { year: 2160 }
		});
		// Anyone holding the badge can open the page: no address, no needs.
		expect(JSON.stringify(day)).not.toContain(row.email);
		expect(JSON.stringify(day)).not.toContain('Ausgang');
	});

	it('has no page while waitlisted or once cancelled, nor for an unknown or malformed code', async () => {
		await anOpenEdition(db(), { year: 2161, capacity: 1 });
		const seated = await registered(2161);
		const waiting = await registered(2161);
		expect(waiting.status).toBe('waitlisted');
		expect(await badgeDay(db(), waiting.checkinCode)).toBeNull();
		await cancelRegistration(db(), seated.token, ctx);
		expect(await badgeDay(db(), seated.checkinCode)).toBeNull();
		// The freed seat went to the waiting list, and with it the badge page.
		expect(await badgeDay(db(), waiting.checkinCode)).toMatchObject({ registrationId: waiting.id });
		expect(await badgeDay(db(), '0'.repeat(32))).toBeNull();
		expect(await badgeDay(db(), "x' or 1=1 --")).toBeNull();
	});

	it('puts the code at the end of the badge address, where the check-in reads it', () => {
		expect(badgeUrl('https://konferenz.example', 'ab'.repeat(16))).toBe(
			`https://konferenz.example/schild/${'ab'.repeat(16)}`
		);
	});
});
