import { describe, expect, it } from 'vitest';
import { ChangeRoleForm, CreateUserForm, LoginForm, NewPasswordForm } from './schemas';

describe('account forms', () => {
	it('normalises the e-mail address and reports a bad one with its code', () => {
		expect(LoginForm.parse({ email: ' Jana@Stadt.Example ', password: 'x' }).email).toBe(
			'jana@stadt.example'
		);
		const result = LoginForm.safeParse({ email: 'jana', password: '' });
		expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['email', 'email_ungueltig'],
			['password', 'passwort_fehlt']
		]);
	});

	it('puts the policy problem on the password and a mismatch on the repetition', () => {
		const short = NewPasswordForm.safeParse({ password: 'kurz', confirm: 'kurz' });
		expect(short.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['password', 'passwort_zu_kurz']
		]);
		const different = NewPasswordForm.safeParse({
			password: 'Kaffee im Quartier 7',
			confirm: 'Kaffee im Quartier 8'
		});
		expect(different.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['confirm', 'passwoerter_ungleich']
		]);
	});

	it('requires a municipality for planners and drops it for other roles', () => {
		const planner = ChangeRoleForm.safeParse({ role: 'planner', municipalityAgs: '' });
		expect(planner.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['municipalityAgs', 'kommune_fehlt']
		]);
		expect(ChangeRoleForm.parse({ role: 'organiser', municipalityAgs: '05513000' })).toEqual({
			role: 'organiser',
			municipalityAgs: null,
			kreisAgs: null
		});
		expect(
			CreateUserForm.parse({
				email: 'p@stadt.example',
				name: ' Paula ',
				role: 'planner',
				municipalityAgs: '05513000'
			})
		).toEqual({
			email: 'p@stadt.example',
			name: 'Paula',
			role: 'planner',
			municipalityAgs: '05513000',
			kreisAgs: null,
			// Without a choice, the account's mails are German.
			language: 'de'
		});
		const english = { email: 'j@stadt.example', name: 'Jane', role: 'organiser', language: 'en' };
		expect(CreateUserForm.parse(english).language).toBe('en');
		expect(CreateUserForm.safeParse({ ...english, language: 'fr' }).success).toBe(false);
	});

	it('requires a Ruhr Kreis for Kreis planners and drops it for other roles', () => {
		const missing = ChangeRoleForm.safeParse({ role: 'kreis_planner', kreisAgs: '' });
		expect(missing.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['kreisAgs', 'kreis_fehlt']
		]);
		const cologne = ChangeRoleForm.safeParse({ role: 'kreis_planner', kreisAgs: '05315' });
		expect(cologne.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['kreisAgs', 'kreis_unbekannt']
		]);
		// A kreisfreie Stadt has a Kreis key too, but no Kreis plan.
		const essen = ChangeRoleForm.safeParse({ role: 'kreis_planner', kreisAgs: '05113' });
		expect(essen.error?.issues[0]?.message).toBe('kreis_unbekannt');
		expect(
			ChangeRoleForm.parse({
				role: 'kreis_planner',
				municipalityAgs: '05513000',
				kreisAgs: '05562'
			})
		).toEqual({ role: 'kreis_planner', municipalityAgs: null, kreisAgs: '05562' });
		expect(
			ChangeRoleForm.parse({ role: 'planner', municipalityAgs: '05513000', kreisAgs: '05562' })
		).toEqual({ role: 'planner', municipalityAgs: '05513000', kreisAgs: null });
	});

	it('refuses an unknown role', () => {
		const result = ChangeRoleForm.safeParse({ role: 'root', municipalityAgs: '' });
		expect(result.error?.issues[0]).toMatchObject({ path: ['role'], message: 'rolle_ungueltig' });
	});
});
