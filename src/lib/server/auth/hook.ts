import type { Cookies, Handle } from '@sveltejs/kit';
import { database } from '../db';
import { validateSession } from './sessions';

export const SESSION_COOKIE = 'sk_session';

/** HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), Secure over https. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}

const privateAreas = ['/admin', '/planung', '/konto', '/passwort-neu'];

function isPrivatePath(path: string): boolean {
	return privateAreas.some((area) => path === area || path.startsWith(`${area}/`));
}

/**
 * Resolves the session cookie into `event.locals.user` (null for visitors). Visitors without a
 * cookie cost no query. Pages seen by a signed-in user, and the private areas, are never cached.
 * The one write on a GET is here: renewing a session (at most every few hours per session) or
 * removing an expired one.
 */
export const authenticate: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token && token.length <= 100) {
		const result = await validateSession(database(), token, new Date());
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			if (result.renewed)
				setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
		} else {
			clearSessionCookie(event.cookies, event.url);
		}
	} else if (token) {
		clearSessionCookie(event.cookies, event.url);
	}
	const response = await resolve(event);
	if (event.locals.user || isPrivatePath(event.url.pathname)) {
		response.headers.set('Cache-Control', 'private, no-store');
	}
	return response;
};
