import type { Handle } from '@sveltejs/kit';
import { defaultLocale, isLocale } from '$lib/i18n';

export const LOCALE_COOKIE = 'lang';

/** German by default; `?lang=en` switches and is remembered in a cookie. */
export const resolveLocale: Handle = async ({ event, resolve }) => {
	const requested = event.url.searchParams.get('lang');
	let locale = defaultLocale;
	if (isLocale(requested)) {
		locale = requested;
		event.cookies.set(LOCALE_COOKIE, requested, {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			sameSite: 'lax',
			httpOnly: true,
			secure: event.url.protocol === 'https:'
		});
	} else {
		const remembered = event.cookies.get(LOCALE_COOKIE);
		if (isLocale(remembered)) locale = remembered;
	}
	event.locals.locale = locale;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', locale)
	});
};

/**
 * Content-Security-Policy comes from svelte.config.js (with script hashes); these complete it.
 * One list for every answer: the hook below and the kept public pages served before SvelteKit.
 */
export function securityHeaderList(https: boolean): [string, string][] {
	const list: [string, string][] = [
		['x-content-type-options', 'nosniff'],
		['referrer-policy', 'strict-origin-when-cross-origin'],
		['x-frame-options', 'DENY'],
		['permissions-policy', 'camera=(self), microphone=(), geolocation=()'],
		['cross-origin-opener-policy', 'same-origin']
	];
	if (https) list.push(['strict-transport-security', 'max-age=31536000; includeSubDomains']);
	return list;
}

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const https =
		event.url.protocol === 'https:' || event.request.headers.get('x-forwarded-proto') === 'https';
	for (const [name, value] of securityHeaderList(https)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return response;
};
