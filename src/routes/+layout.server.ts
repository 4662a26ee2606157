import { berlinDate, publicReads } from '$lib/server/conference';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const current = await publicReads.currentEdition(berlinDate(new Date()));
	const user = locals.user
		? {
				name: locals.user.name,
				role: locals.user.role,
				municipalityAgs: locals.user.municipalityAgs
			}
		: null;
	return { locale: locals.locale, currentYear: current?.year ?? null, user };
};
