import { berlinDate, currentEdition, getEdition, listEditions } from '$lib/server/conference';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = database();
	const today = berlinDate(new Date());
	const current = await currentEdition(db, today);
	const [edition, all] = await Promise.all([
		current ? getEdition(db, current.year) : null,
		listEditions(db)
	]);
	return {
		edition,
		upcoming: edition?.date ? edition.date >= today : false,
		past: all.filter((e) => e.year !== edition?.year)
	};
};
