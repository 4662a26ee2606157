import { requireRole } from '$lib/server/auth';
import {
	editionOr404,
	editionWorkshops,
	listParticipants,
	parseParticipantQuery
} from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import { municipalities } from '$lib/reference/municipalities';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const filter = parseParticipantQuery(event.url.searchParams);
	const [result, workshops] = await Promise.all([
		listParticipants(database(), edition.id, filter),
		editionWorkshops(database(), edition.id)
	]);
	return { edition, filter, ...result, workshops, municipalities };
};
