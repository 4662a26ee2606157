import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { apiValuesQuery, PUBLIC, publicValues } from '$lib/server/monitoring';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const query = apiValuesQuery(url.searchParams);
	if (!query.success) return json({ message: query.error.issues[0].message }, { status: 400 });
	const data = await publicValues(database(), params.ags, PUBLIC, query.data);
	if (!data) return json({ message: `No published data for ${params.ags}` }, { status: 404 });
	return json({
		municipality: data.municipality,
		isDemo: data.isDemo,
		disclosureThreshold: data.threshold,
		values: data.values,
		totals: data.totals,
		notes: data.notes
	});
};
