import { fail } from '@sveltejs/kit';
import {
	CreateUserForm,
	authFailure,
	createUser,
	listUsers,
	requireRole,
	ruhrKreise
} from '$lib/server/auth';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { municipalities } from '$lib/reference/municipalities';
import { appConfig, pokeMailWorker } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	return { users: await listUsers(database()), municipalities, kreise: ruhrKreise };
};

export const actions: Actions = {
	create: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = await event.request.formData();
		const parsed = parseForm(CreateUserForm, form);
		if (!parsed.ok) return fail(400, parsed.problem);
		try {
			const user = await createUser(
				database(),
				parsed.data,
				admin.id,
				appConfig().origin,
				new Date()
			);
			pokeMailWorker();
			return { created: user.email };
		} catch (error) {
			return authFailure(error, form);
		}
	}
};
