import { error, fail } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { database } from '$lib/server/db';
import { answerSurvey, surveyForm } from '$lib/server/survey';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders, locals }) => {
	setHeaders({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
	const survey = await surveyForm(database(), params.token);
	if (!survey) error(404, translator(locals.locale)('survey.page.unknown'));
	return { survey };
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const form = await request.formData();
		const answers: Record<string, string[]> = {};
		for (const [key, value] of form.entries()) {
			if (typeof value === 'string') (answers[key] ??= []).push(value);
		}
		const outcome = await answerSurvey(database(), params.token, answers);
		if (outcome.kind === 'unknown') error(404, translator(locals.locale)('survey.page.unknown'));
		if (outcome.kind === 'used') return fail(409, { used: true });
		if (outcome.kind === 'invalid') return fail(400, { errors: outcome.errors, values: answers });
		return { saved: true };
	}
};
