import { requireMunicipality, requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { atlasView, MSS_NOTE, municipalityAtlas } from '$lib/server/monitoring';
import type { PageServerLoad } from './$types';

/** The atlas as the public will see it, built from the municipality's data published or not. */
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	const atlas = await municipalityAtlas(
		database(),
		ags,
		{ kind: 'planner', ags },
		atlasView(event.url.searchParams)
	);
	return { ags, atlas, mssNote: MSS_NOTE };
};
