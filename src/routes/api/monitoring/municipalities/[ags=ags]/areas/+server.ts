import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { currentVersions, PUBLIC, publicData, versionsIn } from '$lib/server/monitoring';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const data = await publicData(database(), params.ags, PUBLIC);
	if (!data) return json({ message: `No published data for ${params.ags}` }, { status: 404 });
	// The boundaries valid in `?year=` (decision 0029); without it, the current ones.
	const year = /^[0-9]{4}$/.test(url.searchParams.get('year') ?? '')
		? Number(url.searchParams.get('year'))
		: null;
	return json({
		municipality: data.municipality,
		isDemo: data.isDemo,
		areas: (year === null ? currentVersions(data.areas) : versionsIn(data.areas, year)).map(
			(a) => ({
				code: a.code,
				name: a.name,
				parentCode: a.parentCode,
				synthetic: a.synthetic,
				validFrom: a.validFrom,
				validTo: a.validTo
			})
		),
		geojson: `/atlas/${params.ags}/gebiete.geojson`
	});
};
