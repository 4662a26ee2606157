import { json } from '@sveltejs/kit';
import { apiEditionDetail } from '$lib/server/api';
import { getEdition } from '$lib/server/conference';
import { database } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const edition = await getEdition(database(), Number(params.year));
	if (!edition) {
		return json({ message: `Keine Sozialkonferenz Ruhr im Jahr ${params.year}` }, { status: 404 });
	}
	return json(apiEditionDetail(edition));
};
