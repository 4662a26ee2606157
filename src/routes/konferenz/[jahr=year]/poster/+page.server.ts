import { error } from '@sveltejs/kit';
import { requireEdition } from '$lib/server/conference';
import { database } from '$lib/server/db';
import {
	PosterError,
	callOfEdition,
	isOpen,
	submissionAction,
	submitPoster
} from '$lib/server/posters';
import { pokeMailWorker } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

async function callOr404(year: string) {
	const edition = await requireEdition(year);
	const call = await callOfEdition(database(), edition.id);
	if (!call) error(404, 'error.notFound');
	return { edition, call };
}

export const load: PageServerLoad = async ({ params }) => {
	const { edition, call } = await callOr404(params.jahr);
	return { edition, call, open: isOpen(call, new Date()) };
};

export const actions: Actions = {
	default: async (event) => {
		const { call } = await callOr404(event.params.jahr);
		const outcome = await submissionAction(event, async (input, file, ctx) => {
			if (!call) throw new PosterError('poster.err.unknown');
			await submitPoster(database(), call, input, file, ctx);
		});
		pokeMailWorker();
		return outcome;
	}
};
