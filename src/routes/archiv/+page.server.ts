import { archiveQuery, searchArchive } from '$lib/server/archive';
import { publicReads } from '$lib/server/conference';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const db = database();
	const { query, invalid } = archiveQuery(url.searchParams.get('q'));
	const [editions, hits] = await Promise.all([
		publicReads.listEditions(),
		query ? searchArchive(db, query, 50, new Date()) : Promise.resolve(null)
	]);
	return { editions, query: query ?? '', hits, invalidQuery: invalid };
};
