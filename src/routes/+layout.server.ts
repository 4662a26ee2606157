import { currentEdition, berlinDate } from '$lib/server/conference';
import { database } from '$lib/server/db';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const current = await currentEdition(database(), berlinDate(new Date()));
	return { locale: locals.locale, currentYear: current?.year ?? null };
};
