import { redirect } from '@sveltejs/kit';
import { PLANNING_ROLES, requireRole } from '$lib/server/auth';
import { municipalities, municipalityByAgs } from '$lib/reference/municipalities';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, ...PLANNING_ROLES);
	// An admin acts for any municipality: the select below sends its AGS here.
	const chosen = event.url.searchParams.get('gemeinde');
	if (user.role === 'admin' && chosen && municipalityByAgs(chosen)) {
		redirect(303, `/planung/${chosen}`);
	}
	return {
		municipality: municipalityByAgs(user.municipalityAgs),
		// A Kreis planner works on the Handlungsprogramme of the Kreis's municipalities.
		kreisMembers:
			user.role === 'kreis_planner'
				? municipalities.filter((m) => !m.kreisfrei && m.kreisAgs === user.kreisAgs)
				: [],
		municipalities: user.role === 'admin' ? municipalities : []
	};
};
