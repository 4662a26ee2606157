import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { publishedReports, reportsApiBody } from '$lib/server/planning/report';
import { municipalityByAgs } from '$lib/reference/municipalities';
import type { RequestHandler } from './$types';

/** The published Sozialberichte of a municipality with the absolute addresses of PDF and DOCX. */
export const GET: RequestHandler = async ({ params, url }) => {
	if (!municipalityByAgs(params.ags)) {
		return json({ message: `Unknown municipality ${params.ags}` }, { status: 404 });
	}
	const list = await publishedReports(database(), params.ags);
	return json(reportsApiBody(params.ags, list, url.origin));
};
