import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { publicMeasuresGeoJson } from '$lib/server/planning';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const body = await publicMeasuresGeoJson(database(), params.ags);
	if (body === null) error(404, 'Diese Gemeinde gehört nicht zur Metropole Ruhr.');
	return new Response(body, {
		headers: {
			'content-type': 'application/geo+json; charset=utf-8',
			'content-disposition': `attachment; filename="massnahmen-${params.ags}.geojson"`
		}
	});
};
