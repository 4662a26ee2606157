import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import {
	auditLog,
	authSessions,
	loginThrottle,
	mailOutbox,
	passwordResetRequests,
	passwordTokens,
	users
} from '../db/schema';
import { auditEntriesFor, listAudit, recordAudit } from '../audit';
import { listOutbox } from '../mail';
import { AuthError, type AuthErrorCode } from './errors';
import {
	answerPasswordResetRequests,
	changePassword,
	checkPasswordLink,
	requestPasswordReset,
	setPasswordWithLink
} from './passwords';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from './rules';
import { login, logout, logoutEverywhere, validateSession } from './sessions';
import { forgetFinishedRuns } from './throttle';
import {
	changeRole,
	createUser,
	getUser,
	sendPasswordLink,
	setActive,
	type NewUser
} from './store';

const ORIGIN = 'https://konferenz.example';
const PASSWORD = 'Kaffee im Quartier 7';
const t0 = new Date('2027-03-01T08:00:00Z');
const later = (ms: number, from = t0) => new Date(from.getTime() + ms);
const MINUTE = 60_000;

async function expectAuthError(promise: Promise<unknown>, code: AuthErrorCode): Promise<AuthError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AuthError);
	expect((error as AuthError).code).toBe(code);
	return error as AuthError;
}

/** The link of the newest mail to an address, as the recipient would click it. */
async function linkFromMail(handle: DatabaseHandle, to: string): Promise<string> {
	const [mail] = await listOutbox(handle.db).then((mails) =>
		mails.filter((m) => m.toAddress === to)
	);
	const match = mail?.textBody.match(/\/passwort-neu\/([A-Za-z0-9_-]+)/);
	if (!match) throw new Error(`no password link mailed to ${to}`);
	return match[1];
}

