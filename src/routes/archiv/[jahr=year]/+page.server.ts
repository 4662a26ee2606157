import { documentsOfEdition } from '$lib/server/archive';
import { requireEdition } from '$lib/server/conference';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const edition = await requireEdition(params.jahr);
	return { edition, documents: await documentsOfEdition(database(), edition.id) };
};
