import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { cafeById, notFound, planByRound } from '$lib/server/worldcafe';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const db = database();
	try {
		const cafe = await cafeById(db, Number(event.params.cafe));
		return { cafe, rounds: await planByRound(db, cafe.id) };
	} catch (e) {
		notFound(e, event.locals.locale);
	}
};
