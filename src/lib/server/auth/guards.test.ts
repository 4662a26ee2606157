import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../types/auth';
import {
	FORBIDDEN_MESSAGE,
	requireMunicipality,
	requirePlanScope,
	requireRole,
	requireUser
} from './guards';
import { homeFor, type PlanScope } from './rules';
import type { SessionUser } from './sessions';

function anEvent(url: string, user: Partial<SessionUser> | null, method = 'GET') {
	const full: SessionUser | null = user
		? {
				id: 1,
				email: 'a@stadt.example',
				name: 'A',
				role: 'organiser',
				municipalityAgs: null,
				kreisAgs: null,
				...user
			}
		: null;
	return {
		url: new URL(url, 'http://localhost'),
		request: new Request(new URL(url, 'http://localhost'), { method }),
		locals: { locale: 'de' as const, user: full, session: null }
	};
}

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (error) {
		return error;
	}
	throw new Error('expected the guard to throw');
}

describe('guards', () => {
	it('sends an anonymous visitor to the login page with the way back', () => {
		const error = thrown(() => requireUser(anEvent('/admin/protokoll?aktion=user', null)));
		expect(isRedirect(error) && error.status).toBe(303);
		expect(isRedirect(error) && error.location).toBe(
			'/anmelden?weiter=%2Fadmin%2Fprotokoll%3Faktion%3Duser'
		);
	});

	it('brings an anonymous form post back to the page, not to the action', () => {
		const error = thrown(() => requireUser(anEvent('/admin/benutzer?/create', null, 'POST')));
		expect(isRedirect(error) && error.location).toBe('/anmelden?weiter=%2Fadmin%2Fbenutzer');
	});

	it('refuses a wrong role with 403 and the German message', () => {
		const error = thrown(() => requireRole(anEvent('/admin', { role: 'planner' }), 'organiser'));
		expect(isHttpError(error, 403)).toBe(true);
		expect(isHttpError(error) && error.body.message).toBe(FORBIDDEN_MESSAGE);
	});

	it.each<[Role, Role[], boolean]>([
		['organiser', ['organiser'], true],
		['planner', ['planner'], true],
		['admin', ['organiser'], true],
		['admin', ['planner'], true],
		['organiser', ['admin'], false],
		['planner', ['organiser'], false]
	])('lets a %s into an area for %j: %s', (role, allowed, passes) => {
		const event = anEvent('/x', { role });
		if (passes) expect(requireRole(event, ...allowed).role).toBe(role);
		else
			expect(
				isHttpError(
					thrown(() => requireRole(event, ...allowed)),
					403
				)
			).toBe(true);
	});

	it('lets a planner work on their own municipality only, an admin on any, others none', () => {
		const user = (role: Role, municipalityAgs: string | null): SessionUser => ({
			id: 1,
			email: 'a@stadt.example',
			name: 'A',
			role,
			municipalityAgs,
			kreisAgs: null
		});
		expect(requireMunicipality(user('planner', '05513000'), '05513000')).toBe('05513000');
		expect(requireMunicipality(user('admin', null), '05112000')).toBe('05112000');
		for (const [role, own] of [
			['planner', '05513000'],
			['planner', null],
			['organiser', '05112000']
		] as const) {
			const error = thrown(() => requireMunicipality(user(role, own), '05112000'));
			expect(isHttpError(error) && error.status, `${role} ${own}`).toBe(403);
			expect(isHttpError(error) && error.body.message).toBe(FORBIDDEN_MESSAGE);
		}
	});

	describe('Handlungsprogramme', () => {
		const account = (
			role: Role,
			scope: { municipalityAgs?: string; kreisAgs?: string } = {}
		): SessionUser => ({
			id: 1,
			email: 'a@stadt.example',
			name: 'A',
			role,
			municipalityAgs: scope.municipalityAgs ?? null,
			kreisAgs: scope.kreisAgs ?? null
		});
		const gelsenkirchen: PlanScope = { kind: 'gemeinde', ags: '05513000' };
		const dorsten: PlanScope = { kind: 'gemeinde', ags: '05562012' };
		const dinslaken: PlanScope = { kind: 'gemeinde', ags: '05170008' };
		const kreisRecklinghausen: PlanScope = { kind: 'kreis', kreisAgs: '05562' };
		const kreisWesel: PlanScope = { kind: 'kreis', kreisAgs: '05170' };

		it.each<[string, SessionUser, PlanScope, boolean]>([
			[
				'a planner their own municipality',
				account('planner', { municipalityAgs: '05513000' }),
				gelsenkirchen,
				true
			],
			[
				'a planner another municipality',
				account('planner', { municipalityAgs: '05513000' }),
				dorsten,
				false
			],
			[
				'a planner the Kreis plan of their own Kreis',
				account('planner', { municipalityAgs: '05562012' }),
				kreisRecklinghausen,
				false
			],
			[
				'a Kreis planner their Kreis plan',
				account('kreis_planner', { kreisAgs: '05562' }),
				kreisRecklinghausen,
				true
			],
			[
				'a Kreis planner a member municipality',
				account('kreis_planner', { kreisAgs: '05562' }),
				dorsten,
				true
			],
			[
				'a Kreis planner another Kreis plan',
				account('kreis_planner', { kreisAgs: '05562' }),
				kreisWesel,
				false
			],
			[
				'a Kreis planner a municipality of another Kreis',
				account('kreis_planner', { kreisAgs: '05562' }),
				dinslaken,
				false
			],
			[
				'a Kreis planner a kreisfreie Stadt',
				account('kreis_planner', { kreisAgs: '05562' }),
				gelsenkirchen,
				false
			],
			['an admin any municipality', account('admin'), dinslaken, true],
			['an admin any Kreis plan', account('admin'), kreisWesel, true],
			['an organiser a municipality', account('organiser'), gelsenkirchen, false]
		])('lets %s: %s', (_, user, scope, passes) => {
			if (passes) expect(requirePlanScope(user, scope)).toEqual(scope);
			else {
				const error = thrown(() => requirePlanScope(user, scope));
				expect(isHttpError(error) && error.status).toBe(403);
				expect(isHttpError(error) && error.body.message).toBe(FORBIDDEN_MESSAGE);
			}
		});

		it('keeps a Kreis planner out of the monitoring pages of member municipalities', () => {
			const error = thrown(() =>
				requireMunicipality(account('kreis_planner', { kreisAgs: '05562' }), '05562012')
			);
			expect(isHttpError(error, 403)).toBe(true);
		});

		it('lets a Kreis planner into the planning area but not into the back office', () => {
			const event = anEvent('/planung', { role: 'kreis_planner', kreisAgs: '05562' });
			expect(requireRole(event, 'planner', 'kreis_planner').role).toBe('kreis_planner');
			expect(
				isHttpError(
					thrown(() => requireRole(event, 'organiser')),
					403
				)
			).toBe(true);
		});
	});
	describe('reviewers of the call for posters', () => {
		const reviewer: SessionUser = {
			id: 7,
			email: 'gutachten@example.org',
			name: 'G',
			role: 'reviewer',
			municipalityAgs: null,
			kreisAgs: null
		};
		it('lets a reviewer into the review pages, and into neither the back office nor planning', () => {
			const event = anEvent('/begutachtung', { role: 'reviewer' });
			expect(requireRole(event, 'reviewer', 'organiser').role).toBe('reviewer');
			for (const area of [['organiser'], ['planner', 'kreis_planner'], ['admin']] as Role[][]) {
				expect(
					isHttpError(
						thrown(() => requireRole(event, ...area)),
						403
					)
				).toBe(true);
			}
			const error = thrown(() => requirePlanScope(reviewer, { kind: 'gemeinde', ags: '05513000' }));
			expect(isHttpError(error, 403)).toBe(true);
			expect(
				isHttpError(
					thrown(() => requireMunicipality(reviewer, '05513000')),
					403
				)
			).toBe(true);
		});

		it('starts a reviewer on the review page after login', () => {
			expect(homeFor('reviewer')).toBe('/begutachtung');
		});
	});
});
