import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { cafeById, notFound, planByRound } from '$lib/server/worldcafe';
import type { PageServerLoad } from './$types';
import { NO_ROW, rowIdFrom } from '$lib/server/fields';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const db = database();
	try {
		const cafe = await cafeById(db, rowIdFrom(event.params.cafe) ?? NO_ROW);
		return { cafe, rounds: await planByRound(db, cafe.id) };
	} catch (e) {
		notFound(e, event.locals.locale);
	}
};
