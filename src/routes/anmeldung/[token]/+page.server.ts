import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { translator } from '$lib/i18n';
import {
	RegistrationError,
	answerSheet,
	errorKey,
	formToObject,
	manageRegistration,
	registrationView,
	type ManageAction
} from '$lib/server/registration';
import { appConfig } from '$lib/server/runtime';
import { itineraryForRegistration, preferenceChoices, setPreferences } from '$lib/server/worldcafe';
import type { Actions, PageServerLoad } from './$types';
import { NO_ROW, rowIdFrom } from '$lib/server/fields';
import { certificateStatus, eventOver } from '$lib/server/certificates';

export const load: PageServerLoad = async ({ params, setHeaders, locals }) => {
	setHeaders({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
	try {
		const view = await registrationView(database(), params.token);
		const now = new Date();
		return {
			view,
			certificate: {
				over: eventOver(view.edition, now),
				refusal: await certificateStatus(database(), view.registration.id, now)
			},
			answers: await answerSheet(database(), view.registration, locals.locale),
			itineraries: await itineraryForRegistration(database(), view.registration.id),
			preferences: await preferenceChoices(database(), view.registration.id)
		};
	} catch (e) {
		if (e instanceof RegistrationError) error(404, translator(locals.locale)(errorKey(e.code)));
		throw e;
	}
};

const act =
	(action: ManageAction) =>
	async ({ request, params }: { request: Request; params: { token: string } }) =>
		manageRegistration(database(), params.token, action, formToObject(await request.formData()), {
			now: new Date(),
			origin: appConfig().origin
		});

export const actions: Actions = {
	confirm: act('confirm'),
	update: act('update'),
	answers: act('answers'),
	cancel: act('cancel'),
	delete: act('delete'),
	leave: act('leave'),
	topics: async ({ request, params, locals }) => {
		const view = await registrationView(database(), params.token).catch((e) => {
			if (e instanceof RegistrationError) error(404, translator(locals.locale)(errorKey(e.code)));
			throw e;
		});
		const form = await request.formData();
		const cafeId = rowIdFrom(form.get('cafeId')) ?? NO_ROW;
		await setPreferences(
			database(),
			view.registration.id,
			cafeId,
			form.getAll('topic').map(String)
		);
		return { topicsSaved: cafeId };
	}
};
