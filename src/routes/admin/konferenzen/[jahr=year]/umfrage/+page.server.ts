import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth';
import { editionOr404 } from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import { rowId } from '$lib/server/fields';
import { parseForm } from '$lib/server/forms';
import { appConfig, pokeMailWorker } from '$lib/server/runtime';
import {
	QuestionForm,
	SurveyError,
	addQuestion,
	deleteQuestion,
	publishSurveySummary,
	remindSurvey,
	sendSurvey,
	surveyState,
	surveySummary,
	withdrawSurveySummary
} from '$lib/server/survey';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const state = await surveyState(database(), edition.id, new Date());
	return {
		edition,
		state,
		summary: state.sentAt ? await surveySummary(database(), edition.id) : null
	};
};

/** Runs one survey operation; a refusal becomes a 409 with its message key. */
async function attempt<T>(action: string, run: () => Promise<T>) {
	try {
		return { action, result: await run() };
	} catch (e) {
		if (e instanceof SurveyError) return fail(409, { action, error: e.key });
		throw e;
	}
}

async function context(event: RequestEvent) {
	const user = requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return { edition, actor: { actorUserId: user.id, now: new Date() } };
}

const DeleteForm = z.object({ question: rowId() });

export const actions: Actions = {
	add: async (event) => {
		const { edition, actor } = await context(event);
		const parsed = parseForm(QuestionForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'add', ...parsed.problem });
		return attempt('add', () => addQuestion(database(), edition.id, parsed.data, actor));
	},
	delete: async (event) => {
		const { edition, actor } = await context(event);
		const parsed = DeleteForm.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { action: 'delete', error: 'survey.err.noQuestion' });
		return attempt('delete', () =>
			deleteQuestion(database(), edition.id, parsed.data.question, actor)
		);
	},
	send: async (event) => {
		const { edition, actor } = await context(event);
		const outcome = await attempt('send', () =>
			sendSurvey(database(), edition.id, appConfig().origin, actor)
		);
		pokeMailWorker();
		return outcome;
	},
	remind: async (event) => {
		const { edition, actor } = await context(event);
		const outcome = await attempt('remind', () =>
			remindSurvey(database(), edition.id, appConfig().origin, actor)
		);
		pokeMailWorker();
		return outcome;
	},
	publish: async (event) => {
		const { edition, actor } = await context(event);
		return attempt('publish', () => publishSurveySummary(database(), edition.id, actor));
	},
	withdraw: async (event) => {
		const { edition, actor } = await context(event);
		return attempt('withdraw', () => withdrawSurveySummary(database(), edition.id, actor));
	}
};
