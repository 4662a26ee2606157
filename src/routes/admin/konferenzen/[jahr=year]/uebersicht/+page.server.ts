import { requireRole } from '$lib/server/auth';
import { editionOr404, editionStats } from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return { edition, stats: await editionStats(database(), edition.id) };
};
