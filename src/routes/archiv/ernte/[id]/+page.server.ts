import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { publishedHarvest } from '$lib/server/worldcafe';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const id = Number(params.id);
	const published = Number.isInteger(id) ? await publishedHarvest(database(), id) : null;
	if (!published?.snapshot) error(404, 'Diese Ernte ist nicht veröffentlicht.');
	return { id, harvest: published.snapshot };
};
