import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { atlasQuery, atlasView, MSS_NOTE, municipalityAtlas, PUBLIC } from '$lib/server/monitoring';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const atlas = await municipalityAtlas(
		database(),
		params.ags,
		PUBLIC,
		atlasView(url.searchParams)
	);
	if (!atlas) error(404, 'Für diese Gemeinde sind keine kleinräumigen Daten veröffentlicht.');
	return {
		atlas,
		mssNote: MSS_NOTE,
		query: atlasQuery({
			indicator: atlas.indicator.key,
			year: atlas.year,
			method: atlas.method,
			palette: atlas.palette
		})
	};
};
