import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { reviewableCalls } from '$lib/server/posters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'reviewer', 'organiser');
	const calls = await reviewableCalls(database(), user);
	return {
		calls: calls.map((c) => ({
			id: c.id,
			year: c.year,
			editionTitle: c.editionTitle,
			deadline: c.deadline
		}))
	};
};
