import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { auditLog, mailOutbox, registrations, registrationTokens } from '../db/schema';
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
		expect(outcomes.map((o) => o.kind)).toEqual(['accepted', 'accepted', 'refused']);
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
		expect(other.kind).toBe('accepted');
	});

	it('answers a filled honeypot like a success but stores nothing', async () => {
		const e = await anOpenEdition(handle.db, { year: 2191, capacity: 10 });
		const outcome = await submitRegistration(
			handle.db,
			e.year,
			{ ...form('bot@example.org'), website: 'http://spam.example' },
			{ ip: '198.51.100.1', now, origin: 'https://x.example', ratePerMinute: 0 }
		);
		expect(outcome.kind).toBe('accepted');
		const [{ n }] = await handle.db
			.select({ n: count() })
			.from(registrations)
			.where(eq(registrations.editionId, e.id));
		expect(n).toBe(0);
	});

	it('answers a repeated registration exactly like a new one, so nobody learns who is registered', async () => {
		const e = await anOpenEdition(handle.db, { year: 2192, capacity: 1 });
		const request = { ip: '198.51.100.2', now, origin: 'https://x.example', ratePerMinute: 0 };
		const first = await submitRegistration(handle.db, e.year, form('same@example.org'), request);
		const stranger = await submitRegistration(
			handle.db,
			e.year,
			{ ...form('SAME@example.org'), firstName: 'Fremd', lastName: 'Person' },
			request
		);
		expect(stranger).toEqual(first);
		const rows = await handle.db
			.select()
			.from(registrations)
			.where(eq(registrations.editionId, e.id));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ firstName: 'Rita', status: 'pending' });
		// The owner of the address gets their link again; the stranger's names are stored nowhere.
		const mails = await handle.db
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `registration:${rows[0].id}`));
		expect(mails.map((m) => m.kind)).toEqual([
			'registration.confirm_request',
			'registration.link_again'
		]);
		expect(mails[1].toAddress).toBe('same@example.org');
		expect(mails[1].textBody).toContain('Guten Tag Rita Rate');
		expect(mails[1].textBody).not.toContain('Fremd');
		const audit = await handle.db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.subjectType, 'registration'), eq(auditLog.subjectId, String(rows[0].id)))
			);
		expect(audit.map((a) => a.action).sort()).toEqual([
			'registration.created',
			'registration.link_resent'
		]);
		const [{ tokens }] = await handle.db
			.select({ tokens: count() })
			.from(registrationTokens)
			.where(eq(registrationTokens.registrationId, rows[0].id));
		expect(tokens).toBe(2);
	});

	it('answers a repeat like a new registration when the event is full, taking no waiting-list place', async () => {
		const e = await anOpenEdition(handle.db, { year: 2193, capacity: 1 });
		const request = { ip: '198.51.100.3', now, origin: 'https://x.example', ratePerMinute: 0 };
		await submitRegistration(handle.db, e.year, form('seat@example.org'), request);
		const waiting = await submitRegistration(handle.db, e.year, form('wait@example.org'), request);
		const repeat = await submitRegistration(handle.db, e.year, form('seat@example.org'), request);
		expect(repeat).toEqual(waiting);
		const statuses = await handle.db
			.select({ status: registrations.status })
			.from(registrations)
			.where(eq(registrations.editionId, e.id));
		expect(statuses.map((s) => s.status).sort()).toEqual(['pending', 'waitlisted']);
	});
});
