import { berlinWallClock, CONFERENCE_TIME_ZONE } from './time';

/**
 * A small RFC 5545 writer for the programme. Times are written as Berlin wall-clock times with
 * TZID=Europe/Berlin and a VTIMEZONE block, so calendars show "9:00" whatever their own zone.
 */
export interface CalendarEvent {
	uid: string;
	start: Date;
	end: Date;
	summary: string;
	description?: string | null;
	location?: string | null;
	url?: string | null;
}

export interface Calendar {
	name: string;
	events: CalendarEvent[];
	/** DTSTAMP: when this calendar was produced (RFC 5545 requires it, in UTC). */
	stamp: Date;
}

// Europe/Berlin since 1996: CEST from the last Sunday in March 02:00 to the last Sunday in
// October 03:00 (EU summer-time directive 2000/84/EC).
const BERLIN_VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	'TZID:Europe/Berlin',
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function localStamp(instant: Date): string {
	const w = berlinWallClock(instant);
	return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

function utcStamp(instant: Date): string {
	return instant
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** TEXT escaping of RFC 5545 §3.3.11. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	if (encoder.encode(line).length <= 75) return line;
	const pieces: string[] = [];
	let current = '';
	let currentBytes = 0;
	let limit = 75;
	for (const char of line) {
		const bytes = encoder.encode(char).length;
		if (currentBytes + bytes > limit) {
			pieces.push(current);
			current = '';
			currentBytes = 0;
			limit = 74; // continuation lines start with a space
		}
		current += char;
		currentBytes += bytes;
	}
	pieces.push(current);
	return pieces.join('\r\n ');
}

export function renderCalendar(calendar: Calendar): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Regionalverband Ruhr//Sozialkonferenz Ruhr//DE',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(calendar.name)}`,
		`X-WR-TIMEZONE:${CONFERENCE_TIME_ZONE}`,
		...BERLIN_VTIMEZONE
	];
	for (const event of calendar.events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${utcStamp(calendar.stamp)}`,
			`DTSTART;TZID=${CONFERENCE_TIME_ZONE}:${localStamp(event.start)}`,
			`DTEND;TZID=${CONFERENCE_TIME_ZONE}:${localStamp(event.end)}`,
			`SUMMARY:${escapeText(event.summary)}`
		);
		if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
		if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
		if (event.url) lines.push(`URL:${event.url}`);
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
