import { documentsOfEdition } from '$lib/server/archive';
import { requireEdition } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { publishedSurveySummary } from '$lib/server/survey';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const edition = await requireEdition(params.jahr);
	const [documents, survey] = await Promise.all([
		documentsOfEdition(database(), edition.id),
		publishedSurveySummary(database(), edition.id)
	]);
	return { edition, documents, survey };
};
