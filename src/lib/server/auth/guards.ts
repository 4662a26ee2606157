import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '../../types/auth';
import { mayPlanFor, roleAllows, type PlanScope } from './rules';
import type { SessionUser } from './sessions';

type GuardEvent = Pick<RequestEvent, 'locals' | 'url' | 'request'>;

export const FORBIDDEN_MESSAGE =
	'Für diesen Bereich fehlt Ihrem Konto die Berechtigung. Wenn Sie ihn brauchen, wenden Sie sich an die Administration.';

/**
 * The signed-in user, or a redirect to the login page that brings them back here afterwards.
 * After a form POST the way back is the page itself, not the action (`?/name`).
 */
export function requireUser(event: GuardEvent): SessionUser {
	const user = event.locals.user;
	if (user) return user;
	const back =
		event.request.method === 'GET'
			? `${event.url.pathname}${event.url.search}`
			: event.url.pathname;
	redirect(303, `/anmelden?weiter=${encodeURIComponent(back)}`);
}

/** As requireUser, and a 403 page for a user without one of the roles (admins pass everywhere). */
export function requireRole(event: GuardEvent, ...allowed: Role[]): SessionUser {
	const user = requireUser(event);
	if (!roleAllows(user.role, allowed)) error(403, FORBIDDEN_MESSAGE);
	return user;
}

/**
 * After `requireRole(event, 'planner')`: the municipality the user may work on. A planner only
 * their own, an admin any (chosen in the page); anyone else a 403 page, before anything is read.
 */
export function requireMunicipality(user: SessionUser, ags: string): string {
	if (worksOnMunicipality(user, ags)) return ags;
	error(403, FORBIDDEN_MESSAGE);
}

/** The rule of `requireMunicipality` without the 403: whether `user` works on `ags`'s data. */
export function worksOnMunicipality(user: SessionUser | null | undefined, ags: string): boolean {
	if (!user) return false;
	return user.role === 'admin' || (user.role === 'planner' && user.municipalityAgs === ags);
}

/** The roles that work on Handlungsprogramme (admins pass `requireRole` anyway). */
export const PLANNING_ROLES = ['planner', 'kreis_planner'] as const satisfies readonly Role[];

/**
 * After `requireRole(event, ...PLANNING_ROLES)`: the plan scope the user may read and edit (see
 * `mayPlanFor`), or a 403 page before anything is read. Another municipality's AGS, a Kreis
 * planner of another Kreis and a kreisfreie Stadt for a Kreis planner are all refused.
 */
export function requirePlanScope(user: SessionUser, scope: PlanScope): PlanScope {
	if (mayPlanFor(user, scope)) return scope;
	error(403, FORBIDDEN_MESSAGE);
}
