import { database } from '$lib/server/db';
import { atlasView, dataDownload, PUBLIC } from '$lib/server/monitoring';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
	dataDownload(database(), params.ags, PUBLIC, atlasView(url.searchParams), 'csv');
