import type { Role } from '../../types/auth';
import { municipalities, municipalityByAgs } from '../../reference/municipalities';
import { commonPasswords } from './common-passwords';
import type { AuthErrorCode } from './errors';

/** Pure decisions of the accounts domain: no database, no request, the clock is a parameter. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 hashes any length, but an unbounded input is an easy way to burn CPU. */
export const PASSWORD_MAX_LENGTH = 200;

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/**
 * The password policy after NIST SP 800-63B: length over composition rules, and no password
 * from a list of known ones. Returns the first problem, or null when the password is fine.
 * Length counts characters (code points), so "ä" is one.
 */
export function passwordProblem(password: string, email?: string): AuthErrorCode | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) return 'passwort_zu_kurz';
	if (length > PASSWORD_MAX_LENGTH) return 'passwort_zu_lang';
	const lower = password.toLowerCase();
	const stem = lower.replace(/[\d\W_]+$/u, '');
	if (commonPasswords.has(lower) || commonPasswords.has(stem)) return 'passwort_zu_haeufig';
	if (new Set(lower).size <= 2) return 'passwort_zu_haeufig';
	if (email) {
		const address = normaliseEmail(email);
		const local = address.split('@')[0];
		if (lower.includes(address) || (local.length >= 4 && lower.includes(local))) {
			return 'passwort_enthaelt_email';
		}
	}
	return null;
}

// ---------------------------------------------------------------------------------------------
// Login throttling

/**
 * Sign-in attempts are counted per key before the password is checked. The first
 * `freeAttempts` of a run need no wait; every attempt after that must wait `firstDelayMs`,
 * doubling with each further attempt up to `maxDelayMs`. A run is forgotten `windowMs` after its
 * first attempt.
 */
export interface ThrottlePolicy {
	freeAttempts: number;
	firstDelayMs: number;
	maxDelayMs: number;
	windowMs: number;
}

/**
 * Per e-mail address *and* IP address: one machine guessing one account's password gets five
 * tries, then waits 1, 2, 4 … minutes (at most an hour) between tries. There is deliberately no
 * limit per e-mail address alone: anybody could use it to lock the owner, the admin included, out
 * of their account. The owner signing in from another address is not slowed down at all.
 */
export const PAIR_THROTTLE: ThrottlePolicy = {
	freeAttempts: 5,
	firstDelayMs: MINUTE,
	maxDelayMs: HOUR,
	windowMs: 24 * HOUR
};
/**
 * Per IP address, over all e-mail addresses: higher, because an office shares one address, but it
 * stops one machine from trying one password on many accounts.
 */
export const IP_THROTTLE: ThrottlePolicy = {
	freeAttempts: 30,
	firstDelayMs: MINUTE,
	maxDelayMs: HOUR,
	windowMs: 24 * HOUR
};

/** `failures`: attempts counted in the run (a successful one is taken back again). */
export interface ThrottleState {
	failures: number;
	windowStartedAt: Date;
	lockedUntil: Date | null;
}

/** The wait after the `attempts`-th attempt of a run before the next one is admitted. */
export function delayAfter(attempts: number, policy: ThrottlePolicy): number {
	if (attempts < policy.freeAttempts) return 0;
	const doublings = Math.min(attempts - policy.freeAttempts, 30);
	return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** doublings);
}

