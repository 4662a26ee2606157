import type { Calendar, CalendarEvent } from './ics';
import type { Edition, EditionDetail, ProgrammeSession } from '$lib/types/conference';
import { berlinInstant } from './time';

/** "Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen", leaving out what is unknown. */
export function venueLine(edition: Edition): string | null {
	const cityLine = [edition.venuePostcode, edition.venueCity].filter(Boolean).join(' ');
	const parts = [edition.venueName, edition.venueStreet, cityLine].filter(Boolean);
	return parts.length ? parts.join(', ') : null;
}

function speakerNames(edition: EditionDetail, session: ProgrammeSession): string {
	const byId = new Map(edition.speakers.map((s) => [s.id, s]));
	return session.speakerIds
		.map((id) => byId.get(id))
		.filter((s) => s !== undefined)
		.map((s) => [s.title, s.name].filter(Boolean).join(' '))
		.join(', ');
}

type TimedSession = ProgrammeSession & { startsAt: Date; endsAt: Date };

export function isTimed(session: ProgrammeSession): session is TimedSession {
	return session.startsAt !== null && session.endsAt !== null;
}

function sessionEvent(
	edition: EditionDetail,
	session: TimedSession,
	origin: string
): CalendarEvent {
	const who = speakerNames(edition, session);
	const description = [session.description, who ? `Mit: ${who}` : null]
		.filter(Boolean)
		.join('\n\n');
	const location = [session.room, venueLine(edition)].filter(Boolean).join(', ');
	return {
		uid: `session-${session.id}-${edition.year}@sozialkonferenz.ruhr`,
		start: session.startsAt,
		end: session.endsAt,
		summary: `${session.title} – Sozialkonferenz Ruhr ${edition.year}`,
		description: description || null,
		location: location || null,
		url: `${origin}/konferenz/${edition.year}/programm#session-${session.id}`
	};
}

/**
 * All sessions of the programme, one event each. Where no session time is on record, the
 * conference day itself is the one event.
 */
export function programmeCalendar(
	edition: EditionDetail,
	origin: string,
	stamp: Date
): Calendar | null {
	const timed = edition.sessions.filter(isTimed);
	if (!timed.length) return editionCalendar(edition, origin, stamp);
	return {
		name: `Sozialkonferenz Ruhr ${edition.year} – Programm`,
		stamp,
		events: timed.map((s) => sessionEvent(edition, s, origin))
	};
}

export function sessionCalendar(
	edition: EditionDetail,
	session: TimedSession,
	origin: string,
	stamp: Date
): Calendar {
	return {
		name: `Sozialkonferenz Ruhr ${edition.year}`,
		stamp,
		events: [sessionEvent(edition, session, origin)]
	};
}

/** The conference day as one event; null while its date or times are not known. */
export function editionCalendar(edition: Edition, origin: string, stamp: Date): Calendar | null {
	if (!edition.date || !edition.startTime || !edition.endTime) return null;
	return {
		name: `Sozialkonferenz Ruhr ${edition.year}`,
		stamp,
		events: [
			{
				uid: `edition-${edition.year}@sozialkonferenz.ruhr`,
				start: berlinInstant(edition.date, edition.startTime),
				end: berlinInstant(edition.date, edition.endTime),
				summary: `Sozialkonferenz Ruhr ${edition.year}: ${edition.title}`,
				description: edition.theme,
				location: venueLine(edition),
				url: `${origin}/konferenz/${edition.year}`
			}
		]
	};
}
