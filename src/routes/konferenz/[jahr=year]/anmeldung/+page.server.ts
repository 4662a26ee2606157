import { error, fail, redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { formToObject, registrationPage, submitRegistration } from '$lib/server/registration';
import { appConfig } from '$lib/server/runtime';
import { topicOffers } from '$lib/server/worldcafe';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = database();
	const page = await registrationPage(db, Number(params.jahr), new Date());
	if (!page) error(404, `Keine Sozialkonferenz Ruhr im Jahr ${params.jahr}`);
	return {
		...page,
		topicOffers: await topicOffers(db, Number(params.jahr))
	};
};

export const actions: Actions = {
	default: async ({ request, params, getClientAddress, locals }) => {
		const values = formToObject(await request.formData());
		const config = appConfig();
		const outcome = await submitRegistration(database(), Number(params.jahr), values, {
			ip: getClientAddress(),
			now: new Date(),
			origin: config.origin,
			ratePerMinute: config.registrationRateLimit,
			source: 'form',
			language: locals.locale
		});
		if (outcome.kind === 'invalid' || outcome.kind === 'refused') {
			return fail(outcome.status, { errors: outcome.errors, values });
		}
		// The same page for a new and a repeated registration: the mail says which it was.
		redirect(303, `/konferenz/${params.jahr}/anmeldung/danke`);
	}
};
