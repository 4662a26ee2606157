import { json } from '@sveltejs/kit';
import { apiEditionDetail } from '$lib/server/api';
import { publicReads } from '$lib/server/conference';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const edition = await publicReads.getEdition(Number(params.year));
	if (!edition) {
		return json({ message: `Keine Sozialkonferenz Ruhr im Jahr ${params.year}` }, { status: 404 });
	}
	return json(apiEditionDetail(edition));
};
