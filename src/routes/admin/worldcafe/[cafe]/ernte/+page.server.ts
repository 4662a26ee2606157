import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { invalidatePublicReads } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { ideasTakenUp, takeUpMarks } from '$lib/server/planning';
import { cafeById, cafeFailure, harvestOf, notFound, publishHarvest } from '$lib/server/worldcafe';
import type { Actions, PageServerLoad } from './$types';
import { NO_ROW, rowIdFrom } from '$lib/server/fields';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const db = database();
	try {
		const cafe = await cafeById(db, rowIdFrom(event.params.cafe) ?? NO_ROW);
		const topics = await harvestOf(db, cafe.id);
		const ideaIds = topics.flatMap((t) => t.fields.flatMap((g) => g.ideas.map((i) => i.id)));
		// The organiser sees every take-up; only a public measure is linked.
		return { cafe, topics, takenUp: takeUpMarks(await ideasTakenUp(db, ideaIds)) };
	} catch (e) {
		notFound(e, event.locals.locale);
	}
};

export const actions: Actions = {
	publish: async (event) => {
		const user = requireRole(event, 'organiser');
		try {
			await publishHarvest(database(), rowIdFrom(event.params.cafe) ?? NO_ROW, user.id, new Date());
			invalidatePublicReads();
			return { published: true };
		} catch (e) {
			return fail(400, cafeFailure(e));
		}
	}
};
