import { documentsOfEdition } from '$lib/server/archive';
import { requireEdition } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { publishedSurveySummary } from '$lib/server/survey';
import { acceptedPosters } from '$lib/server/posters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const edition = await requireEdition(params.jahr);
	const db = database();
	// Posters join the archive once the event is over.
	const [documents, survey, posters] = await Promise.all([
		documentsOfEdition(db, edition.id),
		publishedSurveySummary(db, edition.id),
		acceptedPosters(db, edition.id, new Date()).then((list) => list.filter((p) => p.archived))
	]);
	return { edition, documents, survey, posters };
};
