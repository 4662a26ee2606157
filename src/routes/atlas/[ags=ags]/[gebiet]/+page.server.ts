import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { translator } from '$lib/i18n';
import { areaProfile } from '$lib/server/monitoring';
import { atlasAccess } from '../access';
import { measuresInArea } from '$lib/server/planning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	const db = database();
	const access = atlasAccess(locals, url, params.ags, setHeaders);
	const profile = await areaProfile(db, params.ags, params.gebiet, access, locals.locale);
	if (!profile) error(404, 'error.noArea');
	const measures = await measuresInArea(db, params.ags, params.gebiet);
	return {
		profile,
		draft: access.kind === 'draft',
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
