import { error } from '@sveltejs/kit';
import { calendarResponse, editionCalendar, requireEdition } from '$lib/server/conference';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const edition = await requireEdition(params.jahr);
	const calendar = editionCalendar(edition, url.origin, new Date());
	if (!calendar) error(404, 'Datum und Uhrzeit dieser Konferenz sind nicht erfasst.');
	return calendarResponse(calendar, `sozialkonferenz-ruhr-${edition.year}.ics`);
};
