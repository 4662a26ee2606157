import { json } from '@sveltejs/kit';
import { apiEditionSummary } from '$lib/server/api';
import { listEditions } from '$lib/server/conference';
import { database } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const editions = await listEditions(database());
	return json({ editions: editions.map(apiEditionSummary) });
};
