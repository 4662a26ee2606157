import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { rowIdFrom } from '$lib/server/fields';
import { posterFileResponse, reviewFile } from '$lib/server/posters';
import { appConfig } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** A submission's PDF for those who may review its call (organisers too). */
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'reviewer', 'organiser');
	const id = rowIdFrom(event.params.id);
	if (id === null) error(404, 'error.notFound');
	const file = await reviewFile(database(), user, id);
	const response = file && (await posterFileResponse(appConfig().uploads.dir, file, 'private'));
	if (!response) error(404, 'error.notFound');
	return response;
};
