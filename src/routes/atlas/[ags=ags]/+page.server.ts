import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { translator } from '$lib/i18n';
import { atlasQuery, atlasView, municipalityAtlas, PUBLIC } from '$lib/server/monitoring';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const atlas = await municipalityAtlas(
		database(),
		params.ags,
		PUBLIC,
		atlasView(url.searchParams),
		locals.locale
	);
	if (!atlas) error(404, 'error.noAtlas');
	return {
		atlas,
		mssNote: translator(locals.locale)('atlas.note.mss'),
		query: atlasQuery({
			indicator: atlas.indicator.key,
			year: atlas.year,
			method: atlas.method,
			palette: atlas.palette
		})
	};
};
