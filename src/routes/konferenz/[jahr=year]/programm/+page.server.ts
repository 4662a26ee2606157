import { isTimed, publicReads, requireEdition, workshopsBySession } from '$lib/server/conference';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const edition = await requireEdition(params.jahr);
	const workshops = await publicReads.programmeWorkshops(edition.id);
	return {
		edition,
		allTimed: edition.sessions.every(isTimed),
		workshops: workshopsBySession(edition.sessions, workshops)
	};
};
