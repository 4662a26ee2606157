import { requireRole } from '$lib/server/auth';
import { listEditions } from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	return { editions: await listEditions(database()) };
};
