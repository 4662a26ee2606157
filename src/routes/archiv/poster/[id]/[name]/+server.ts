import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { rowIdFrom } from '$lib/server/fields';
import { posterFileResponse, publicPosterFile } from '$lib/server/posters';
import { appConfig } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The PDF of an accepted poster of a published edition. */
export const GET: RequestHandler = async ({ params }) => {
	const id = rowIdFrom(params.id);
	if (id === null) error(404, 'error.notFound');
	const file = await publicPosterFile(database(), id, params.name);
	const response = file && (await posterFileResponse(appConfig().uploads.dir, file, 'public'));
	if (!response) error(404, 'error.notFound');
	return response;
};
