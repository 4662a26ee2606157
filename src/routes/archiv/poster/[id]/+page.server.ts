import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { rowIdFrom } from '$lib/server/fields';
import { posterFileUrl, posterUrl, publicPoster } from '$lib/server/posters';
import { appConfig } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const id = rowIdFrom(params.id);
	const poster = id === null ? null : await publicPoster(database(), id, new Date());
	if (!poster) error(404, 'error.notFound');
	return {
		poster,
		fileUrl: posterFileUrl(poster.id, poster.fileName),
		citationUrl: `${appConfig().origin}${posterUrl(poster.id)}`
	};
};
