import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { appConfig, pokeMailWorker } from '$lib/server/runtime';
import {
	TableForm,
	addTable,
	assignCafe,
	cafeFailure,
	cafeOverview,
	issueHostLink,
	issueVoteLinks,
	removeTable,
	replanCafe,
	notFound
} from '$lib/server/worldcafe';
import type { Actions, PageServerLoad } from './$types';
import { NO_ROW, rowIdFrom } from '$lib/server/fields';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const db = database();
	try {
		return await cafeOverview(db, cafeId(event.params));
	} catch (e) {
		notFound(e, event.locals.locale);
	}
};

const cafeId = (params: { cafe: string }) => rowIdFrom(params.cafe) ?? NO_ROW;
const tableId = async (request: Request) =>
	rowIdFrom((await request.formData()).get('tableId')) ?? NO_ROW;

export const actions: Actions = {
	addTable: async (event) => {
		const user = requireRole(event, 'organiser');
		const parsed = parseForm(TableForm, await event.request.formData());
		if (!parsed.ok) return fail(400, parsed.problem);
		try {
			await addTable(database(), cafeId(event.params), parsed.data, user.id, new Date());
			return { done: 'tableAdded' as const };
		} catch (e) {
			return fail(400, cafeFailure(e));
		}
	},
	removeTable: async (event) => {
		const user = requireRole(event, 'organiser');
		try {
			const id = await tableId(event.request);
			await removeTable(database(), cafeId(event.params), id, user.id, new Date());
			return { done: 'tableRemoved' as const };
		} catch (e) {
			return fail(400, cafeFailure(e));
		}
	},
	hostLink: async (event) => {
		const user = requireRole(event, 'organiser');
		try {
			const id = await tableId(event.request);
			const token = await issueHostLink(database(), cafeId(event.params), id, user.id, new Date());
			return { hostLink: { tableId: id, url: `${appConfig().origin}/tisch/${token}` } };
		} catch (e) {
			return fail(400, cafeFailure(e));
		}
	},
	assign: async (event) => {
		const user = requireRole(event, 'organiser');
		try {
			const result = await assignCafe(database(), cafeId(event.params), user.id, new Date());
			return { done: 'assigned' as const, repeats: result.quality.repeatPairs };
		} catch (e) {
			return fail(400, cafeFailure(e));
		}
	},
	replan: async (event) => {
		const user = requireRole(event, 'organiser');
		const form = await event.request.formData();
		const finished = Number(form.get('finishedRounds'));
		const attendance = form.get('attendance') === 'registered' ? 'registered' : 'checked_in';
		try {
			await replanCafe(database(), cafeId(event.params), finished, user.id, new Date(), attendance);
			return { done: 'replanned' as const, round: finished + 1 };
		} catch (e) {
			return fail(400, cafeFailure(e));
		}
	},
	voteLinks: async (event) => {
		const user = requireRole(event, 'organiser');
		const form = await event.request.formData();
		// The number the organiser saw beside the tick box; without the tick it is not confirmed.
		const confirmed =
			form.get('confirm') === 'yes' ? Number(form.get('recipients') ?? Number.NaN) : null;
		try {
			const made = await issueVoteLinks(
				database(),
				cafeId(event.params),
				appConfig().origin,
				user.id,
				new Date(),
				confirmed
			);
			pokeMailWorker();
			return { done: 'voteLinks' as const, count: made };
		} catch (e) {
			return fail(400, cafeFailure(e));
		}
	}
};
