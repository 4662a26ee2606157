import { fail } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import {
	accessibilityStatement,
	FeedbackError,
	FeedbackSchema,
	sendAccessibilityFeedback
} from '$lib/server/privacy';
import { appConfig, pokeMailWorker } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	statement: accessibilityStatement,
	origin: appConfig().origin
});

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const parsed = parseForm(FeedbackSchema, form);
		if (!parsed.ok) return fail(400, parsed.problem);
		try {
			await sendAccessibilityFeedback(
				database(),
				parsed.data,
				event.getClientAddress(),
				new Date()
			);
		} catch (error) {
			if (!(error instanceof FeedbackError)) throw error;
			const values = Object.fromEntries(
				[...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string')
			);
			return fail(429, { errors: { [error.field]: error.code }, values });
		}
		pokeMailWorker();
		return { sent: true };
	}
};
