import { error } from '@sveltejs/kit';
import { calendarResponse, programmeCalendar, requireEdition } from '$lib/server/conference';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const edition = await requireEdition(params.jahr);
	const calendar = programmeCalendar(edition, url.origin, new Date());
	if (!calendar) error(404, 'Für diese Konferenz sind keine Termine erfasst.');
	return calendarResponse(calendar, `sozialkonferenz-ruhr-${edition.year}-programm.ics`);
};
