import { fail, redirect } from '@sveltejs/kit';
import {
	AuthError,
	NewPasswordForm,
	authFailure,
	checkPasswordLink,
	clearSessionCookie,
	setPasswordWithLink
} from '$lib/server/auth';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	try {
		const link = await checkPasswordLink(database(), params.token, new Date());
		return { valid: true as const, ...link };
	} catch (error) {
		if (!(error instanceof AuthError)) throw error;
		return { valid: false as const, problem: error.code };
	}
};

export const actions: Actions = {
	default: async ({ request, params, cookies, url }) => {
		const form = await request.formData();
		const parsed = parseForm(NewPasswordForm, form);
		if (!parsed.ok) return fail(400, parsed.problem);
		try {
			await setPasswordWithLink(database(), params.token, parsed.data.password, new Date());
		} catch (error) {
			return authFailure(error, form);
		}
		// Every session of the account ended; this browser's cookie is of no use any more.
		clearSessionCookie(cookies, url);
		redirect(303, '/anmelden?hinweis=passwort');
	}
};
