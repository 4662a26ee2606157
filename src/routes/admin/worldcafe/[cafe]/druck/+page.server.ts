import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { cafeById, planByRound, WorldCafeError } from '$lib/server/worldcafe';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const db = database();
	try {
		const cafe = await cafeById(db, Number(event.params.cafe));
		return { cafe, rounds: await planByRound(db, cafe.id) };
	} catch (e) {
		if (e instanceof WorldCafeError) error(404, e.message);
		throw e;
	}
};
