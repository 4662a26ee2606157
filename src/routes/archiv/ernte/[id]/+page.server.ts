import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { cafeMessage, publishedHarvest } from '$lib/server/worldcafe';
import type { PageServerLoad } from './$types';
import { rowIdFrom } from '$lib/server/fields';

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = rowIdFrom(params.id);
	const published = id === null ? null : await publishedHarvest(database(), id);
	if (!published?.snapshot) error(404, cafeMessage(locals.locale, 'ernte_unveroeffentlicht'));
	return { id, harvest: published.snapshot };
};
