import { isTimed, requireEdition } from '$lib/server/conference';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const edition = await requireEdition(params.jahr);
	return { edition, allTimed: edition.sessions.every(isTimed) };
};
