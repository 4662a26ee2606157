import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { users } from '../db/schema';
import { hashPassword } from '../auth/passwords';
import {
	demoAccounts,
	demoAccountsRefusal,
	demoAccountsWithPublishedPasswords,
	seedDemoAccounts
} from './accounts';

const t0 = new Date('2027-03-01T08:00:00Z');
const [admin, organiser, planner] = demoAccounts;

describe('demoAccountsRefusal', () => {
	it('refuses a public ORIGIN while a demo account has its published password, saying how to fix it', () => {
		const message = demoAccountsRefusal('https://sozialkonferenz.example', [admin]);
		expect(message).toContain('Refusing to start');
		expect(message).toContain(admin.email);
		expect(message).toContain('/admin/benutzer');
		expect(message).toContain('SEED_DEMO=false');
		expect(message).not.toContain(admin.password);
	});

	it('lets a local demo and a public site without published passwords start', () => {
		expect(demoAccountsRefusal('http://localhost:3000', [admin])).toBeNull();
		expect(demoAccountsRefusal('http://127.0.0.1:4173', [admin, organiser])).toBeNull();
		expect(demoAccountsRefusal('https://sozialkonferenz.example', [])).toBeNull();
	});
});

describe.each(backends)('demo accounts on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
	});
	afterAll(async () => {
		await handle?.close();
	});

	it('finds a published password only where the stored hash still matches it, on active accounts', async () => {
		expect(await demoAccountsWithPublishedPasswords(handle.db)).toEqual([]);
		await seedDemoAccounts(handle.db, 'http://localhost:3000', t0);
		expect((await demoAccountsWithPublishedPasswords(handle.db)).map((a) => a.email)).toEqual([
			admin.email,
			organiser.email,
			planner.email
		]);

		// The admin changed the password (as after a reset), the planner account was deactivated.
		await handle.db
			.update(users)
			.set({ passwordHash: await hashPassword('ein ganz neues Passwort') })
			.where(eq(users.email, admin.email));
		await handle.db.update(users).set({ active: false }).where(eq(users.email, planner.email));
		const published = await demoAccountsWithPublishedPasswords(handle.db);
		expect(published.map((a) => a.email)).toEqual([organiser.email]);
		expect(demoAccountsRefusal('https://sozialkonferenz.example', published)).toContain(
			organiser.email
		);

		await handle.db
			.update(users)
			.set({ passwordHash: await hashPassword('noch ein neues Passwort') })
			.where(eq(users.email, organiser.email));
		expect(await demoAccountsWithPublishedPasswords(handle.db)).toEqual([]);
		// A later start does not create them again.
		await seedDemoAccounts(handle.db, 'http://localhost:3000', t0);
		expect(await demoAccountsWithPublishedPasswords(handle.db)).toEqual([]);
	});
});
