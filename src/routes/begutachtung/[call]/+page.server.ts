import { error, fail } from '@sveltejs/kit';
import { localised, translator } from '$lib/i18n';
import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { rowIdFrom } from '$lib/server/fields';
import { formValues, parseForm } from '$lib/server/forms';
import {
	PosterError,
	callById,
	mayReview,
	reviewForm,
	saveReview,
	submissionsForReview
} from '$lib/server/posters';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * The call's submissions for one reviewer. Someone not invited gets the same 404 as for a call
 * that does not exist, so the page does not tell which calls there are.
 */
async function access(event: RequestEvent) {
	const user = requireRole(event, 'reviewer', 'organiser');
	const callId = rowIdFrom(event.params.call);
	if (callId === null || !(await mayReview(database(), user, callId))) error(404, 'error.notFound');
	return { user, callId };
}

export const load: PageServerLoad = async (event) => {
	const { user, callId } = await access(event);
	const { call, items } = await submissionsForReview(database(), user, callId);
	return {
		call: {
			id: call.id,
			year: call.year,
			editionTitle: call.editionTitle,
			criteria: call.criteria,
			anonymousReview: call.anonymousReview
		},
		items
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { user, callId } = await access(event);
		const call = await callById(database(), callId);
		if (!call) error(404, 'error.notFound');
		const form = await event.request.formData();
		const t = translator(event.locals.locale);
		const parsed = parseForm(reviewForm(call.criteria.length), form);
		if (!parsed.ok) {
			return fail(400, {
				errors: localised(t, parsed.problem.errors),
				values: parsed.problem.values
			});
		}
		const data = parsed.data as Record<string, unknown> & {
			submission: number;
			comment: string | null;
		};
		const scores = call.criteria.map((_, i) => Number(data[`score-${i}`]));
		try {
			await saveReview(database(), user, data.submission, scores, data.comment, new Date());
		} catch (e) {
			if (!(e instanceof PosterError)) throw e;
			return fail(400, { errors: localised(t, { form: e.message }), values: formValues(form) });
		}
		return { done: true as const, submission: data.submission };
	}
};
