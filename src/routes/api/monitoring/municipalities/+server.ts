import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { listMunicipalities } from '$lib/server/monitoring';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const list = await listMunicipalities(database());
	return json({
		municipalities: list.map((m) => ({
			ags: m.ags,
			name: m.name,
			kreisAgs: m.kreisAgs,
			kreisName: m.kreisName,
			kreisfrei: m.kreisfrei,
			population: m.population,
			published: m.published,
			isDemo: m.published ? m.isDemo : false,
			links: m.published
				? {
						values: `/api/monitoring/municipalities/${m.ags}/values`,
						areas: `/api/monitoring/municipalities/${m.ags}/areas`,
						page: `/atlas/${m.ags}`
					}
				: null
		}))
	});
};
