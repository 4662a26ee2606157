import { fail } from '@sveltejs/kit';
import { requireMunicipality, requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import {
	analysisChoices,
	analysisPreview,
	monitoringMessageKey,
	readAnalysisForm,
	saveAnalysisSettings,
	WINSORISE_LIMITS
} from '$lib/server/monitoring';
import { monitoringFailure } from '$lib/server/monitoring/respond';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	return { choices: await analysisChoices(database(), ags), winsoriseLimits: WINSORISE_LIMITS };
};

export const actions: Actions = {
	/** Shows what the choice would produce; stores nothing. */
	preview: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const form = readAnalysisForm(await event.request.formData(), event.locals.locale);
		if (form.problems.length) return fail(400, { ...form, action: 'preview' });
		const outcome = await analysisPreview(database(), ags, form.settings, event.locals.locale);
		if (!outcome)
			return fail(400, {
				...form,
				action: 'preview',
				message: monitoringMessageKey('keine_gebiete')
			});
		if (!outcome.ok) return fail(400, { ...form, problems: outcome.problems, action: 'preview' });
		return { ...form, action: 'preview', preview: outcome.preview };
	},
	save: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const form = readAnalysisForm(await event.request.formData(), event.locals.locale);
		if (form.problems.length) return fail(400, { ...form, action: 'save' });
		try {
			const saved = await saveAnalysisSettings(database(), {
				ags,
				settings: form.settings,
				now: new Date(),
				actor: user.name,
				actorUserId: user.id,
				locale: event.locals.locale
			});
			if (!saved.ok) return fail(400, { ...form, problems: saved.problems, action: 'save' });
			return { action: 'save', saved: true };
		} catch (error) {
			return monitoringFailure(error, 'save');
		}
	}
};
