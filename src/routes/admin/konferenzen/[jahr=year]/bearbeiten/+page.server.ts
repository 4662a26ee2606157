import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { editingAction } from '$lib/server/backoffice';
import { EditionForm, editionFormValues, updateEdition } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { appConfig, pokeMailWorker } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const stored = await editionFormValues(database(), Number(event.params.jahr));
	if (!stored) error(404, 'error.noEdition');
	return { year: Number(event.params.jahr), stored };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'organiser');
		const actor = { actorUserId: user.id, now: new Date(), origin: appConfig().origin };
		const outcome = await editingAction(event, 'update', EditionForm, (data) =>
			updateEdition(database(), Number(event.params.jahr), data, actor)
		);
		pokeMailWorker();
		return outcome;
	}
};
