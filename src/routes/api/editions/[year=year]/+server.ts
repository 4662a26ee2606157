import { json } from '@sveltejs/kit';
import { apiEditionDetail } from '$lib/server/api';
import { publicReads } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { seatCounts } from '$lib/server/registration';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const edition = await publicReads.getEdition(Number(params.year));
	if (!edition) {
		return json({ message: `Keine Sozialkonferenz Ruhr im Jahr ${params.year}` }, { status: 404 });
	}
	// Seat counts are live: never served from the public read cache.
	const counts = await seatCounts(database(), edition.id);
	return json({
		...apiEditionDetail(edition),
		capacity: counts.capacity,
		seatsTaken: counts.seatsTaken,
		waitlisted: counts.waitlisted,
		workshops: counts.workshops
	});
};
