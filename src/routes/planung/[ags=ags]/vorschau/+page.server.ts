import { requireMunicipality, requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { translator } from '$lib/i18n';
import { atlasView, municipalityAtlas } from '$lib/server/monitoring';
import type { PageServerLoad } from './$types';

/**
 * The atlas as the public will see it, built from the municipality's data published or not, with
 * the open draft laid over it: the public view exactly (disclosure control included), not the
 * planner's unsuppressed one.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	const atlas = await municipalityAtlas(
		database(),
		ags,
		{ kind: 'draft', ags },
		atlasView(event.url.searchParams),
		event.locals.locale
	);
	return { ags, atlas, mssNote: translator(event.locals.locale)('atlas.note.mss') };
};
