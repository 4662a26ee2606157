import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { CafeForm, createCafe, editionChoices, listCafes } from '$lib/server/worldcafe';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const db = database();
	return { cafes: await listCafes(db), editions: await editionChoices(db) };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'organiser');
		const parsed = parseForm(CafeForm, await event.request.formData());
		if (!parsed.ok) return fail(400, parsed.problem);
		const cafe = await createCafe(database(), parsed.data, user.id, new Date());
		redirect(303, `/admin/worldcafe/${cafe.id}`);
	}
};
