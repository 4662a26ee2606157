import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { cafeMessage, publishedHarvest } from '$lib/server/worldcafe';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = Number(params.id);
	const published = Number.isInteger(id) ? await publishedHarvest(database(), id) : null;
	if (!published?.snapshot) error(404, cafeMessage(locals.locale, 'ernte_unveroeffentlicht'));
	return { id, harvest: published.snapshot };
};
