import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { areaProfile, MSS_NOTE, PUBLIC } from '$lib/server/monitoring';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const profile = await areaProfile(database(), params.ags, params.gebiet, PUBLIC);
	if (!profile)
		error(404, 'Dieses Gebiet gibt es nicht oder seine Daten sind nicht veröffentlicht.');
	return { profile, mssNote: MSS_NOTE };
};
