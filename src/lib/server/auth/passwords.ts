import { hash, verify } from '@node-rs/argon2';
import { and, asc, count, eq, gte, isNull, ne } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { authSessions, passwordResetRequests, passwordTokens, users } from '../db/schema';
import { enqueueMail } from '../mail';
import { recordAudit } from '../audit';
import type { Locale } from '$lib/i18n';
import type { TokenPurpose } from '../../types/auth';
import { AuthError } from './errors';
import { passwordLinkMail } from './mails';
import {
	RESET_MAILS_PER_HOUR,
	TOKEN_LIFETIME_MS,
	normaliseEmail,
	passwordProblem,
	tokenProblem
} from './rules';
import { hashToken, newToken } from './tokens';

/** argon2id with the library's defaults (19 MiB, 2 passes: the OWASP minimum). */
export function hashPassword(password: string): Promise<string> {
	return hash(password);
}

export async function verifyPassword(
	passwordHash: string | null,
	password: string
): Promise<boolean> {
	if (!passwordHash) {
		await verifyAgainstNothing(password);
		return false;
	}
	return verify(passwordHash, password);
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the time of a real check when there is no account (or no password yet), so the answer
 * time doesn't reveal which addresses have one.
 */
export async function verifyAgainstNothing(password: string): Promise<void> {
	dummyHash ??= hash('no account has this password, it only costs time');
	await verify(await dummyHash, password);
}

export function assertPasswordAllowed(password: string, email?: string, field = 'password'): void {
	const problem = passwordProblem(password, email);
	if (problem) throw new AuthError(problem, field);
}

/**
 * Creates a single-use link for the user and queues its mail in `language`, in the caller's
 * transaction. Older unused links of the user stop working: only the newest mail counts.
 */
export async function issuePasswordLink(
	tx: Transaction,
	user: { id: number; name: string; email: string },
	purpose: TokenPurpose,
	origin: string,
	now: Date,
	language: Locale
): Promise<void> {
	await tx
		.update(passwordTokens)
		.set({ usedAt: now })
		.where(and(eq(passwordTokens.userId, user.id), isNull(passwordTokens.usedAt)));
	const token = newToken();
	await tx.insert(passwordTokens).values({
		tokenHash: hashToken(token),
		userId: user.id,
		purpose,
		createdAt: now,
		expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose])
	});
	await enqueueMail(
		tx,
		passwordLinkMail(user, purpose, `${origin}/passwort-neu/${token}`, language),
		now
	);
}

/**
 * "Forgot password": only queues the request. The work is the same whatever the address (one
 * row written, nothing read), so neither the answer nor its time tells whether the address has
 * an account; `answerPasswordResetRequests` looks it up later and mails the link.
 */
export async function requestPasswordReset(
	db: Database,
	input: { email: string; ip: string | null; language: Locale },
	now: Date
): Promise<void> {
	await db.insert(passwordResetRequests).values({
		email: normaliseEmail(input.email),
		ip: input.ip,
		requestedAt: now,
		language: input.language
	});
}

/**
 * Answers one queued request in the caller's transaction: a reset link for an active account with
 * this address (at most three an hour), nothing otherwise. Returns whether a mail was queued.
 */
async function answerResetRequest(
	tx: Transaction,
	request: { email: string; ip: string | null; language: Locale },
	origin: string,
	now: Date
): Promise<boolean> {
	const [user] = await tx
		.select({ id: users.id, name: users.name, email: users.email })
		.from(users)
		.where(and(eq(users.email, request.email), eq(users.active, true)))
		.for('update');
	if (!user) return false;
	const hourAgo = new Date(now.getTime() - 60 * 60_000);
	const [{ recent }] = await tx
		.select({ recent: count() })
		.from(passwordTokens)
		.where(and(eq(passwordTokens.userId, user.id), gte(passwordTokens.createdAt, hourAgo)));
	if (recent >= RESET_MAILS_PER_HOUR) return false;
	// The language of the page the reset was asked for: the reader's, whatever the account says.
	await issuePasswordLink(tx, user, 'reset', origin, now, request.language);
	await recordAudit(
		tx,
		{
			actorUserId: null,
			action: 'password.reset_requested',
			subjectType: 'user',
			subjectId: user.id,
			details: { ip: request.ip }
		},
		now
	);
	return true;
}

