import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { publicMeasuresGeoJson } from '$lib/server/planning';
import { translator } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) => {
	const body = await publicMeasuresGeoJson(database(), params.ags);
	if (body === null) error(404, translator(locals.locale)('programme.err.gemeinde_unbekannt'));
	return new Response(body, {
		headers: {
			'content-type': 'application/geo+json; charset=utf-8',
			'content-disposition': `attachment; filename="massnahmen-${params.ags}.geojson"`
		}
	});
};
