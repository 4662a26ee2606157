import { describe, expect, it } from 'vitest';
import {
	ACCOUNT_THROTTLE,
	SESSION_IDLE_MS,
	SESSION_MAX_MS,
	TOKEN_LIFETIME_MS,
	afterFailure,
	homeFor,
	lockRemainingMs,
	municipalityProblem,
	newSessionExpiry,
	passwordProblem,
	renewedExpiry,
	roleAllows,
	safeReturnPath,
	sessionStatus,
	tokenProblem,
	type ThrottleState
} from './rules';

const at = (iso: string) => new Date(iso);
const minutes = (n: number) => n * 60_000;
const hours = (n: number) => n * 60 * 60_000;

describe('password policy', () => {
	it.each([
		['kurz', 'passwort_zu_kurz'],
		['elf Zeichen', 'passwort_zu_kurz'],
		['x'.repeat(201), 'passwort_zu_lang'],
		['Passwort1234', 'passwort_zu_haeufig'],
		['password2024!', 'passwort_zu_haeufig'],
		['123456789012', 'passwort_zu_haeufig'],
		['Schalke04!2024', 'passwort_zu_haeufig'],
		['aaaaaaaaaaaaaa', 'passwort_zu_haeufig'],
		['abababababab', 'passwort_zu_haeufig'],
		['Sozialkonferenz!', 'passwort_zu_haeufig']
	])('refuses %j with %s', (password, code) => {
		expect(passwordProblem(password)).toBe(code);
	});

	it.each(['Kaffee im Quartier 7', 'pferd-batterie-heft', 'Grüne Gürtel über Bochum'])(
		'accepts the passphrase %j',
		(password) => {
			expect(passwordProblem(password)).toBeNull();
		}
	);

	it('counts characters, not bytes: twelve umlauts are long enough', () => {
		expect(passwordProblem('äöüäöüßäöüäö')).toBeNull();
		expect(passwordProblem('äöüäöüßäöüä')).toBe('passwort_zu_kurz');
	});

	it('refuses a password that contains the e-mail address or its name part', () => {
		expect(passwordProblem('ich bin jana.meier!', 'Jana.Meier@stadt.example')).toBe(
			'passwort_enthaelt_email'
		);
		expect(passwordProblem('ganz anderer Satz', 'jana.meier@stadt.example')).toBeNull();
	});
});

describe('login throttling', () => {
	const t0 = at('2027-03-01T09:00:00Z');

	function failures(n: number, stepMs: number, start = t0): ThrottleState | null {
		let state: ThrottleState | null = null;
		for (let i = 0; i < n; i++) {
			state = afterFailure(state, ACCOUNT_THROTTLE, new Date(start.getTime() + i * stepMs));
		}
		return state;
	}

	it('lets four failures in the window pass', () => {
		const state = failures(4, minutes(1));
		expect(state).toMatchObject({ failures: 4, lockedUntil: null });
		expect(lockRemainingMs(state, new Date(t0.getTime() + minutes(4)))).toBe(0);
	});

	it('locks the key for 15 minutes at the fifth failure within 15 minutes', () => {
		const state = failures(5, minutes(1));
		const fifth = new Date(t0.getTime() + minutes(4));
		expect(state?.lockedUntil).toEqual(new Date(fifth.getTime() + minutes(15)));
		expect(lockRemainingMs(state, new Date(fifth.getTime() + minutes(10)))).toBe(minutes(5));
		expect(lockRemainingMs(state, new Date(fifth.getTime() + minutes(15)))).toBe(0);
	});

	it('starts counting afresh once the window has passed', () => {
		const state = failures(5, minutes(4));
		// Failures at 0, 4, 8, 12 min count; the fifth at 16 min opens a new window.
		expect(state).toMatchObject({ failures: 1, lockedUntil: null });
		expect(state?.windowStartedAt).toEqual(new Date(t0.getTime() + minutes(16)));
	});

	it('counts from one again after a lock', () => {
		const locked = failures(5, 0);
		const after = afterFailure(locked, ACCOUNT_THROTTLE, new Date(t0.getTime() + minutes(16)));
		expect(after).toMatchObject({ failures: 1, lockedUntil: null });
	});
});