describe.each(backends)('accounts on $name', (backend) => {
	let handle: DatabaseHandle;
	let adminId: number;
	let counter = 0;

	const anEmail = () => `person${++counter}@stadt.example`;

	async function aUser(overrides: Partial<NewUser> = {}) {
		return createUser(
			handle.db,
			{
				email: anEmail(),
				name: 'Jana Meier',
				role: 'organiser',
				municipalityAgs: null,
				password: PASSWORD,
				...overrides
			},
			adminId,
			ORIGIN,
			t0
		);
	}

	/** "Forgot password" as the form does it, then the job that answers it; mails queued. */
	async function requestReset(
		input: { email: string; ip: string | null; language?: 'de' | 'en' },
		now: Date
	) {
		await requestPasswordReset(handle.db, { language: 'de', ...input }, now);
		return answerPasswordResetRequests(handle.db, ORIGIN, now);
	}

	const loginAs = (email: string, password = PASSWORD, now = t0, ip = '192.0.2.1') =>
		login(handle.db, { email, password, ip, userAgent: 'vitest' }, now);

	beforeAll(async () => {
		handle = await backend.open();
		const admin = await createUser(
			handle.db,
			{
				email: 'admin@rvr.example',
				name: 'Ada Admin',
				role: 'admin',
				municipalityAgs: null,
				password: PASSWORD
			},
			null,
			ORIGIN,
			t0
		);
		adminId = admin.id;
	});

	afterAll(async () => {
		await handle?.close();
	});

	beforeEach(async () => {
		await handle.db.delete(loginThrottle);
		await handle.db.delete(mailOutbox);
	});

	describe('login', () => {
		it('opens a session for the right password, stores only the token hash and records it', async () => {
			const user = await aUser();
			const { token, session, user: signedIn } = await loginAs(user.email.toUpperCase());
			expect(signedIn).toMatchObject({ id: user.id, role: 'organiser' });
			expect(session.expiresAt).toEqual(later(SESSION_IDLE_MS));
			const rows = await handle.db
				.select()
				.from(authSessions)
				.where(eq(authSessions.userId, user.id));
			expect(rows).toHaveLength(1);
			expect(rows[0].id).not.toBe(token);
			expect(rows[0].id).toMatch(/^[0-9a-f]{64}$/);
			const audit = await auditEntriesFor(handle.db, 'user', user.id);
			expect(audit.map((a) => a.action)).toEqual(['user.created', 'session.login']);
			expect(audit[1]).toMatchObject({ actorUserId: user.id, details: { ip: '192.0.2.1' } });
		});

		it('answers a wrong password, an unknown address and a deactivated account alike', async () => {
			const user = await aUser();
			const off = await aUser();
			await setActive(handle.db, { userId: off.id, active: false }, adminId, t0);
			const wrong = await expectAuthError(
				loginAs(user.email, 'falsches Passwort!'),
				'anmeldung_fehlgeschlagen'
			);
			const unknown = await expectAuthError(
				loginAs('niemand@stadt.example'),
				'anmeldung_fehlgeschlagen'
			);
			const inactive = await expectAuthError(loginAs(off.email), 'anmeldung_fehlgeschlagen');
			expect(new Set([wrong.message, unknown.message, inactive.message]).size).toBe(1);
			const failed = await handle.db
				.select()
				.from(auditLog)
				.where(eq(auditLog.action, 'session.login_failed'));
			expect(failed.map((f) => f.details.reason)).toEqual(
				expect.arrayContaining(['wrong_password', 'unknown_account', 'inactive'])
			);
			expect(failed.find((f) => f.details.reason === 'wrong_password')?.subjectId).toBe(
				String(user.id)
			);
		});

		it('refuses a user who was invited but has not set a password yet', async () => {
			const invited = await aUser({ password: undefined });
			await expectAuthError(loginAs(invited.email, ''), 'anmeldung_fehlgeschlagen');
		});
	});

	describe('throttling', () => {
		const ATTACKER = '203.0.113.66';
		const OWNER = '192.0.2.10';

		/** Fires attempts all at once; how many had their password checked, how many got 429. */
		async function inParallel(attempts: (() => Promise<unknown>)[]) {
			const outcomes = await Promise.allSettled(attempts.map((attempt) => attempt()));
			const codes = outcomes.map((o) =>
				o.status === 'fulfilled' ? 'ok' : ((o.reason as AuthError).code ?? String(o.reason))
			);
			return {
				checked: codes.filter((c) => c === 'anmeldung_fehlgeschlagen' || c === 'ok').length,
				throttled: codes.filter((c) => c === 'zu_viele_versuche').length,
				other: codes.filter(
					(c) => c !== 'anmeldung_fehlgeschlagen' && c !== 'ok' && c !== 'zu_viele_versuche'
				)
			};
		}

		const failedChecks = async (subjectId: number) =>
			(await auditEntriesFor(handle.db, 'user', subjectId)).filter(
				(a) => a.action === 'session.login_failed'
			).length;

		it('checks at most five of 100 parallel wrong passwords for one address from one IP', async () => {
			const user = await aUser();
			const result = await inParallel(
				Array.from(
					{ length: 100 },
					(_, i) => () => loginAs(user.email, `falsch geraten ${i}`, t0, ATTACKER)
				)
			);
			expect(result).toEqual({ checked: 5, throttled: 95, other: [] });
			// Every checked password left its audit entry; the refused ones checked nothing.
			expect(await failedChecks(user.id)).toBe(5);
		});

		it('checks at most thirty of many parallel attempts from one IP across many addresses', async () => {
			const result = await inParallel(
				Array.from(
					{ length: 60 },
					(_, i) => () => loginAs(`verteilt${i}@stadt.example`, 'x', t0, ATTACKER)
				)
			);
			expect(result).toEqual({ checked: 30, throttled: 30, other: [] });
		});

		it('slows the attacking IP down while the admin signs in from another IP at once', async () => {
			const owner = { id: adminId, email: 'admin@rvr.example' };
			await inParallel(
				Array.from({ length: 20 }, (_, i) => () => loginAs(owner.email, `nein ${i}`, t0, ATTACKER))
			);
			// Even the right password waits at the attacker's address: it is not checked at all.
			const refused = await expectAuthError(
				loginAs(owner.email, PASSWORD, later(30_000), ATTACKER),
				'zu_viele_versuche'
			);
			expect(refused.status).toBe(429);
			expect(refused.retryAfterSeconds).toBe(30);
			const { user } = await loginAs(owner.email, PASSWORD, later(30_000), OWNER);
			expect(user.id).toBe(owner.id);
		});

		it('lets the right password in after the wait, and the waits grow with every wrong one', async () => {
			const user = await aUser();
			for (let i = 0; i < 5; i++)
				await expectAuthError(
					loginAs(user.email, 'nein', t0, ATTACKER),
					'anmeldung_fehlgeschlagen'
				);
			const first = await expectAuthError(
				loginAs(user.email, 'nein', t0, ATTACKER),
				'zu_viele_versuche'
			);
			expect(first.retryAfterSeconds).toBe(60);
			await expectAuthError(
				loginAs(user.email, 'nein', later(MINUTE), ATTACKER),
				'anmeldung_fehlgeschlagen'
			);
			const second = await expectAuthError(
				loginAs(user.email, 'nein', later(MINUTE), ATTACKER),
				'zu_viele_versuche'
			);
			expect(second.retryAfterSeconds).toBe(120);
			const { user: back } = await loginAs(user.email, PASSWORD, later(3 * MINUTE), ATTACKER);
			expect(back.id).toBe(user.id);
			// The success ended the run for this address from this IP.
			for (let i = 0; i < 5; i++)
				await expectAuthError(
					loginAs(user.email, 'nein', later(3 * MINUTE), ATTACKER),
					'anmeldung_fehlgeschlagen'
				);
		});

		it('throttles an invented address the same way, so a wait reveals nothing', async () => {
			for (let i = 0; i < 5; i++) {
				await expectAuthError(
					loginAs('erfunden@stadt.example', 'x', t0),
					'anmeldung_fehlgeschlagen'
				);
			}
			await expectAuthError(loginAs('erfunden@stadt.example', 'x', t0), 'zu_viele_versuche');
		});

		it('keeps only counts that can still slow an attempt down', async () => {
			for (let i = 0; i < 30; i++)
				await expectAuthError(
					loginAs(`viele${i}@stadt.example`, 'x', t0, ATTACKER),
					'anmeldung_fehlgeschlagen'
				);
			const rows = async () => (await handle.db.select().from(loginThrottle)).length;
			expect(await rows()).toBe(31);
			// While the IP address waits, new addresses from it leave no rows behind.
			for (let i = 0; i < 10; i++)
				await expectAuthError(
					loginAs(`neu${i}@stadt.example`, 'x', t0, ATTACKER),
					'zu_viele_versuche'
				);
			expect(await rows()).toBe(31);
			expect(await forgetFinishedRuns(handle.db, later(23 * 60 * MINUTE))).toBe(0);
			expect(await forgetFinishedRuns(handle.db, later((24 * 60 + 1) * MINUTE))).toBe(31);
		});

		it('does not count the successful sign-ins of an office against its IP address', async () => {
			const colleagues = await Promise.all(Array.from({ length: 31 }, () => aUser()));
			for (const colleague of colleagues) await loginAs(colleague.email, PASSWORD, t0, OWNER);
			const [row] = await handle.db
				.select()
				.from(loginThrottle)
				.where(eq(loginThrottle.key, `ip:${OWNER}`));
			expect(row.failures).toBe(0);
		});
	});

	describe('sessions', () => {
		it('resolves a session to its user, renews it in the second half and ends it when idle', async () => {
			const user = await aUser();
			const { token } = await loginAs(user.email);
			const early = await validateSession(handle.db, token, later(2 * 60 * MINUTE));
			expect(early).toMatchObject({ user: { id: user.id, email: user.email }, renewed: false });

			const renewAt = later(5 * 60 * MINUTE);
			const renewed = await validateSession(handle.db, token, renewAt);
			expect(renewed?.renewed).toBe(true);
			expect(renewed?.session.expiresAt).toEqual(later(SESSION_IDLE_MS, renewAt));

			// Idle past the renewed end: gone, and the row is removed.
			expect(await validateSession(handle.db, token, later(SESSION_IDLE_MS, renewAt))).toBeNull();
			expect(
				await handle.db.select().from(authSessions).where(eq(authSessions.userId, user.id))
			).toEqual([]);
		});

		it('ends a session 7 days after login however active it is', async () => {
			const user = await aUser();
			const { token } = await loginAs(user.email);
			let now = t0;
			while (now.getTime() < t0.getTime() + SESSION_MAX_MS - 6 * 60 * MINUTE) {
				now = later(5 * 60 * MINUTE, now);
				expect(await validateSession(handle.db, token, now)).not.toBeNull();
			}
			expect(await validateSession(handle.db, token, later(SESSION_MAX_MS))).toBeNull();
		});

		it('does not accept an unknown token', async () => {
			expect(await validateSession(handle.db, 'erfunden', t0)).toBeNull();
		});

		it('logs out one session and records it', async () => {
			const user = await aUser();
			const a = await loginAs(user.email);
			const b = await loginAs(user.email);
			await logout(handle.db, a.session.id, user.id, t0);
			expect(await validateSession(handle.db, a.token, t0)).toBeNull();
			expect(await validateSession(handle.db, b.token, t0)).not.toBeNull();
			const actions = (await auditEntriesFor(handle.db, 'user', user.id)).map((e) => e.action);
			expect(actions).toContain('session.logout');
		});

		it('logs out everywhere: every session of the user ends, other users stay', async () => {
			const user = await aUser();
			const other = await aUser();
			const sessions = [
				await loginAs(user.email),
				await loginAs(user.email),
				await loginAs(user.email)
			];
			const theirs = await loginAs(other.email);
			expect(await logoutEverywhere(handle.db, user.id, t0)).toBe(3);
			for (const s of sessions) expect(await validateSession(handle.db, s.token, t0)).toBeNull();
			expect(await validateSession(handle.db, theirs.token, t0)).not.toBeNull();
			const [entry] = (await auditEntriesFor(handle.db, 'user', user.id)).filter(
				(e) => e.action === 'session.logout_all'
			);
			expect(entry.details).toEqual({ sessionsEnded: 3 });
		});

		it('ends the sessions of a deactivated user and sees a role change at once', async () => {
			const user = await aUser();
			const { token } = await loginAs(user.email);
			await changeRole(
				handle.db,
				{ userId: user.id, role: 'planner', municipalityAgs: '05513000' },
				adminId,
				t0
			);
			expect((await validateSession(handle.db, token, t0))?.user).toMatchObject({
				role: 'planner',
				municipalityAgs: '05513000'
			});
			await setActive(handle.db, { userId: user.id, active: false }, adminId, t0);
			expect(await validateSession(handle.db, token, t0)).toBeNull();
		});
	});

	describe('password reset', () => {
		it('mails a single-use link that sets the password and ends all sessions', async () => {
			const user = await aUser();
			const { token: sessionToken } = await loginAs(user.email);
			expect(
				await requestReset({ email: ` ${user.email.toUpperCase()} `, ip: '192.0.2.9' }, t0)
			).toBe(1);

			const [mail] = await listOutbox(handle.db);
			expect(mail).toMatchObject({
				toAddress: user.email,
				kind: 'account.password_reset',
				subjectRef: `user:${user.id}`
			});
			expect(mail.textBody).toContain(`${ORIGIN}/passwort-neu/`);
			const link = await linkFromMail(handle, user.email);
			const [stored] = await handle.db
				.select()
				.from(passwordTokens)
				.where(eq(passwordTokens.userId, user.id));
			expect(stored.tokenHash).not.toBe(link);

			expect(await checkPasswordLink(handle.db, link, later(30 * MINUTE))).toMatchObject({
				purpose: 'reset'
			});
			await setPasswordWithLink(handle.db, link, 'ein ganz neues Passwort', later(30 * MINUTE));
			expect(await validateSession(handle.db, sessionToken, later(30 * MINUTE))).toBeNull();
			await expectAuthError(
				loginAs(user.email, PASSWORD, later(31 * MINUTE)),
				'anmeldung_fehlgeschlagen'
			);
			await loginAs(user.email, 'ein ganz neues Passwort', later(31 * MINUTE));

			await expectAuthError(
				setPasswordWithLink(handle.db, link, 'noch ein anderes Passwort', later(32 * MINUTE)),
				'link_ungueltig'
			);
			const actions = (await auditEntriesFor(handle.db, 'user', user.id)).map((e) => e.action);
			expect(actions).toEqual(
				expect.arrayContaining(['password.reset_requested', 'password.reset_completed'])
			);
		});

		it('writes the reset mail in the language of the page it was asked from, its link opening that page', async () => {
			const user = await aUser();
			await requestReset({ email: user.email, ip: '192.0.2.9', language: 'en' }, t0);
			const [mail] = await listOutbox(handle.db);
			expect(mail.subject).toBe('Reset your password – Sozialkonferenz Ruhr');
			expect(mail.textBody).toContain('The link is valid for one hour');
			expect(mail.textBody).not.toMatch(/Passwort|Grüße/);
			expect(mail.textBody).toMatch(/\/passwort-neu\/[A-Za-z0-9_-]+\?lang=en/);
			const link = await linkFromMail(handle, user.email);
			await setPasswordWithLink(handle.db, link, 'a brand new password', later(30 * MINUTE));
			await loginAs(user.email, 'a brand new password', later(31 * MINUTE));
		});

		it('refuses an expired link and a wrong one', async () => {
			const user = await aUser();
			await requestReset({ email: user.email, ip: null }, t0);
			const link = await linkFromMail(handle, user.email);
			await expectAuthError(
				checkPasswordLink(handle.db, link, later(60 * MINUTE)),
				'link_abgelaufen'
			);
			await expectAuthError(
				setPasswordWithLink(handle.db, link, 'ein ganz neues Passwort', later(61 * MINUTE)),
				'link_abgelaufen'
			);
			await expectAuthError(
				setPasswordWithLink(handle.db, `${link}x`, 'ein ganz neues Passwort', t0),
				'link_ungueltig'
			);
			await loginAs(user.email, PASSWORD, later(62 * MINUTE));
		});

		it('holds the new password to the policy and keeps the link usable after a refusal', async () => {
			const user = await aUser();
			await requestReset({ email: user.email, ip: null }, t0);
			const link = await linkFromMail(handle, user.email);
			const short = await expectAuthError(
				setPasswordWithLink(handle.db, link, 'zu kurz', t0),
				'passwort_zu_kurz'
			);
			expect(short.field).toBe('password');
			await expectAuthError(
				setPasswordWithLink(handle.db, link, 'Passwort123456', t0),
				'passwort_zu_haeufig'
			);
			await setPasswordWithLink(handle.db, link, 'ein ganz neues Passwort', t0);
		});

		it('only honours the newest link and sends at most three mails an hour', async () => {
			const user = await aUser();
			await requestReset({ email: user.email, ip: null }, t0);
			const first = await linkFromMail(handle, user.email);
			await requestReset({ email: user.email, ip: null }, later(MINUTE));
			const second = await linkFromMail(handle, user.email);
			await expectAuthError(
				checkPasswordLink(handle.db, first, later(2 * MINUTE)),
				'link_ungueltig'
			);
			await checkPasswordLink(handle.db, second, later(2 * MINUTE));
			expect(await requestReset({ email: user.email, ip: null }, later(3 * MINUTE))).toBe(1);
			expect(await requestReset({ email: user.email, ip: null }, later(4 * MINUTE))).toBe(0);
			expect(await requestReset({ email: user.email, ip: null }, later(61 * MINUTE))).toBe(1);
		});

		it('sends nothing for an unknown address, and the caller cannot tell', async () => {
			expect(await requestReset({ email: 'niemand@stadt.example', ip: null }, t0)).toBe(0);
			expect(await listOutbox(handle.db)).toEqual([]);
			expect(await handle.db.select().from(passwordResetRequests)).toEqual([]);
		});

		it('does the same work for an existing and an unknown address while the visitor waits', async () => {
			const user = await aUser();
			/** Rows per table, to see what a call wrote. */
			const rowCounts = async () => {
				// `execute` answers `{ rows }` on both drivers.
				const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
				const tables = rowsOf<{ table_name: string }>(
					await handle.db.execute(
						sql`select table_name from information_schema.tables
							where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
					)
				);
				const counts: Record<string, number> = {};
				for (const { table_name } of tables) {
					const [{ n }] = rowsOf<{ n: number }>(
						await handle.db.execute(
							sql`select count(*)::int as n from ${sql.identifier(table_name)}`
						)
					);
					counts[table_name] = n;
				}
				return counts;
			};
			const written = async (email: string) => {
				const before = await rowCounts();
				const result = await requestPasswordReset(
					handle.db,
					{ email, ip: '192.0.2.9', language: 'de' },
					t0
				);
				const after = await rowCounts();
				const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
				return {
					result,
					changed: Object.fromEntries(changed.map((t) => [t, after[t] - before[t]]))
				};
			};
			const known = await written(user.email);
			const unknown = await written('niemand@stadt.example');
			expect(known).toEqual({ result: undefined, changed: { password_reset_requests: 1 } });
			expect(unknown).toEqual(known);
			// The job answers both later: one mail, to the account that exists.
			expect(await answerPasswordResetRequests(handle.db, ORIGIN, t0)).toBe(1);
			expect((await listOutbox(handle.db)).map((m) => m.toAddress)).toEqual([user.email]);
			expect(await handle.db.select().from(passwordResetRequests)).toEqual([]);
		});
	});

	describe('own password', () => {
		it('changes the password with the current one and ends the other sessions only', async () => {
			const user = await aUser();
			const here = await loginAs(user.email);
			const elsewhere = await loginAs(user.email);
			await expectAuthError(
				changePassword(
					handle.db,
					{
						userId: user.id,
						sessionId: here.session.id,
						current: 'falsch',
						next: 'ein ganz neues Passwort'
					},
					t0
				),
				'passwort_falsch'
			);
			await changePassword(
				handle.db,
				{
					userId: user.id,
					sessionId: here.session.id,
					current: PASSWORD,
					next: 'ein ganz neues Passwort'
				},
				t0
			);
			expect(await validateSession(handle.db, here.token, t0)).not.toBeNull();
			expect(await validateSession(handle.db, elsewhere.token, t0)).toBeNull();
			const [entry] = (await auditEntriesFor(handle.db, 'user', user.id)).filter(
				(e) => e.action === 'password.changed'
			);
			expect(entry).toMatchObject({ actorUserId: user.id, details: { otherSessionsEnded: 1 } });
		});
	});

	describe('user administration', () => {
		it('invites a new user by mail; the link sets the first password', async () => {
			const email = anEmail();
			const created = await createUser(
				handle.db,
				{ email, name: 'Paul Planer', role: 'planner', municipalityAgs: '05513000' },
				adminId,
				ORIGIN,
				t0
			);
			expect(created).toMatchObject({
				hasPassword: false,
				municipalityAgs: '05513000',
				active: true
			});
			const [mail] = await listOutbox(handle.db);
			expect(mail).toMatchObject({
				toAddress: email,
				kind: 'account.invite',
				subject: 'Ihr Konto bei der Sozialkonferenz Ruhr'
			});
			expect(mail.textBody).not.toContain('?lang=');
			const link = await linkFromMail(handle, email);
			await setPasswordWithLink(handle.db, link, 'mein erstes Passwort', later(48 * 60 * MINUTE));
			await loginAs(email, 'mein erstes Passwort', later(48 * 60 * MINUTE));
			const audit = await auditEntriesFor(handle.db, 'user', created.id);
			expect(audit[0]).toMatchObject({
				action: 'user.created',
				actorUserId: adminId,
				details: { email, role: 'planner', municipalityAgs: '05513000' }
			});
			expect(audit.map((a) => a.action)).toContain('password.set');
		});

		it('invites in the language the admin chose, and later links go out in it too', async () => {
			const email = anEmail();
			const created = await createUser(
				handle.db,
				{ email, name: 'Jane Planner', role: 'organiser', municipalityAgs: null, language: 'en' },
				adminId,
				ORIGIN,
				t0
			);
			expect(created.language).toBe('en');
			const [invite] = await listOutbox(handle.db);
			expect(invite.subject).toBe('Your account with the Sozialkonferenz Ruhr');
			expect(invite.textBody).toContain('Dear Jane Planner,');
			expect(invite.textBody).toMatch(/\/passwort-neu\/[A-Za-z0-9_-]+\?lang=en/);
			await sendPasswordLink(handle.db, created.id, adminId, ORIGIN, later(MINUTE));
			const [again] = await listOutbox(handle.db).then((mails) =>
				mails.filter((m) => m.toAddress === email && m.id !== invite.id)
			);
			expect(again.subject).toBe('Your account with the Sozialkonferenz Ruhr');
		});

		it('refuses a second account for an address, in any spelling', async () => {
			const user = await aUser();
			const error = await expectAuthError(
				aUser({ email: user.email.toUpperCase() }),
				'email_vergeben'
			);
			expect(error.field).toBe('email');
		});

		it('refuses a planner without a municipality of the Metropole Ruhr', async () => {
			await expectAuthError(aUser({ role: 'planner', municipalityAgs: null }), 'kommune_fehlt');
			await expectAuthError(
				aUser({ role: 'planner', municipalityAgs: '05315000' }),
				'kommune_unbekannt'
			);
		});

		it('creates a Kreis planner with their Kreis and refuses one without', async () => {
			const created = await aUser({
				role: 'kreis_planner',
				municipalityAgs: null,
				kreisAgs: '05978'
			});
			expect(await getUser(handle.db, created.id)).toMatchObject({
				role: 'kreis_planner',
				kreisAgs: '05978',
				municipalityAgs: null
			});
			const [entry] = await auditEntriesFor(handle.db, 'user', created.id);
			expect(entry).toMatchObject({ action: 'user.created', details: { kreisAgs: '05978' } });
			const error = await expectAuthError(
				aUser({ role: 'kreis_planner', municipalityAgs: null }),
				'kreis_fehlt'
			);
			expect(error.field).toBe('kreisAgs');
		});

		it('records a role change with before and after', async () => {
			const user = await aUser();
			await changeRole(
				handle.db,
				{ userId: user.id, role: 'planner', municipalityAgs: '05913000' },
				adminId,
				t0
			);
			expect(await getUser(handle.db, user.id)).toMatchObject({
				role: 'planner',
				municipalityAgs: '05913000'
			});
			const [entry] = (await auditEntriesFor(handle.db, 'user', user.id)).filter(
				(e) => e.action === 'user.role_changed'
			);
			expect(entry).toMatchObject({
				actorUserId: adminId,
				details: {
					fromRole: 'organiser',
					toRole: 'planner',
					fromMunicipality: null,
					toMunicipality: '05913000'
				}
			});
		});

		it('keeps at least one active admin and does not let admins demote or deactivate themselves', async () => {
			await expectAuthError(
				changeRole(
					handle.db,
					{ userId: adminId, role: 'organiser', municipalityAgs: null },
					adminId,
					t0
				),
				'eigenes_konto'
			);
			await expectAuthError(
				setActive(handle.db, { userId: adminId, active: false }, adminId, t0),
				'eigenes_konto'
			);
			const second = await aUser({ role: 'admin' });
			// With two active admins one may step down; then the other is the last one.
			await changeRole(
				handle.db,
				{ userId: adminId, role: 'organiser', municipalityAgs: null },
				second.id,
				t0
			);
			await expectAuthError(
				changeRole(
					handle.db,
					{ userId: second.id, role: 'organiser', municipalityAgs: null },
					adminId,
					t0
				),
				'letzter_admin'
			);
			await expectAuthError(
				setActive(handle.db, { userId: second.id, active: false }, adminId, t0),
				'letzter_admin'
			);
			await changeRole(
				handle.db,
				{ userId: adminId, role: 'admin', municipalityAgs: null },
				second.id,
				t0
			);
		});

		it('deactivates and reactivates with an audit entry each', async () => {
			const user = await aUser();
			await setActive(handle.db, { userId: user.id, active: false }, adminId, t0);
			await setActive(handle.db, { userId: user.id, active: true }, adminId, t0);
			const actions = (await auditEntriesFor(handle.db, 'user', user.id)).map((e) => e.action);
			expect(actions).toEqual(['user.created', 'user.deactivated', 'user.reactivated']);
			await loginAs(user.email);
		});

		it('lets an admin send a reset link without seeing it', async () => {
			const user = await aUser();
			await sendPasswordLink(handle.db, user.id, adminId, ORIGIN, t0);
			const [mail] = await listOutbox(handle.db);
			expect(mail).toMatchObject({ toAddress: user.email, kind: 'account.password_reset' });
			const [entry] = (await auditEntriesFor(handle.db, 'user', user.id)).filter(
				(e) => e.action === 'password.reset_requested'
			);
			expect(entry).toMatchObject({ actorUserId: adminId, details: { purpose: 'reset' } });
		});

		it('writes the user and its audit entry together or not at all', async () => {
			const before = (await handle.db.select().from(users)).length;
			await expect(
				handle.db.transaction(async (tx) => {
					await recordAudit(tx, { actorUserId: adminId, action: 'user.created' }, t0);
					throw new Error('Abbruch');
				})
			).rejects.toThrow('Abbruch');
			expect((await handle.db.select().from(users)).length).toBe(before);
		});
	});

	describe('audit log', () => {
		it('pages newest first and filters by action prefix', async () => {
			for (let i = 0; i < 3; i++) {
				await recordAudit(
					handle.db,
					{ actorUserId: adminId, action: 'probe.step', subjectId: i },
					later(i * MINUTE, new Date('2030-01-01T00:00:00Z'))
				);
			}
			const page1 = await listAudit(handle.db, { actionPrefix: 'probe.', pageSize: 2 });
			expect(page1.total).toBe(3);
			expect(page1.rows.map((r) => r.subjectId)).toEqual(['2', '1']);
			expect(page1.rows[0]).toMatchObject({
				actorName: 'Ada Admin',
				actorEmail: 'admin@rvr.example'
			});
			const page2 = await listAudit(handle.db, { actionPrefix: 'probe', pageSize: 2, page: 2 });
			expect(page2.rows.map((r) => r.subjectId)).toEqual(['0']);
			expect((await listAudit(handle.db, { actionPrefix: 'prob_' })).total).toBe(0);
		});

		it('refuses an action name that is not dotted', async () => {
			await expect(
				recordAudit(handle.db, { actorUserId: null, action: 'Created' }, t0)
			).rejects.toThrow();
		});
	});
});
