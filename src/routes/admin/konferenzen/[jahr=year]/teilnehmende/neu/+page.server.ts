import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { editionOr404, editionWorkshops, organiserAction } from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import {
	RegistrationSchema,
	editionQuestions,
	registerByOrganiser,
	withAnswers
} from '$lib/server/registration';
import { municipalities } from '$lib/reference/municipalities';
import { appConfig, pokeMailWorker } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const [workshops, questions] = await Promise.all([
		editionWorkshops(database(), edition.id),
		editionQuestions(database(), edition.id)
	]);
	return { edition, workshops, questions, municipalities };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'organiser');
		const edition = await editionOr404(event.params.jahr);
		const ctx = { now: new Date(), origin: appConfig().origin, actorUserId: user.id };
		// Required questions stay required here: the organiser is talking to the person and can
		// simply ask, whereas an answer left out now would be missing from every list and export
		// built on it, with nobody reminded to add it later.
		const schema = withAnswers(RegistrationSchema, await editionQuestions(database(), edition.id));
		const outcome = await organiserAction(event, 'create', schema, (data) =>
			registerByOrganiser(database(), edition.id, data, ctx)
		);
		if (!('done' in outcome)) return outcome;
		pokeMailWorker();
		redirect(303, `/admin/konferenzen/${edition.year}/teilnehmende/${outcome.result.id}`);
	}
};
