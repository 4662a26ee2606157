import { error, type RequestEvent } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { editingAction, editionOr404 } from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import {
	BoardForm,
	CallForm,
	DecisionForm,
	MeasureForm,
	ReviewerForm,
	callOfEdition,
	decide,
	inviteReviewer,
	linkMeasure,
	measureChoices,
	rankedSubmissions,
	removeReviewer,
	reviewerAccounts,
	reviewersOfCall,
	saveCall,
	setBoardNumber,
	slotChoices
} from '$lib/server/posters';
import { appConfig, pokeMailWorker } from '$lib/server/runtime';
import { berlinLocalInput } from '$lib/server/conference/time';
import { posterFields } from '$lib/types/posters';
import type { Actions, PageServerLoad } from './$types';

const MB = 1024 * 1024;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const db = database();
	const call = await callOfEdition(db, edition.id);
	return {
		edition,
		fields: posterFields,
		serverMaxMegabytes: Math.floor(appConfig().uploads.maxBytes / MB),
		sessions: await slotChoices(db, edition.id),
		call: call
			? {
					...call,
					deadlineValue: berlinLocalInput(call.deadline),
					maxMegabytes: Math.max(1, Math.round(call.maxBytes / MB))
				}
			: null,
		reviewers: call ? await reviewersOfCall(db, call.id) : [],
		accounts: await reviewerAccounts(db),
		submissions: call ? await rankedSubmissions(db, call) : [],
		measures: call ? await measureChoices(db) : []
	};
};

async function context(event: RequestEvent) {
	const user = requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr ?? '');
	return { edition, actor: { userId: user.id, now: new Date() } };
}

async function callOr404(editionId: number) {
	const call = await callOfEdition(database(), editionId);
	if (!call) error(404, 'error.notFound');
	return call;
}

export const actions: Actions = {
	call: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(
			event,
			'call',
			CallForm,
			(data) => saveCall(database(), edition.id, data, appConfig().uploads.maxBytes, actor),
			['fields']
		);
	},
	invite: async (event) => {
		const { edition, actor } = await context(event);
		const call = await callOr404(edition.id);
		return editingAction(event, 'invite', ReviewerForm, ({ user }) =>
			inviteReviewer(database(), call.id, user, actor)
		);
	},
	uninvite: async (event) => {
		const { edition, actor } = await context(event);
		const call = await callOr404(edition.id);
		return editingAction(event, 'uninvite', ReviewerForm, ({ user }) =>
			removeReviewer(database(), call.id, user, actor)
		);
	},
	decide: async (event) => {
		const { edition, actor } = await context(event);
		const call = await callOr404(edition.id);
		const outcome = await editingAction(event, 'decide', DecisionForm, (data) =>
			decide(database(), call, data.submission, data.decision, appConfig().origin, actor)
		);
		pokeMailWorker();
		return outcome;
	},
	measure: async (event) => {
		const { edition, actor } = await context(event);
		const call = await callOr404(edition.id);
		return editingAction(event, 'measure', MeasureForm, (data) =>
			linkMeasure(database(), call, data.submission, data.measure, actor)
		);
	},
	board: async (event) => {
		const { edition, actor } = await context(event);
		const call = await callOr404(edition.id);
		return editingAction(event, 'board', BoardForm, (data) =>
			setBoardNumber(database(), call, data.submission, data.board, actor)
		);
	}
};
