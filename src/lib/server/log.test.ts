import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { handleError } from '../../hooks.server';
import { backends } from './db/testing';
import type { DatabaseHandle } from './db';
import { registrations } from './db/schema';
import { describeError, logError, redactPath } from './log';
import { register } from './registration/store';
import { aRegistration, anOpenEdition } from './registration/testing';

const now = new Date('2026-11-25T10:00:00Z');
const personal = {
	firstName: 'Wilhelmine',
	lastName: 'Geheimhaber',
	email: 'wilhelmine.geheimhaber@example.org',
	needsOther: 'Rollstuhl, Begleithund'
};

/** Every personal value of the failed insert, as the log must never show it. */
function expectNoPersonalData(text: string): void {
	for (const value of Object.values(personal)) {
		expect(text).not.toContain(value);
		expect(text.toLowerCase()).not.toContain(value.toLowerCase());
	}
}

async function caught(work: () => Promise<unknown>): Promise<unknown> {
	try {
		await work();
	} catch (error) {
		return error;
	}
	throw new Error('expected the database to refuse');
}

describe.each(backends)('the error log on $name', (backend) => {
	let handle: DatabaseHandle;
	let year = 2161;

	beforeAll(async () => {
		handle = await backend.open();
	});

	afterAll(async () => {
		await handle?.close();
	});

	function insertRegistration(editionId: number, overrides: Partial<typeof personal>) {
		return handle.db.insert(registrations).values({
			editionId,
			status: 'pending',
			sector: 'kommunalverwaltung',
			privacyAcknowledgedAt: now,
			createdAt: now,
			expiresAt: now,
			...personal,
			...overrides
		});
	}

	it('shows a failed insert with a NUL byte in a name without any of the values sent', async () => {
		const e = await anOpenEdition(handle.db, { year: year++, capacity: 10 });
		const error = await caught(() =>
			insertRegistration(e.id, { lastName: `${personal.lastName}\u0000` })
		);
		// The raw error does carry the values: this is what must not reach the log.
		expect(String((error as Error).message)).toContain(personal.email);
		const logged = describeError(error);
		expectNoPersonalData(logged);
		expect(logged).toContain('DrizzleQueryError');
		expect(logged).toContain('insert into "registrations"');
		expect(logged).toContain('code=22021');
		expect(logged).toContain('log.test.ts');
	});

	it('shows a unique violation with its constraint but without the key value', async () => {
		const e = await anOpenEdition(handle.db, { year: year++, capacity: 10 });
		await register(handle.db, e.year, aRegistration({ email: personal.email }), {
			now,
			origin: 'https://konferenz.example'
		});
		const error = await caught(() => insertRegistration(e.id, {}));
		expect(JSON.stringify((error as { cause: unknown }).cause)).toContain(personal.email);
		const logged = describeError(error);
		expectNoPersonalData(logged);
		expect(logged).toContain('code=23505');
		expect(logged).toContain('constraint=registrations_active_email');
		expect(logged).toContain('table=registrations');
		expect(logged).toContain('violates unique constraint "registrations_active_email"');
	});

	it('reaches the log through handleError without the values, for any failed request', async () => {
		const e = await anOpenEdition(handle.db, { year: year++, capacity: 10 });
		const error = await caught(() => insertRegistration(e.id, { firstName: 'Wilhelmine\u0000' }));
		const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const token = 'A'.repeat(43);
			const event = {
				request: new Request(`https://konferenz.example/anmeldung/${token}`, { method: 'POST' }),
				url: new URL(`https://konferenz.example/anmeldung/${token}`)
			} as unknown as RequestEvent;
			const answer = await handleError({ error, status: 500, message: 'Internal Error', event });
			expect(answer).toEqual({ message: 'Interner Fehler' });
			const text = printed.mock.calls.flat().map(String).join('\n');
			expectNoPersonalData(text);
			expect(text).not.toContain(token);
			expect(text).toContain('POST /anmeldung/:token');
			expect(text).toContain('code=22021');
		} finally {
			printed.mockRestore();
		}
	});
});

describe('describeError', () => {
	it('keeps the class, message and causes of an error that carries no data', () => {
		const error = new Error('mail worker pass failed', { cause: new TypeError('socket closed') });
		expect(describeError(error)).toMatch(
			/^Error: mail worker pass failed\ncaused by TypeError: socket closed\n\s+at /
		);
	});

	it('blanks quoted input in messages, such as a JSON parse error quoting the body', () => {
		let error: unknown;
		try {
			JSON.parse('{"name": "Wilhelmine"');
		} catch (e) {
			error = e;
		}
		expect(describeError(error)).not.toContain('Wilhelmine');
	});

	it('describes thrown values that are not errors without printing them', () => {
		expect(describeError('Wilhelmine Geheimhaber')).toBe('thrown value of type string');
	});

	it('prints one line with context through logError', () => {
		const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			logError('registration jobs failed', new Error('boom'));
			expect(printed).toHaveBeenCalledTimes(1);
			expect(String(printed.mock.calls[0][0])).toMatch(
				/^\[sozialkonferenz\] registration jobs failed\nError: boom/
			);
		} finally {
			printed.mockRestore();
		}
	});

	it('hides personal-link tokens in a logged path', () => {
		expect(redactPath(`/anmeldung/${'x'.repeat(43)}/export`)).toBe('/anmeldung/:token/export');
		expect(redactPath('/konferenz/2026/anmeldung')).toBe('/konferenz/2026/anmeldung');
	});
});
