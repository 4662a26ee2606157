import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../types/auth';
import { FORBIDDEN_MESSAGE, requireMunicipality, requireRole, requireUser } from './guards';
import type { SessionUser } from './sessions';

function anEvent(url: string, user: Partial<SessionUser> | null, method = 'GET') {
	const full: SessionUser | null = user
		? {
				id: 1,
				email: 'a@stadt.example',
				name: 'A',
				role: 'organiser',
				municipalityAgs: null,
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
			municipalityAgs
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
});
