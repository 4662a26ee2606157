import { berlinDate, publicReads } from '$lib/server/conference';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const current = await publicReads.currentEdition(berlinDate(new Date()));
	const edition = current ? await publicReads.getEdition(current.year) : null;
	return {
		edition: edition && {
			year: edition.year,
			date: edition.date,
			startTime: edition.startTime,
			venueName: edition.venueName,
			venueCity: edition.venueCity
		}
	};
};
