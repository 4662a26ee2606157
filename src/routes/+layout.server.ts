import { berlinDate, publicReads } from '$lib/server/conference';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const current = await publicReads.currentEdition(berlinDate(new Date()));
	return { locale: locals.locale, currentYear: current?.year ?? null };
};
