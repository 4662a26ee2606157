import { describe, expect, it } from 'vitest';
import {
	IP_THROTTLE,
	PAIR_THROTTLE,
	SESSION_IDLE_MS,
	SESSION_MAX_MS,
	TOKEN_LIFETIME_MS,
	admitAttempt,
	afterSuccess,
	delayAfter,
	homeFor,
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
	const later = (ms: number) => new Date(t0.getTime() + ms);

	/** Attempts made as early as the policy admits them; the times they went ahead. */
	function asEarlyAsAdmitted(n: number, policy = PAIR_THROTTLE) {
		let state: ThrottleState | null = null;
		let now = t0;
		const times: number[] = [];
		for (let i = 0; i < n; i++) {
			const admission = admitAttempt(state, policy, now);
			if (!admission.admitted) {
				now = new Date(now.getTime() + admission.waitMs);
				i--;
				continue;
			}
			state = admission.next;
			times.push((now.getTime() - t0.getTime()) / minutes(1));
		}
		return { times, state };
	}

	it('admits five attempts at once, then waits 1, 2, 4, 8 … minutes between attempts, at most an hour', () => {
		const { times } = asEarlyAsAdmitted(13);
		expect(times).toEqual([0, 0, 0, 0, 0, 1, 3, 7, 15, 31, 63, 123, 183]);
	});

	it('refuses an attempt during the wait without counting it or lengthening the wait', () => {
		const { state } = asEarlyAsAdmitted(5);
		expect(state).toMatchObject({ failures: 5, lockedUntil: later(minutes(1)) });
		const refused = admitAttempt(state, PAIR_THROTTLE, later(20_000));
		expect(refused).toEqual({ admitted: false, waitMs: 40_000 });
		expect(admitAttempt(state, PAIR_THROTTLE, later(minutes(1))).admitted).toBe(true);
	});

	it('gives an IP address thirty attempts before the first wait', () => {
		expect(asEarlyAsAdmitted(31, IP_THROTTLE).times.slice(-2)).toEqual([0, 1]);
		expect(delayAfter(29, IP_THROTTLE)).toBe(0);
		expect(delayAfter(30, IP_THROTTLE)).toBe(minutes(1));
	});

	it('forgets a run a day after it started', () => {
		const { state } = asEarlyAsAdmitted(8);
		const admission = admitAttempt(state, PAIR_THROTTLE, later(24 * 60 * minutes(1)));
		expect(admission).toMatchObject({ admitted: true, next: { failures: 1, lockedUntil: null } });
	});

	it('takes a successful attempt back from the count, ending the wait under the free attempts', () => {
		const { state } = asEarlyAsAdmitted(30, IP_THROTTLE);
		expect(state?.lockedUntil).toEqual(later(minutes(1)));
		expect(afterSuccess(state!, IP_THROTTLE)).toMatchObject({ failures: 29, lockedUntil: null });
		const { state: deeper } = asEarlyAsAdmitted(33, IP_THROTTLE);
		expect(afterSuccess(deeper!, IP_THROTTLE)).toEqual({ ...deeper, failures: 32 });
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
