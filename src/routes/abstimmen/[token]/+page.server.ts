import { error, fail } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import {
	castVote,
	cafeFailure,
	harvestOf,
	voterByToken,
	votesOf,
	withdrawVote,
	WorldCafeError
} from '$lib/server/worldcafe';
import type { Actions, PageServerLoad } from './$types';

async function voter(token: string) {
	try {
		return await voterByToken(database(), token);
	} catch (e) {
		if (e instanceof WorldCafeError) error(404, e.message);
		throw e;
	}
}

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
	const me = await voter(params.token);
	const db = database();
	const topics = await harvestOf(db, me.cafeId);
	// One entry per idea: an idea tagged with two fields is still one idea to vote for.
	const ideas = topics.map((t) => ({
		topic: t.topic,
		ideas: [...new Map(t.fields.flatMap((g) => g.ideas).map((i) => [i.id, i])).values()]
	}));
	return { voter: me, topics: ideas, mine: await votesOf(db, me) };
};

const ideaId = async (request: Request) => Number((await request.formData()).get('ideaId'));

export const actions: Actions = {
	vote: async ({ params, request }) => {
		const me = await voter(params.token);
		try {
			await castVote(database(), me, await ideaId(request));
			return { done: 'Ihre Stimme ist gezählt.' };
		} catch (e) {
			return fail(400, cafeFailure(e));
		}
	},
	withdraw: async ({ params, request }) => {
		const me = await voter(params.token);
		await withdrawVote(database(), me, await ideaId(request));
		return { done: 'Ihre Stimme ist zurückgenommen.' };
	}
};
