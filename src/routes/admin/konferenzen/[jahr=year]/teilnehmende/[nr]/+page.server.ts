import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth';
import {
	editionOr404,
	editionWorkshops,
	organiserAction,
	participantDetail,
	registrationIdOr404
} from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import {
	OrganiserDetailsSchema,
	RawAnswersSchema,
	answerSheet,
	cancelByOrganiser,
	changeAnswersByOrganiser,
	promoteByHand,
	updateByOrganiser
} from '$lib/server/registration';
import { municipalities } from '$lib/reference/municipalities';
import { appConfig, pokeMailWorker } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const id = registrationIdOr404(event.params.nr);
	const registration = await participantDetail(database(), edition.id, id);
	if (!registration) error(404, 'error.noRegistration');
	return {
		edition,
		registration,
		workshops: await editionWorkshops(database(), edition.id),
		answers: await answerSheet(database(), registration, event.locals.locale),
		municipalities
	};
};

async function organiserContext(event: RequestEvent<{ jahr: string; nr: string }>) {
	const user = requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const id = registrationIdOr404(event.params.nr);
	if (!(await participantDetail(database(), edition.id, id))) {
		error(404, 'error.noRegistration');
	}
	return { id, ctx: { now: new Date(), origin: appConfig().origin, actorUserId: user.id } };
}

export const actions: Actions = {
	update: async (event) => {
		requireRole(event, 'organiser');
		const { id, ctx } = await organiserContext(event);
		return organiserAction(event, 'update', OrganiserDetailsSchema, (data) =>
			updateByOrganiser(database(), id, data, ctx).then(() => pokeMailWorker())
		);
	},
	answers: async (event) => {
		requireRole(event, 'organiser');
		const { id, ctx } = await organiserContext(event);
		return organiserAction(event, 'answers', RawAnswersSchema, (raw) =>
			changeAnswersByOrganiser(database(), id, raw, ctx)
		);
	},
	cancel: async (event) => {
		requireRole(event, 'organiser');
		const { id, ctx } = await organiserContext(event);
		return organiserAction(event, 'cancel', z.object({}), () =>
			cancelByOrganiser(database(), id, ctx).then(() => pokeMailWorker())
		);
	},
	promote: async (event) => {
		requireRole(event, 'organiser');
		const { id, ctx } = await organiserContext(event);
		const outcome = await organiserAction(event, 'promote', z.object({}), () =>
			promoteByHand(database(), id, ctx).then(() => pokeMailWorker())
		);
		if ('done' in outcome) redirect(303, event.url.pathname);
		return outcome;
	}
};
