import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { PUBLIC, publicData } from '$lib/server/monitoring';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const data = await publicData(database(), params.ags, PUBLIC);
	if (!data) return json({ message: `No published data for ${params.ags}` }, { status: 404 });
	return json({
		municipality: data.municipality,
		isDemo: data.isDemo,
		areas: data.areas.map((a) => ({
			code: a.code,
			name: a.name,
			parentCode: a.parentCode,
			synthetic: a.synthetic
		})),
		geojson: `/atlas/${params.ags}/gebiete.geojson`
	});
};
