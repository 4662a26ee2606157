import { error, fail } from '@sveltejs/kit';
import {
	ChangeRoleForm,
	authFailure,
	changeRole,
	getUser,
	requireRole,
	ruhrKreise,
	sendPasswordLink,
	setActive
} from '$lib/server/auth';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { municipalities } from '$lib/reference/municipalities';
import { appConfig, pokeMailWorker } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';
import { rowIdFrom } from '$lib/server/fields';
import { languages } from '$lib/types/enums';

function userId(param: string): number {
	const id = rowIdFrom(param);
	if (id === null) error(404, 'error.noAccount');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const admin = requireRole(event, 'admin');
	const user = await getUser(database(), userId(event.params.id));
	if (!user) error(404, 'error.noAccount');
	return { account: user, isSelf: user.id === admin.id, municipalities, kreise: ruhrKreise };
};

export const actions: Actions = {
	role: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = await event.request.formData();
		const parsed = parseForm(ChangeRoleForm, form);
		if (!parsed.ok) return fail(400, { action: 'role', ...parsed.problem });
		const input = { userId: userId(event.params.id), ...parsed.data };
		try {
			await changeRole(database(), input, admin.id, new Date());
		} catch (e) {
			return authFailure(e, form, 'role');
		}
		return { action: 'role', done: 'users.roleSaved' as const };
	},
	link: async (event) => {
		const admin = requireRole(event, 'admin');
		const id = userId(event.params.id);
		const chosen = (await event.request.formData()).get('language');
		const language = languages.find((l) => l === chosen);
		try {
			await sendPasswordLink(database(), id, admin.id, appConfig().origin, new Date(), language);
		} catch (e) {
			return authFailure(e, new FormData(), 'link');
		}
		pokeMailWorker();
		return { action: 'link', done: 'users.linkSent' as const };
	},
	deactivate: async (event) => {
		const admin = requireRole(event, 'admin');
		try {
			await setActive(
				database(),
				{ userId: userId(event.params.id), active: false },
				admin.id,
				new Date()
			);
		} catch (e) {
			return authFailure(e, new FormData(), 'access');
		}
		return { action: 'access', done: 'users.deactivated' as const };
	},
	reactivate: async (event) => {
		const admin = requireRole(event, 'admin');
		try {
			await setActive(
				database(),
				{ userId: userId(event.params.id), active: true },
				admin.id,
				new Date()
			);
		} catch (e) {
			return authFailure(e, new FormData(), 'access');
		}
		return { action: 'access', done: 'users.reactivated' as const };
	}
};
