import { database } from '$lib/server/db';
import { atlasView, mapDownload, PUBLIC } from '$lib/server/monitoring';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
	mapDownload(database(), params.ags, PUBLIC, atlasView(url.searchParams), 'png');
