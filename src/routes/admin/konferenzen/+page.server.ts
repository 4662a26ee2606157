import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { editingAction, listEditions } from '$lib/server/backoffice';
import { NewEditionForm, createEdition } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { appConfig } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	return { editions: await listEditions(database()) };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'organiser');
		const actor = { actorUserId: user.id, now: new Date(), origin: appConfig().origin };
		const outcome = await editingAction(event, 'create', NewEditionForm, (data) =>
			createEdition(database(), data, actor)
		);
		if (!('done' in outcome)) return outcome;
		redirect(303, `/admin/konferenzen/${outcome.result.year}/bearbeiten`);
	}
};
