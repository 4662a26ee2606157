import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { appMeta, users } from '../db/schema';
import { AuthError } from '../auth/errors';
import { isLocalOrigin } from '../config';
import { verifyPassword } from '../auth/passwords';
import { createUser, type NewUser } from '../auth/store';

const SEED_KEY = 'seed.accounts';
// Arbitrary constant: serialises the demo accounts when several instances start together.
const SEED_LOCK_KEY = 72_210_002;

/**
 * Demo accounts of a local demo (`npm start` on localhost with SEED_DEMO=true, the default). The
 * credentials are public — printed at start-up and written in docs/accounts.md — so they are
 * created only for a local demo, and a server with a public ORIGIN refuses to start while any of
 * them still has its published password (`demoAccountsRefusal`).
 */
export const demoAccounts = [
	{
		email: 'demo-admin@sozialkonferenz.example',
		name: 'Demo-Administration',
		role: 'admin',
		municipalityAgs: null,
		password: 'Zeche-Zollverein-1986'
	},
	{
		email: 'demo-orga@sozialkonferenz.example',
		name: 'Demo-Organisation (RVR)',
		role: 'organiser',
		municipalityAgs: null,
		password: 'Hans-Sachs-Haus-2023'
	},
	{
		email: 'demo-planung@sozialkonferenz.example',
		name: 'Demo-Sozialplanung Gelsenkirchen',
		role: 'planner',
		municipalityAgs: '05513000',
		password: 'Schalker-Markt-45879'
	}
] as const satisfies readonly (NewUser & { password: string })[];

/**
 * Creates the demo accounts once (a marker in app_meta), so a demo password someone changed, or
 * a demo account an admin deactivated, stays that way. Returns the demo accounts that exist.
 */
export async function seedDemoAccounts(
	db: Database,
	origin: string,
	now: Date
): Promise<{ email: string; role: string }[]> {
	const seeded = await db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
		const [marker] = await tx.select().from(appMeta).where(eq(appMeta.key, SEED_KEY));
		return Boolean(marker);
	});
	if (!seeded) {
		for (const account of demoAccounts) {
			try {
				await createUser(db, { ...account, isDemo: true }, null, origin, now);
			} catch (error) {
				// Another instance (or an admin) created this address first: that is fine.
				if (!(error instanceof AuthError && error.code === 'email_vergeben')) throw error;
			}
		}
		await db.insert(appMeta).values({ key: SEED_KEY, value: '1' }).onConflictDoNothing();
	}
	return db
		.select({ email: users.email, role: users.role })
		.from(users)
		.where(
			inArray(
				users.email,
				demoAccounts.map((a) => a.email)
			)
		);
}

export type PublishedDemoAccount = (typeof demoAccounts)[number];

/**
 * The active demo accounts whose stored password is still the published one, checked against
 * the stored hash (a password changed in the app no longer counts, and is never printed).
 */
export async function demoAccountsWithPublishedPasswords(
	db: Database
): Promise<PublishedDemoAccount[]> {
	const rows = await db
		.select({ email: users.email, passwordHash: users.passwordHash })
		.from(users)
		.where(
			and(
				eq(users.active, true),
				inArray(
					users.email,
					demoAccounts.map((a) => a.email)
				)
			)
		);
	const published: PublishedDemoAccount[] = [];
	for (const account of demoAccounts) {
		const row = rows.find((r) => r.email === account.email);
		if (row?.passwordHash && (await verifyPassword(row.passwordHash, account.password)))
			published.push(account);
	}
	return published;
}

/**
 * A server others can reach must not have accounts whose passwords are published: whoever reads
 * docs/accounts.md could sign in as the demo admin. Returns the message the start is refused
 * with (saying how to fix it), or null when the start may go on.
 */
export function demoAccountsRefusal(
	origin: string,
	published: readonly { email: string }[]
): string | null {
	if (isLocalOrigin(origin) || published.length === 0) return null;
	return [
		`Refusing to start: ORIGIN ${origin} is not this machine (localhost), but these demo accounts still have the passwords published in docs/accounts.md: ${published.map((a) => a.email).join(', ')}.`,
		'Anyone could sign in with them. To fix it, either',
		'  - start once as a local demo (ORIGIN=http://localhost:3000, SEED_DEMO=true), sign in at /anmelden as an admin, and at /admin/benutzer deactivate the demo accounts (create your own admin first: npm run admin:create -- --email … --name …; the demo admin can then be deactivated), or give each one a new password at /konto; or',
		'  - start the public server on a new, empty database (another PGLITE_DIR or DATABASE_URL) with SEED_DEMO=false.'
	].join('\n');
}
