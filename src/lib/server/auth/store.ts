import type { Locale } from '$lib/i18n';
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { authSessions, users } from '../db/schema';
import { recordAudit } from '../audit';
import type { Role } from '../../types/auth';
import { AuthError } from './errors';
import { assertPasswordAllowed, hashPassword, issuePasswordLink } from './passwords';
import { kreisProblem, municipalityProblem, normaliseEmail } from './rules';

export type User = Omit<typeof users.$inferSelect, 'passwordHash'> & { hasPassword: boolean };

const userColumns = {
	id: users.id,
	email: users.email,
	name: users.name,
	role: users.role,
	municipalityAgs: users.municipalityAgs,
	kreisAgs: users.kreisAgs,
	active: users.active,
	isDemo: users.isDemo,
	createdAt: users.createdAt,
	passwordChangedAt: users.passwordChangedAt,
	language: users.language,
	hasPassword: sql<boolean>`${users.passwordHash} is not null`
};

// Arbitrary constant: serialises changes to accounts, so "the last admin" can't be removed twice
// at once and two forms can't create the same address.
const USER_ADMIN_LOCK_KEY = 72_210_101;

async function lockUserAdministration(tx: Transaction): Promise<void> {
	try {
		await tx.execute(sql`set local lock_timeout = '5s'`);
		await tx.execute(sql`select pg_advisory_xact_lock(${USER_ADMIN_LOCK_KEY})`);
	} catch (error) {
		const code = (error as { code?: string; cause?: { code?: string } }).cause?.code;
		if (code === '55P03' || (error as { code?: string }).code === '55P03') {
			throw new AuthError('beschaeftigt');
		}
		throw error;
	}
}

export async function listUsers(db: Database): Promise<User[]> {
	return db.select(userColumns).from(users).orderBy(asc(users.name), asc(users.id));
}

export async function getUser(db: Database, id: number): Promise<User | null> {
	const [user] = await db.select(userColumns).from(users).where(eq(users.id, id));
	return user ?? null;
}

export interface NewUser {
	email: string;
	name: string;
	role: Role;
	municipalityAgs: string | null;
	/** A Kreis planner's Kreis (5 digits); absent/null for every other role. */
	kreisAgs?: string | null;
	/** Given by the admin:create command; without it the user gets an invitation mail. */
	password?: string;
	isDemo?: boolean;
	/** The language of the account's mails; German when not given. */
	language?: Locale;
}

function assertRoleFits(role: Role, ags: string | null, kreisAgs: string | null): void {
	const problem = municipalityProblem(role, ags);
	if (problem) throw new AuthError(problem, 'municipalityAgs');
	const kreis = kreisProblem(role, kreisAgs);
	if (kreis) throw new AuthError(kreis, 'kreisAgs');
}

/**
 * Creates an account. Without a password the new user receives a mail with a link to set one
 * (the admin never learns it). `actorUserId` is null for the command-line tool and the seed.
 */
export async function createUser(
	db: Database,
	input: NewUser,
	actorUserId: number | null,
	origin: string,
	now: Date
): Promise<User> {
	const email = normaliseEmail(input.email);
	const kreisAgs = input.kreisAgs ?? null;
	assertRoleFits(input.role, input.municipalityAgs, kreisAgs);
	if (input.password !== undefined) assertPasswordAllowed(input.password, email);
	const passwordHash = input.password === undefined ? null : await hashPassword(input.password);

	return db.transaction(async (tx) => {
		await lockUserAdministration(tx);
		const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
		if (taken) throw new AuthError('email_vergeben', 'email');
		const [row] = await tx
			.insert(users)
			.values({
				email,
				name: input.name.trim(),
				role: input.role,
				municipalityAgs: input.municipalityAgs,
				kreisAgs,
				passwordHash,
				passwordChangedAt: passwordHash ? now : null,
				isDemo: input.isDemo ?? false,
				language: input.language ?? 'de',
				createdAt: now
			})
			.returning({ id: users.id });
		await recordAudit(
			tx,
			{
				actorUserId,
				action: 'user.created',
				subjectType: 'user',
				subjectId: row.id,
				details: { email, role: input.role, municipalityAgs: input.municipalityAgs, kreisAgs }
			},
			now
		);
		if (!passwordHash)
			await issuePasswordLink(
				tx,
				{ id: row.id, name: input.name, email },
				'invite',
				origin,
				now,
				input.language ?? 'de'
			);
		const [created] = await tx.select(userColumns).from(users).where(eq(users.id, row.id));
		return created;
	});
}

