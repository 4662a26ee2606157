import { error } from '@sveltejs/kit';
import { calendarResponse, isTimed, requireEdition, sessionCalendar } from '$lib/server/conference';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const edition = await requireEdition(params.jahr);
	const session = edition.sessions.find((s) => String(s.id) === params.session);
	if (!session || !isTimed(session))
		error(404, 'Diesen Programmpunkt gibt es nicht (mit Uhrzeit).');
	return calendarResponse(
		sessionCalendar(edition, session, url.origin, new Date()),
		`sozialkonferenz-ruhr-${edition.year}-${session.id}.ics`
	);
};
