import { and, count, eq, sql } from 'drizzle-orm';
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

	it('stores the language of the page and writes the mail in it; the API may name one; German otherwise', async () => {
		const e = await anOpenEdition(handle.db, { year: 2196, capacity: 10 });
		const request = { ip: '198.51.100.3', now, origin: 'https://x.example', ratePerMinute: 0 };
		await submitRegistration(handle.db, e.year, form('john@example.org'), {
			...request,
			language: 'en'
		});
		await submitRegistration(handle.db, e.year, form('jens@example.org'), request);
		await submitRegistration(
			handle.db,
			e.year,
			{ ...form('jane@example.org'), privacyAcknowledged: true, language: 'en' },
			{ ...request, language: 'de', source: 'api' }
		);
		const refused = await submitRegistration(
			handle.db,
			e.year,
			{ ...form('fr@example.org'), language: 'fr' },
			request
		);
		expect(refused).toMatchObject({ kind: 'invalid', errors: [{ field: 'language' }] });

		const rows = await handle.db
			.select({
				email: registrations.email,
				language: registrations.language,
				id: registrations.id
			})
			.from(registrations)
			.where(eq(registrations.editionId, e.id));
		expect(Object.fromEntries(rows.map((r) => [r.email, r.language]))).toEqual({
			'john@example.org': 'en',
			'jens@example.org': 'de',
			'jane@example.org': 'en'
		});
		const mailTo = async (address: string) => {
			const [mail] = await handle.db
				.select()
				.from(mailOutbox)
				.where(eq(mailOutbox.toAddress, address));
			return mail;
		};
		expect((await mailTo('john@example.org')).textBody).toMatch(/^Dear Rita Rate,/);
		expect((await mailTo('john@example.org')).subject).toBe(
			'Please confirm your registration – Sozialkonferenz Ruhr 2196'
		);
		expect((await mailTo('jens@example.org')).textBody).toMatch(/^Guten Tag Rita Rate,/);
		expect((await mailTo('jane@example.org')).textBody).toMatch(/^Dear Rita Rate,/);
	});

	it('gives rows from before the language was stored German', async () => {
		const e = await anOpenEdition(handle.db, { year: 2197, capacity: 10 });
		await handle.db.execute(sql`
			insert into registrations (edition_id, status, first_name, last_name, email, sector,
				privacy_acknowledged_at, created_at, expires_at)
			values (${e.id}, 'confirmed', 'Alt', 'Bestand', 'alt@example.org', 'politik', now(), now(), now())`);
		const [row] = await handle.db
			.select({ language: registrations.language })
			.from(registrations)
			.where(eq(registrations.editionId, e.id));
		expect(row.language).toBe('de');
	});
});
