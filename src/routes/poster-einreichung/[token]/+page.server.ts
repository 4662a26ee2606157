import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { isOpen, submissionAction, submissionByToken, updateSubmission } from '$lib/server/posters';
import { pokeMailWorker } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// A personal page: never in a shared cache, never sent on as a referrer.
	setHeaders({ 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' });
	const own = await submissionByToken(database(), params.token);
	if (!own) error(404, 'poster.own.unknown');
	const { call, authors, ...submission } = own;
	const values: Record<string, string> = {
		title: submission.title,
		abstract: submission.abstract,
		fields: submission.fields.join(','),
		municipality: submission.municipalityAgs ?? '',
		organisation: submission.organisation ?? '',
		email: submission.email,
		presenter: String(
			Math.max(
				0,
				authors.findIndex((a) => a.presents)
			)
		),
		consent: 'on'
	};
	authors.forEach((a, i) => {
		values[`author-${i}-name`] = a.name;
		values[`author-${i}-organisation`] = a.organisation ?? '';
	});
	return {
		submission,
		call: {
			year: call.year,
			fields: call.fields,
			maxBytes: call.maxBytes,
			deadline: call.deadline
		},
		values,
		open: isOpen(call, new Date())
	};
};

export const actions: Actions = {
	default: async (event) => {
		const outcome = await submissionAction(event, (input, file, ctx) =>
			updateSubmission(database(), event.params.token, input, file, ctx)
		);
		pokeMailWorker();
		return outcome;
	}
};
