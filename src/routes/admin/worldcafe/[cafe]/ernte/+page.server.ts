import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { invalidatePublicReads } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { cafeById, cafeFailure, harvestOf, notFound, publishHarvest } from '$lib/server/worldcafe';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const db = database();
	try {
		const cafe = await cafeById(db, Number(event.params.cafe));
		return { cafe, topics: await harvestOf(db, cafe.id) };
	} catch (e) {
		notFound(e, event.locals.locale);
	}
};

export const actions: Actions = {
	publish: async (event) => {
		const user = requireRole(event, 'organiser');
		try {
			await publishHarvest(database(), Number(event.params.cafe), user.id, new Date());
			invalidatePublicReads();
			return { published: true };
		} catch (e) {
			return fail(400, cafeFailure(e));
		}
	}
};
