import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { translator } from '$lib/i18n';
import { areaProfile, PUBLIC } from '$lib/server/monitoring';
import { measuresInArea } from '$lib/server/planning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = database();
	const profile = await areaProfile(db, params.ags, params.gebiet, PUBLIC, locals.locale);
	if (!profile) error(404, 'error.noArea');
	const measures = await measuresInArea(db, params.ags, params.gebiet);
	return {
		profile,
		mssNote: translator(locals.locale)('atlas.note.mss'),
		measures: measures.map((m) => ({
			id: m.id,
			title: m.title,
			fields: m.fields,
			status: m.status,
			lead: m.lead
		}))
	};
};