async function activeAdminsOtherThan(tx: Transaction, userId: number): Promise<number> {
	const [{ n }] = await tx
		.select({ n: count() })
		.from(users)
		.where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, userId)));
	return n;
}

async function lockedUser(tx: Transaction, userId: number) {
	const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
	if (!user) throw new AuthError('benutzer_unbekannt');
	return user;
}

/** Gives a user another role (and, for planners, a municipality; for Kreis planners, a Kreis). Takes effect on their next request. */
export async function changeRole(
	db: Database,
	input: { userId: number; role: Role; municipalityAgs: string | null; kreisAgs?: string | null },
	actorUserId: number,
	now: Date
): Promise<void> {
	const kreisAgs = input.kreisAgs ?? null;
	assertRoleFits(input.role, input.municipalityAgs, kreisAgs);
	await db.transaction(async (tx) => {
		await lockUserAdministration(tx);
		const user = await lockedUser(tx, input.userId);
		if (
			user.role === input.role &&
			user.municipalityAgs === input.municipalityAgs &&
			user.kreisAgs === kreisAgs
		)
			return;
		if (user.role === 'admin' && input.role !== 'admin') {
			if (user.id === actorUserId) throw new AuthError('eigenes_konto', 'role');
			if (user.active && (await activeAdminsOtherThan(tx, user.id)) === 0) {
				throw new AuthError('letzter_admin', 'role');
			}
		}
		await tx
			.update(users)
			.set({ role: input.role, municipalityAgs: input.municipalityAgs, kreisAgs })
			.where(eq(users.id, user.id));
		await recordAudit(
			tx,
			{
				actorUserId,
				action: 'user.role_changed',
				subjectType: 'user',
				subjectId: user.id,
				details: {
					fromRole: user.role,
					toRole: input.role,
					fromMunicipality: user.municipalityAgs,
					toMunicipality: input.municipalityAgs,
					fromKreis: user.kreisAgs,
					toKreis: kreisAgs
				}
			},
			now
		);
	});
}

/** Deactivating ends every session at once; the account and its history stay. */
export async function setActive(
	db: Database,
	input: { userId: number; active: boolean },
	actorUserId: number,
	now: Date
): Promise<void> {
	await db.transaction(async (tx) => {
		await lockUserAdministration(tx);
		const user = await lockedUser(tx, input.userId);
		if (user.active === input.active) return;
		if (!input.active) {
			if (user.id === actorUserId) throw new AuthError('eigenes_konto');
			if (user.role === 'admin' && (await activeAdminsOtherThan(tx, user.id)) === 0) {
				throw new AuthError('letzter_admin');
			}
			await tx.delete(authSessions).where(eq(authSessions.userId, user.id));
		}
		await tx.update(users).set({ active: input.active }).where(eq(users.id, user.id));
		await recordAudit(
			tx,
			{
				actorUserId,
				action: input.active ? 'user.reactivated' : 'user.deactivated',
				subjectType: 'user',
				subjectId: user.id
			},
			now
		);
	});
}

/**
 * An admin sends a user a fresh link: an invitation while the user has no password yet, a
 * reset link otherwise. The admin never sees the link itself. The mail is in the account's
 * language, or in `language` when the admin chose one, which then becomes the account's.
 */
export async function sendPasswordLink(
	db: Database,
	userId: number,
	actorUserId: number,
	origin: string,
	now: Date,
	language?: Locale
): Promise<void> {
	await db.transaction(async (tx) => {
		const user = await lockedUser(tx, userId);
		const purpose = user.passwordHash ? 'reset' : 'invite';
		const mailLanguage = language ?? user.language;
		if (mailLanguage !== user.language) {
			await tx.update(users).set({ language: mailLanguage }).where(eq(users.id, user.id));
		}
		await issuePasswordLink(tx, user, purpose, origin, now, mailLanguage);
		await recordAudit(
			tx,
			{
				actorUserId,
				action: 'password.reset_requested',
				subjectType: 'user',
				subjectId: user.id,
				details: { purpose, language: mailLanguage }
			},
			now
		);
	});
}
