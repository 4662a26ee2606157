import type { Handle } from '@sveltejs/kit';
import { defaultLocale, isLocale } from '$lib/i18n';

const LOCALE_COOKIE = 'lang';

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

/** Content-Security-Policy comes from svelte.config.js (with script hashes); these complete it. */
export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	const set = (name: string, value: string) => {
		if (!headers.has(name)) headers.set(name, value);
	};
	set('X-Content-Type-Options', 'nosniff');
	set('Referrer-Policy', 'strict-origin-when-cross-origin');
	set('X-Frame-Options', 'DENY');
	set('Permissions-Policy', 'camera=(self), microphone=(), geolocation=()');
	set('Cross-Origin-Opener-Policy', 'same-origin');
	const forwardedProto = event.request.headers.get('x-forwarded-proto');
	if (event.url.protocol === 'https:' || forwardedProto === 'https') {
		set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	}
	return response;
};
