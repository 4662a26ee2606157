import { describe, expect, it } from 'vitest';
import { de, en, type MessageKey } from './catalogues';

// Staff sign in and log out; participants register for a conference and cancel. Each action has
// its own word so that a participant never lands on a password form by following "Anmelden".
const staffLogin: MessageKey[] = ['nav.login', 'login.title', 'login.submit'];
const staffLogout: MessageKey[] = [
	'logout.title',
	'logout.submit',
	'account.logout',
	'account.logoutEverywhere',
	'login.loggedOut',
	'login.loggedOutEverywhere'
];
const conferenceRegistration: MessageKey[] = ['reg.cta'];
const cancelRegistration: MessageKey[] = ['manage.cancelTitle', 'manage.cancelButton'];

describe('the words for staff login and conference registration', () => {
	it('never call the staff login or logout "anmelden" or "abmelden"', () => {
		for (const key of [...staffLogin, ...staffLogout]) {
			expect(de[key], key).not.toMatch(/anmeld|abmeld/i);
		}
	});

	it('call the staff login "Login" and the logout "Ausloggen"', () => {
		expect(de['nav.login']).toBe('Login');
		expect(en['nav.login']).toBe('Staff login');
		expect(de['logout.submit']).toBe('Ausloggen');
		expect(en['logout.submit']).toBe('Log out');
		for (const key of staffLogout) expect(de[key], key).toMatch(/ausgeloggt|ausloggen/i);
	});

	it('keep "Anmeldung" for the conference and "Abmelden" for cancelling it', () => {
		for (const key of conferenceRegistration) {
			expect(de[key], key).toMatch(/Anmeldung zur Konferenz/);
			expect(en[key], key).toBe('Register');
		}
		for (const key of cancelRegistration) {
			expect(de[key], key).toBe('Abmelden');
			expect(en[key], key).toBe('Cancel registration');
		}
	});

	it('in English, use "sign in" or "sign out" nowhere for staff', () => {
		for (const key of [...staffLogin, ...staffLogout]) {
			expect(en[key], key).not.toMatch(/sign(ed)? (in|out)/i);
		}
	});
});
