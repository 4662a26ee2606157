import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { appMeta, users } from '../db/schema';
import { AuthError } from '../auth/errors';
import { createUser, type NewUser } from '../auth/store';

const SEED_KEY = 'seed.accounts';
// Arbitrary constant: serialises the demo accounts when several instances start together.
const SEED_LOCK_KEY = 72_210_002;

/**
 * Demo accounts of `npm start` (SEED_DEMO=true, the default). The credentials are public — they
 * are printed at start-up and written in docs/accounts.md — so never seed them in production.
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
