import { redirect } from '@sveltejs/kit';
import { clearSessionCookie, logout } from '$lib/server/auth';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

/** GET shows a button (logging out is a change, so it only happens on POST). */
export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, '/anmelden');
	return {};
};

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.user && locals.session) {
			await logout(database(), locals.session.id, locals.user.id, new Date());
		}
		clearSessionCookie(cookies, url);
		redirect(303, '/anmelden?hinweis=abgemeldet');
	}
};