/**
 * The job behind "forgot password": answers every queued request, oldest first, each in its own
 * transaction, and deletes it. Several app instances may run it at once: a request another one is
 * answering is skipped. Returns how many mails were queued.
 */
export async function answerPasswordResetRequests(
	db: Database,
	origin: string,
	now: Date
): Promise<number> {
	let mailed = 0;
	for (;;) {
		const answered = await db.transaction(async (tx) => {
			const [request] = await tx
				.select()
				.from(passwordResetRequests)
				.orderBy(asc(passwordResetRequests.id))
				.limit(1)
				.for('update', { skipLocked: true });
			if (!request) return null;
			const sent = await answerResetRequest(tx, request, origin, now);
			await tx.delete(passwordResetRequests).where(eq(passwordResetRequests.id, request.id));
			return sent;
		});
		if (answered === null) return mailed;
		if (answered) mailed++;
	}
}

/** Whether a link from a mail can still be used; read-only, for showing the form. */
export async function checkPasswordLink(
	db: Database,
	token: string,
	now: Date
): Promise<{ purpose: TokenPurpose; email: string }> {
	const [row] = await db
		.select({
			expiresAt: passwordTokens.expiresAt,
			usedAt: passwordTokens.usedAt,
			purpose: passwordTokens.purpose,
			email: users.email,
			active: users.active
		})
		.from(passwordTokens)
		.innerJoin(users, eq(users.id, passwordTokens.userId))
		.where(eq(passwordTokens.tokenHash, hashToken(token)));
	const problem = tokenProblem(row && row.active ? row : null, now);
	if (problem) throw new AuthError(problem);
	return { purpose: row.purpose, email: row.email };
}

/**
 * Sets a new password through a mailed link. The link is used up, and every session of the user
 * ends: whoever knew the old password is signed out.
 */
export async function setPasswordWithLink(
	db: Database,
	token: string,
	password: string,
	now: Date
): Promise<{ userId: number; email: string }> {
	const tokenHash = hashToken(token);
	const { email } = await checkPasswordLink(db, token, now);
	assertPasswordAllowed(password, email);
	const passwordHash = await hashPassword(password);
	return db.transaction(async (tx) => {
		// Re-checked under a row lock: two submits of the same link can't both succeed.
		const [row] = await tx
			.select()
			.from(passwordTokens)
			.where(eq(passwordTokens.tokenHash, tokenHash))
			.for('update');
		const problem = tokenProblem(row ?? null, now);
		if (problem) throw new AuthError(problem);
		await tx
			.update(passwordTokens)
			.set({ usedAt: now })
			.where(eq(passwordTokens.tokenHash, tokenHash));
		await tx
			.update(users)
			.set({ passwordHash, passwordChangedAt: now })
			.where(eq(users.id, row.userId));
		await tx.delete(authSessions).where(eq(authSessions.userId, row.userId));
		await recordAudit(
			tx,
			{
				actorUserId: row.userId,
				action: row.purpose === 'invite' ? 'password.set' : 'password.reset_completed',
				subjectType: 'user',
				subjectId: row.userId
			},
			now
		);
		return { userId: row.userId, email };
	});
}

/**
 * A signed-in user changes their password. Their other sessions end (a stolen session is cut
 * off); the one they are using stays.
 */
export async function changePassword(
	db: Database,
	input: { userId: number; sessionId: string; current: string; next: string },
	now: Date
): Promise<void> {
	const [user] = await db
		.select({ email: users.email, passwordHash: users.passwordHash })
		.from(users)
		.where(eq(users.id, input.userId));
	if (!user) throw new AuthError('benutzer_unbekannt');
	if (!(await verifyPassword(user.passwordHash, input.current))) {
		throw new AuthError('passwort_falsch', 'current');
	}
	assertPasswordAllowed(input.next, user.email, 'password');
	const passwordHash = await hashPassword(input.next);
	await db.transaction(async (tx) => {
		await tx
			.update(users)
			.set({ passwordHash, passwordChangedAt: now })
			.where(eq(users.id, input.userId));
		const ended = await tx
			.delete(authSessions)
			.where(and(eq(authSessions.userId, input.userId), ne(authSessions.id, input.sessionId)))
			.returning({ id: authSessions.id });
		await recordAudit(
			tx,
			{
				actorUserId: input.userId,
				action: 'password.changed',
				subjectType: 'user',
				subjectId: input.userId,
				details: { otherSessionsEnded: ended.length }
			},
			now
		);
	});
}
