import { requireRole } from '$lib/server/auth';
import { editingAction, editionOr404 } from '$lib/server/backoffice';
import { QuestionForm, QuestionRef, addQuestion, deleteQuestion } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { editionQuestions } from '$lib/server/registration';
import { questionKinds } from '$lib/types/questions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return {
		edition,
		kinds: questionKinds,
		questions: await editionQuestions(database(), edition.id)
	};
};

async function context(event: RequestEvent) {
	const user = requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return { edition, actor: { actorUserId: user.id, now: new Date() } };
}

export const actions: Actions = {
	add: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'add', QuestionForm, (data) =>
			addQuestion(database(), edition.id, data, actor)
		);
	},
	remove: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'remove', QuestionRef, ({ question }) =>
			deleteQuestion(database(), edition.id, question, actor)
		);
	}
};
