import { fail } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { database } from '$lib/server/db';
import {
	castVote,
	cafeFailure,
	harvestOf,
	notFound,
	voterByToken,
	votesOf,
	withdrawVote
} from '$lib/server/worldcafe';
import type { Actions, PageServerLoad } from './$types';
import { NO_ROW, rowIdFrom } from '$lib/server/fields';

async function voter(token: string, locale: Locale) {
	try {
		return await voterByToken(database(), token);
	} catch (e) {
		notFound(e, locale);
	}
}

export const load: PageServerLoad = async ({ params, setHeaders, locals }) => {
	setHeaders({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
	const me = await voter(params.token, locals.locale);
	const db = database();
	const topics = await harvestOf(db, me.cafeId);
	// One entry per idea: an idea tagged with two fields is still one idea to vote for.
	const ideas = topics.map((t) => ({
		topic: t.topic,
		ideas: [...new Map(t.fields.flatMap((g) => g.ideas).map((i) => [i.id, i])).values()]
	}));
	return { voter: me, topics: ideas, mine: await votesOf(db, me) };
};

const ideaId = async (request: Request) =>
	rowIdFrom((await request.formData()).get('ideaId')) ?? NO_ROW;

export const actions: Actions = {
	vote: async ({ params, request, locals }) => {
		const me = await voter(params.token, locals.locale);
		try {
			await castVote(database(), me, await ideaId(request));
			return { done: 'counted' as const };
		} catch (e) {
			return fail(400, cafeFailure(e));
		}
	},
	withdraw: async ({ params, request, locals }) => {
		const me = await voter(params.token, locals.locale);
		await withdrawVote(database(), me, await ideaId(request));
		return { done: 'withdrawn' as const };
	}
};
