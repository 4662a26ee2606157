import { fail, redirect } from '@sveltejs/kit';
import {
	LoginForm,
	authFailure,
	homeFor,
	login,
	safeReturnPath,
	setSessionCookie
} from '$lib/server/auth';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const notices = {
	abgemeldet: 'login.loggedOut',
	ueberall: 'login.loggedOutEverywhere',
	passwort: 'login.passwordSet'
} as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	const weiter = url.searchParams.get('weiter');
	if (locals.user) redirect(303, safeReturnPath(weiter, homeFor(locals.user.role)));
	const hinweis = url.searchParams.get('hinweis');
	const notice = hinweis && hinweis in notices ? notices[hinweis as keyof typeof notices] : null;
	return { weiter: weiter ?? '', notice };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const parsed = parseForm(LoginForm, form);
		if (!parsed.ok) return fail(400, parsed.problem);
		let target: string;
		try {
			const { token, session, user } = await login(
				database(),
				{
					email: parsed.data.email,
					password: parsed.data.password,
					ip: event.getClientAddress(),
					userAgent: event.request.headers.get('user-agent')
				},
				new Date()
			);
			setSessionCookie(event.cookies, event.url, token, session.expiresAt);
			target = safeReturnPath(parsed.data.weiter, homeFor(user.role));
		} catch (error) {
			const failure = authFailure(error, form);
			const minutes = failure.data.retryAfterMinutes;
			if (minutes) event.setHeaders({ 'retry-after': String(minutes * 60) });
			return failure;
		}
		redirect(303, target);
	}
};
