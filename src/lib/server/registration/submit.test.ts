import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { registrations } from '../db/schema';
import { submitRegistration } from './submit';
import { anOpenEdition } from './testing';

const now = new Date('2026-11-25T10:00:00Z');
const form = (email: string) => ({
	firstName: 'Rita',
	lastName: 'Rate',
	email,
	sector: 'politik',
	municipality: '05913000',
	privacyAcknowledged: 'on'
});

describe.each(backends)('submitRegistration on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('refuses with 429 once an address exceeds the limit, storing nothing more', async () => {
		const e = await anOpenEdition(handle.db, { year: 2190, capacity: 10 });
		const request = {
			ip: `203.0.113.9-${backend.name}`,
			now,
			origin: 'https://x.example',
			ratePerMinute: 2
		};
		const outcomes = [];
		for (let i = 0; i < 3; i++) {
			outcomes.push(
				await submitRegistration(handle.db, e.year, form(`r${i}@example.org`), request)
			);
		}
		expect(outcomes.map((o) => o.kind)).toEqual(['created', 'created', 'refused']);
		expect(outcomes[2]).toMatchObject({ status: 429 });
		const [{ n }] = await handle.db
			.select({ n: count() })
			.from(registrations)
			.where(eq(registrations.editionId, e.id));
		expect(n).toBe(2);
		// Another address is not affected.
		const other = await submitRegistration(handle.db, e.year, form('r9@example.org'), {
			...request,
			ip: `203.0.113.10-${backend.name}`
		});
		expect(other.kind).toBe('created');
	});

	it('answers a filled honeypot like a success but stores nothing', async () => {
		const e = await anOpenEdition(handle.db, { year: 2191, capacity: 10 });
		const outcome = await submitRegistration(
			handle.db,
			e.year,
			{ ...form('bot@example.org'), website: 'http://spam.example' },
			{ ip: '198.51.100.1', now, origin: 'https://x.example', ratePerMinute: 0 }
		);
		expect(outcome.kind).toBe('ignored');
		const [{ n }] = await handle.db
			.select({ n: count() })
			.from(registrations)
			.where(eq(registrations.editionId, e.id));
		expect(n).toBe(0);
	});

	it('tells a second registration with the same address that it exists (409 on the e-mail field)', async () => {
		const e = await anOpenEdition(handle.db, { year: 2192, capacity: 10 });
		const request = { ip: '198.51.100.2', now, origin: 'https://x.example', ratePerMinute: 0 };
		await submitRegistration(handle.db, e.year, form('same@example.org'), request);
		const again = await submitRegistration(handle.db, e.year, form('SAME@example.org'), request);
		expect(again).toMatchObject({ kind: 'refused', status: 409, errors: [{ field: 'email' }] });
	});
});