describe('session expiry', () => {
	const created = at('2027-03-01T08:00:00Z');
	const session = { createdAt: created, expiresAt: newSessionExpiry(created) };

	it('is valid and not renewed in the first half of the idle window', () => {
		expect(session.expiresAt.getTime() - created.getTime()).toBe(SESSION_IDLE_MS);
		expect(sessionStatus(session, new Date(created.getTime() + hours(3)))).toBe('valid');
	});

	it('is renewed in the second half, sliding the end to 8 hours after the request', () => {
		const now = new Date(created.getTime() + hours(5));
		expect(sessionStatus(session, now)).toBe('renew');
		expect(renewedExpiry(session, now)).toEqual(new Date(now.getTime() + SESSION_IDLE_MS));
	});

	it('has expired at its end', () => {
		expect(sessionStatus(session, session.expiresAt)).toBe('expired');
	});

	it('never lives beyond 7 days after login however often it is renewed', () => {
		const nearEnd = new Date(created.getTime() + SESSION_MAX_MS - hours(1));
		const late = { createdAt: created, expiresAt: new Date(nearEnd.getTime() + hours(2)) };
		expect(renewedExpiry(late, nearEnd)).toEqual(new Date(created.getTime() + SESSION_MAX_MS));
		const capped = { createdAt: created, expiresAt: new Date(created.getTime() + SESSION_MAX_MS) };
		expect(sessionStatus(capped, nearEnd)).toBe('valid');
	});
});

describe('password links', () => {
	const created = at('2027-03-01T10:00:00Z');
	const reset = { expiresAt: new Date(created.getTime() + TOKEN_LIFETIME_MS.reset), usedAt: null };

	it('works until its expiry and not after', () => {
		expect(TOKEN_LIFETIME_MS.reset).toBe(hours(1));
		expect(tokenProblem(reset, new Date(created.getTime() + minutes(59)))).toBeNull();
		expect(tokenProblem(reset, reset.expiresAt)).toBe('link_abgelaufen');
	});

	it('is invalid once used or when unknown', () => {
		expect(tokenProblem({ ...reset, usedAt: created }, created)).toBe('link_ungueltig');
		expect(tokenProblem(null, created)).toBe('link_ungueltig');
	});

	it('gives an invitation three days', () => {
		expect(TOKEN_LIFETIME_MS.invite).toBe(hours(72));
	});
});

describe('return path after login', () => {
	it.each([
		['/admin', '/admin'],
		['/admin/protokoll?aktion=user&seite=2', '/admin/protokoll?aktion=user&seite=2'],
		['/planung#karte', '/planung#karte'],
		['/admin/../konto', '/konto']
	])('keeps the same-site path %j', (input, expected) => {
		expect(safeReturnPath(input, '/fallback')).toBe(expected);
	});

	it.each([
		null,
		'',
		'https://evil.example/admin',
		'//evil.example/admin',
		'/\\evil.example',
		'\\\\evil.example',
		'javascript:alert(1)',
		'admin',
		'/admin\nSet-Cookie: x',
		'/\r\nLocation: //evil.example'
	])('refuses %j and uses the fallback', (input) => {
		expect(safeReturnPath(input, '/fallback')).toBe('/fallback');
	});
});

describe('roles', () => {
	it('sends planners to the planning area and everybody else to the back office', () => {
		expect(homeFor('planner')).toBe('/planung');
		expect(homeFor('organiser')).toBe('/admin');
		expect(homeFor('admin')).toBe('/admin');
	});

	it('lets admins in everywhere and others only where named', () => {
		expect(roleAllows('admin', ['planner'])).toBe(true);
		expect(roleAllows('organiser', ['organiser'])).toBe(true);
		expect(roleAllows('planner', ['organiser'])).toBe(false);
		expect(roleAllows('organiser', ['admin'])).toBe(false);
	});

	it('requires one of the 53 municipalities for planners and none for other roles', () => {
		expect(municipalityProblem('planner', '05513000')).toBeNull();
		expect(municipalityProblem('planner', null)).toBe('kommune_fehlt');
		expect(municipalityProblem('planner', '05315000')).toBe('kommune_unbekannt'); // Köln
		expect(municipalityProblem('organiser', '05513000')).toBe('kommune_nur_fuer_planung');
		expect(municipalityProblem('organiser', null)).toBeNull();
	});
});
