import { requireRole } from '$lib/server/auth';
import { municipalityByAgs } from '$lib/reference/municipalities';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'planner');
	return { municipality: municipalityByAgs(user.municipalityAgs) };
};
