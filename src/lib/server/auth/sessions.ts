import { and, eq, lte } from 'drizzle-orm';
import type { Database } from '../db';
import { authSessions, users } from '../db/schema';
import { recordAudit } from '../audit';
import type { Role } from '../../types/auth';
import { AuthError } from './errors';
import { verifyPassword } from './passwords';
import { newSessionExpiry, normaliseEmail, renewedExpiry, sessionStatus } from './rules';
import { admitLoginAttempt, recordSuccess, throttleKeys } from './throttle';
import { hashToken, newToken } from './tokens';

/** What the app knows about the signed-in person on every request (`event.locals.user`). */
export interface SessionUser {
	id: number;
	email: string;
	name: string;
	role: Role;
	municipalityAgs: string | null;
	/** The Kreis of a Kreis planner (5 digits), else null. */
	kreisAgs: string | null;
}

export interface ActiveSession {
	id: string;
	expiresAt: Date;
}

export interface LoginInput {
	email: string;
	password: string;
	ip: string | null;
	userAgent: string | null;
}

/**
 * Checks the password and opens a session. The attempt is counted for the IP address and for the
 * pair of e-mail and IP address *before* the password is checked (see `admitLoginAttempt`); when
 * either has to wait, the answer is 429 without checking anything. Every failure gives the same
 * error whether the address is unknown, the password wrong or the account deactivated.
 * Returns the token for the cookie; the database keeps only its hash.
 */
export async function login(
	db: Database,
	input: LoginInput,
	now: Date
): Promise<{ token: string; session: ActiveSession; user: SessionUser }> {
	const email = normaliseEmail(input.email);
	const keys = throttleKeys(email, input.ip);
	const waitMs = await admitLoginAttempt(db, keys, now);
	if (waitMs > 0) throw new AuthError('zu_viele_versuche', undefined, Math.ceil(waitMs / 1000));

	const [account] = await db.select().from(users).where(eq(users.email, email));
	const passwordOk = await verifyPassword(account?.passwordHash ?? null, input.password);

	if (!account || !account.active || !passwordOk) {
		// The attempt is counted already; only the audit entry is left to write.
		await recordAudit(
			db,
			{
				actorUserId: null,
				action: 'session.login_failed',
				subjectType: account ? 'user' : undefined,
				subjectId: account?.id,
				details: {
					ip: input.ip,
					reason: !account ? 'unknown_account' : !account.active ? 'inactive' : 'wrong_password'
				}
			},
			now
		);
		throw new AuthError('anmeldung_fehlgeschlagen');
	}

	const token = newToken();
	const session: ActiveSession = { id: hashToken(token), expiresAt: newSessionExpiry(now) };
	await db.transaction(async (tx) => {
		await recordSuccess(tx, keys);
		// Sessions left to expire on other devices are tidied up here rather than by a job.
		await tx
			.delete(authSessions)
			.where(and(eq(authSessions.userId, account.id), lte(authSessions.expiresAt, now)));
		await tx.insert(authSessions).values({
			id: session.id,
			userId: account.id,
			createdAt: now,
			expiresAt: session.expiresAt,
			ip: input.ip,
			userAgent: input.userAgent?.slice(0, 300) ?? null
		});
		await recordAudit(
			tx,
			{
				actorUserId: account.id,
				action: 'session.login',
				subjectType: 'user',
				subjectId: account.id,
				details: { ip: input.ip }
			},
			now
		);
	});
	return {
		token,
		session,
		user: {
			id: account.id,
			email: account.email,
			name: account.name,
			role: account.role,
			municipalityAgs: account.municipalityAgs,
			kreisAgs: account.kreisAgs
		}
	};
}

/**
 * The user behind a session cookie, or null when the session is unknown, expired or its account
 * deactivated. A session in the second half of its idle window is renewed; `renewed` tells the
 * caller to send the cookie again with the new expiry.
 */
export async function validateSession(
	db: Database,
	token: string,
	now: Date
): Promise<{ user: SessionUser; session: ActiveSession; renewed: boolean } | null> {
	const id = hashToken(token);
	const [row] = await db
		.select({
			createdAt: authSessions.createdAt,
			expiresAt: authSessions.expiresAt,
			user: {
				id: users.id,
				email: users.email,
				name: users.name,
				role: users.role,
				municipalityAgs: users.municipalityAgs,
				kreisAgs: users.kreisAgs,
				active: users.active
			}
		})
		.from(authSessions)
		.innerJoin(users, eq(users.id, authSessions.userId))
		.where(eq(authSessions.id, id));
	if (!row) return null;
	const status = sessionStatus(row, now);
	if (status === 'expired' || !row.user.active) {
		await db.delete(authSessions).where(eq(authSessions.id, id));
		return null;
	}
	const { id: userId, email, name, role, municipalityAgs, kreisAgs } = row.user;
	const user: SessionUser = { id: userId, email, name, role, municipalityAgs, kreisAgs };
	if (status === 'valid')
		return { user, session: { id, expiresAt: row.expiresAt }, renewed: false };
	const expiresAt = renewedExpiry(row, now);
	await db.update(authSessions).set({ expiresAt }).where(eq(authSessions.id, id));
	return { user, session: { id, expiresAt }, renewed: true };
}

export async function logout(
	db: Database,
	sessionId: string,
	userId: number,
	now: Date
): Promise<void> {
	await db.transaction(async (tx) => {
		const ended = await tx
			.delete(authSessions)
			.where(and(eq(authSessions.id, sessionId), eq(authSessions.userId, userId)))
			.returning({ id: authSessions.id });
		if (!ended.length) return;
		await recordAudit(
			tx,
			{ actorUserId: userId, action: 'session.logout', subjectType: 'user', subjectId: userId },
			now
		);
	});
}

/** Ends every session of the user on every device, including the current one. */
export async function logoutEverywhere(db: Database, userId: number, now: Date): Promise<number> {
	return db.transaction(async (tx) => {
		const ended = await tx
			.delete(authSessions)
			.where(eq(authSessions.userId, userId))
			.returning({ id: authSessions.id });
		await recordAudit(
			tx,
			{
				actorUserId: userId,
				action: 'session.logout_all',
				subjectType: 'user',
				subjectId: userId,
				details: { sessionsEnded: ended.length }
			},
			now
		);
		return ended.length;
	});
}
