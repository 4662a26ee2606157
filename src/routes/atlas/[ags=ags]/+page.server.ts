import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { translator } from '$lib/i18n';
import { atlasQuery, atlasView, municipalityAtlas } from '$lib/server/monitoring';
import { atlasAccess } from './access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	const access = atlasAccess(locals, url, params.ags, setHeaders);
	const atlas = await municipalityAtlas(
		database(),
		params.ags,
		access,
		atlasView(url.searchParams),
		locals.locale
	);
	if (!atlas) error(404, 'error.noAtlas');
	return {
		atlas,
		draft: access.kind === 'draft',
		mssNote: translator(locals.locale)('atlas.note.mss'),
		query: atlasQuery({
			indicator: atlas.indicator.key,
			year: atlas.year,
			method: atlas.method,
			palette: atlas.palette
		})
	};
};
