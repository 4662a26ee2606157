import { documentsOfEdition } from '$lib/server/archive';
import { requireEdition } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { acceptedPosters } from '$lib/server/posters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const edition = await requireEdition(params.jahr);
	const db = database();
	// Posters join the archive once the event is over.
	const posters = (await acceptedPosters(db, edition.id, new Date())).filter((p) => p.archived);
	return { edition, documents: await documentsOfEdition(db, edition.id), posters };
};
