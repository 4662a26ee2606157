import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { users } from '../db/schema';
import { badgeDay, badgeUrl } from './badge';
import { cancelByOrganiser, registerByOrganiser } from './organiser';
import { aRegistration, anOpenEdition } from './testing';

const now = new Date('2026-11-25T10:00:00Z');

describe.each(backends)('badge page on $name', (backend) => {
	let handle: DatabaseHandle;
	let organiserId: number;
	const db = () => handle.db;
	const ctx = () => ({ now, origin: 'https://konferenz.example', actorUserId: organiserId });

	beforeAll(async () => {
		handle = await backend.open();
		const [user] = await db()
			.insert(users)
			.values({ email: 'orga@example.org', name: 'Orga', role: 'organiser', createdAt: now })
			.returning();
		organiserId = user.id;
	});
	afterAll(() => handle?.close());

	it('shows name, organisation and workshop of a registration with a seat, nothing private', async () => {
		const edition = await anOpenEdition(db(), {
			year: 2160,
			capacity: 10,
			workshopCapacities: [5]
		});
		const row = await registerByOrganiser(
			db(),
			edition.id,
			aRegistration({
				firstName: 'Änne',
				lastName: 'Schild',
				organisation: 'Diakonie Bochum',
				workshopFirstId: edition.workshopIds[0],
				needsOther: 'Platz nahe am Ausgang'
			}),
			ctx()
		);
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

	it('has no page for a cancelled registration, an unknown or a malformed code', async () => {
		const edition = await anOpenEdition(db(), { year: 2161, capacity: 10 });
		const row = await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		await cancelByOrganiser(db(), row.id, ctx());
		expect(await badgeDay(db(), row.checkinCode)).toBeNull();
		expect(await badgeDay(db(), '0'.repeat(32))).toBeNull();
		expect(await badgeDay(db(), "x' or 1=1 --")).toBeNull();
	});

	it('puts the code at the end of the badge address, where the check-in reads it', () => {
		expect(badgeUrl('https://konferenz.example', 'ab'.repeat(16))).toBe(
			`https://konferenz.example/schild/${'ab'.repeat(16)}`
		);
	});
});
