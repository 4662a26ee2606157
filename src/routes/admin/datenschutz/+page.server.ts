import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { rowIdFrom } from '$lib/server/fields';
import { deletionConcept, privacyEditions } from '$lib/server/privacy';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const editions = await privacyEditions(database());
	const wanted = rowIdFrom(event.url.searchParams.get('jahr'));
	const edition = editions.find((e) => e.year === wanted) ?? editions[0] ?? null;
	return { years: editions.map((e) => e.year), concept: edition && deletionConcept(edition) };
};