/** Milliseconds until the key accepts attempts again; 0 when it does now. */
export function lockRemainingMs(state: ThrottleState | null, now: Date): number {
	if (!state?.lockedUntil) return 0;
	return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

export type Admission =
	{ admitted: true; next: ThrottleState } | { admitted: false; waitMs: number };

/**
 * Whether one more attempt may go ahead now, and the state that counts it. A refused attempt
 * counts nothing: it checks no password, and it must not push the wait further out.
 */
export function admitAttempt(
	state: ThrottleState | null,
	policy: ThrottlePolicy,
	now: Date
): Admission {
	const current =
		state && now.getTime() - state.windowStartedAt.getTime() < policy.windowMs
			? state
			: { failures: 0, windowStartedAt: now, lockedUntil: null };
	const waitMs = lockRemainingMs(current, now);
	if (waitMs > 0) return { admitted: false, waitMs };
	const failures = current.failures + 1;
	const delay = delayAfter(failures, policy);
	return {
		admitted: true,
		next: {
			failures,
			windowStartedAt: current.windowStartedAt,
			lockedUntil: delay ? new Date(now.getTime() + delay) : null
		}
	};
}

/**
 * A correct password takes its attempt back from an IP address's count, so colleagues signing in
 * from one office don't use up the office's tries. A wait already running stays unless the count
 * falls back under the free attempts.
 */
export function afterSuccess(state: ThrottleState, policy: ThrottlePolicy): ThrottleState {
	const failures = Math.max(0, state.failures - 1);
	return {
		failures,
		windowStartedAt: state.windowStartedAt,
		lockedUntil: delayAfter(failures, policy) ? state.lockedUntil : null
	};
}

// ---------------------------------------------------------------------------------------------
// Sessions

/**
 * A session ends after 8 hours without use (a working day with breaks), and in any case 7 days
 * after login. Use within the second half of the idle window pushes the end out again, so an
 * active session is renewed at most every few hours instead of on every request.
 */
export const SESSION_IDLE_MS = 8 * HOUR;
export const SESSION_MAX_MS = 7 * 24 * HOUR;

export interface SessionTimes {
	createdAt: Date;
	expiresAt: Date;
}

export type SessionStatus = 'expired' | 'renew' | 'valid';

export function newSessionExpiry(createdAt: Date): Date {
	return new Date(createdAt.getTime() + SESSION_IDLE_MS);
}

export function renewedExpiry(session: SessionTimes, now: Date): Date {
	const idle = now.getTime() + SESSION_IDLE_MS;
	const absolute = session.createdAt.getTime() + SESSION_MAX_MS;
	return new Date(Math.min(idle, absolute));
}

export function sessionStatus(session: SessionTimes, now: Date): SessionStatus {
	const remaining = session.expiresAt.getTime() - now.getTime();
	if (remaining <= 0) return 'expired';
	if (remaining >= SESSION_IDLE_MS / 2) return 'valid';
	return renewedExpiry(session, now).getTime() > session.expiresAt.getTime() ? 'renew' : 'valid';
}

// ---------------------------------------------------------------------------------------------
// Password links

/** A reset link is short-lived; an invitation waits a few days for a new colleague. */
export const TOKEN_LIFETIME_MS = { reset: 1 * HOUR, invite: 72 * HOUR } as const;
/** At most this many reset mails per account and hour, so the form can't flood a mailbox. */
export const RESET_MAILS_PER_HOUR = 3;

export type TokenProblem = 'link_ungueltig' | 'link_abgelaufen';

export function tokenProblem(
	token: { expiresAt: Date; usedAt: Date | null } | null,
	now: Date
): TokenProblem | null {
	if (!token || token.usedAt) return 'link_ungueltig';
	if (now.getTime() >= token.expiresAt.getTime()) return 'link_abgelaufen';
	return null;
}

// ---------------------------------------------------------------------------------------------
// Where to go after login

/**
 * The return path after login comes from the query string, so it must stay on this site:
 * a path starting with a single "/" (not "//" or "/\", which browsers read as another host),
 * without control characters. Anything else falls back to `fallback`.
 */
export function safeReturnPath(value: string | null | undefined, fallback: string): string {
	if (!value || value.length > 1000) return fallback;
	if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
	const base = 'http://same.invalid';
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		return fallback;
	}
	if (url.origin !== base) return fallback;
	return `${url.pathname}${url.search}${url.hash}`;
}

/** The page a user starts on after login when no return path was given. */
export function homeFor(role: Role): string {
	if (role === 'reviewer') return '/begutachtung';
	return role === 'planner' || role === 'kreis_planner' ? '/planung' : '/admin';
}

/** Admins may do everything; everybody else needs one of the named roles. */
export function roleAllows(role: Role, allowed: readonly Role[]): boolean {
	return role === 'admin' || allowed.includes(role);
}

// ---------------------------------------------------------------------------------------------
// Roles and municipalities

/** A planner works for exactly one of the 53 municipalities; nobody else has one. */
export function municipalityProblem(role: Role, ags: string | null): AuthErrorCode | null {
	if (role !== 'planner') return ags ? 'kommune_nur_fuer_planung' : null;
	if (!ags) return 'kommune_fehlt';
	return municipalityByAgs(ags) ? null : 'kommune_unbekannt';
}

/** The Kreise of the Ruhr area with their member municipalities (the kreisfreie Städte are none). */
export const ruhrKreise: readonly { kreisAgs: string; name: string }[] = [
	...new Map(
		municipalities
			.filter((m) => !m.kreisfrei)
			.map((m) => [m.kreisAgs, { kreisAgs: m.kreisAgs, name: m.kreis }])
	).values()
];

/** A Kreis planner works for exactly one of the Ruhr Kreise; nobody else has one. */
export function kreisProblem(role: Role, kreisAgs: string | null): AuthErrorCode | null {
	if (role !== 'kreis_planner') return kreisAgs ? 'kreis_nur_fuer_kreisplanung' : null;
	if (!kreisAgs) return 'kreis_fehlt';
	return ruhrKreise.some((k) => k.kreisAgs === kreisAgs) ? null : 'kreis_unbekannt';
}

// ---------------------------------------------------------------------------------------------
// Handlungsprogramme

/** Whose plan: one municipality's (8-digit AGS) or a Kreis's (5-digit key). */
export type PlanScope =
	| { readonly kind: 'gemeinde'; readonly ags: string }
	| { readonly kind: 'kreis'; readonly kreisAgs: string };

export interface PlanningAccount {
	readonly role: Role;
	readonly municipalityAgs: string | null;
	readonly kreisAgs: string | null;
}

/**
 * Who may read and change a Handlungsprogramm: a planner the plans of their municipality; a Kreis
 * planner the Kreis plan and the plans of the Kreis's member municipalities; admins all; nobody
 * else (organisers included). Plans are internal until their public part is read through the
 * public read models, so reading and editing go together.
 */
export function mayPlanFor(account: PlanningAccount, scope: PlanScope): boolean {
	switch (account.role) {
		case 'admin':
			return true;
		case 'planner':
			return scope.kind === 'gemeinde' && account.municipalityAgs === scope.ags;
		case 'kreis_planner':
			if (!account.kreisAgs) return false;
			if (scope.kind === 'kreis') return scope.kreisAgs === account.kreisAgs;
			return (
				municipalityByAgs(scope.ags)?.kreisAgs === account.kreisAgs &&
				!municipalityByAgs(scope.ags)?.kreisfrei
			);
		default:
			return false;
	}
}
