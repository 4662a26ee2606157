import { fail, redirect } from '@sveltejs/kit';
import {
	ChangePasswordForm,
	authFailure,
	changePassword,
	clearSessionCookie,
	logoutEverywhere,
	requireUser
} from '$lib/server/auth';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { municipalityByAgs } from '$lib/reference/municipalities';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return {
		account: {
			name: user.name,
			email: user.email,
			role: user.role,
			municipality: municipalityByAgs(user.municipalityAgs)?.name ?? null
		}
	};
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(ChangePasswordForm, form);
		if (!parsed.ok) return fail(400, { action: 'password', ...parsed.problem });
		try {
			await changePassword(
				database(),
				{
					userId: user.id,
					sessionId: event.locals.session!.id,
					current: parsed.data.current,
					next: parsed.data.password
				},
				new Date()
			);
		} catch (error) {
			return authFailure(error, form, 'password');
		}
		return { action: 'password', changed: true };
	},
	everywhere: async (event) => {
		const user = requireUser(event);
		await logoutEverywhere(database(), user.id, new Date());
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/anmelden?hinweis=ueberall');
	}
};
