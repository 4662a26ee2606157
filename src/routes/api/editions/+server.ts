import { json } from '@sveltejs/kit';
import { apiEditionSummary } from '$lib/server/api';
import { publicReads } from '$lib/server/conference';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const editions = await publicReads.listEditions();
	return json({ editions: editions.map(apiEditionSummary) });
};
