import { berlinDate, publicReads } from '$lib/server/conference';
import { registrationWindow } from '$lib/server/registration';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const today = berlinDate(new Date());
	const current = await publicReads.currentEdition(today);
	const [edition, all] = await Promise.all([
		current ? publicReads.getEdition(current.year) : null,
		publicReads.listEditions()
	]);
	return {
		edition,
		upcoming: edition?.date ? edition.date >= today : false,
		registration: edition ? registrationWindow(edition, new Date()) : 'none',
		past: all.filter((e) => e.year !== edition?.year)
	};
};
