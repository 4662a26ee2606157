import { requireMunicipality, requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { translator } from '$lib/i18n';
import { atlasView, municipalityAtlas } from '$lib/server/monitoring';
import type { PageServerLoad } from './$types';

/** The atlas as the public will see it, built from the municipality's data published or not. */
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	const atlas = await municipalityAtlas(
		database(),
		ags,
		{ kind: 'planner', ags },
		atlasView(event.url.searchParams),
		event.locals.locale
	);
	return { ags, atlas, mssNote: translator(event.locals.locale)('atlas.note.mss') };
};
