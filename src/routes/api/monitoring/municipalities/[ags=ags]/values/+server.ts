import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { apiValuesQuery, PUBLIC, publicData, valuesJsonParts } from '$lib/server/monitoring';
import { textStream } from '$lib/server/streaming';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const query = apiValuesQuery(url.searchParams);
	if (!query.success) return json({ message: query.error.issues[0].message }, { status: 400 });
	const data = await publicData(database(), params.ags, PUBLIC);
	if (!data) return json({ message: `No published data for ${params.ags}` }, { status: 404 });
	return new Response(textStream(valuesJsonParts(data, query.data, url)), {
		headers: { 'content-type': 'application/json' }
	});
};
