import { database } from '$lib/server/db';
import { atlasView, ruhrOverview } from '$lib/server/monitoring';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	return {
		overview: await ruhrOverview(database(), atlasView(url.searchParams), locals.locale)
	};
};
