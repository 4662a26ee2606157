import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { editionOr404, editionWorkshops, organiserAction } from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import { RegistrationSchema, registerByOrganiser } from '$lib/server/registration';
import { municipalities } from '$lib/reference/municipalities';
import { appConfig, pokeMailWorker } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return { edition, workshops: await editionWorkshops(database(), edition.id), municipalities };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'organiser');
		const edition = await editionOr404(event.params.jahr);
		const ctx = { now: new Date(), origin: appConfig().origin, actorUserId: user.id };
		const outcome = await organiserAction(event, 'create', RegistrationSchema, (data) =>
			registerByOrganiser(database(), edition.id, data, ctx)
		);
		if (!('done' in outcome)) return outcome;
		pokeMailWorker();
		redirect(303, `/admin/konferenzen/${edition.year}/teilnehmende/${outcome.result.id}`);
	}
};
