/**
 * The conference lives in Europe/Berlin. Wall-clock times of the programme ("9:00 Uhr") are
 * turned into instants here, with summer time handled by the platform's time-zone data.
 */
export const CONFERENCE_TIME_ZONE = 'Europe/Berlin';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
	timeZone: CONFERENCE_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23'
});

export interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

/** The Berlin wall-clock reading of an instant. */
export function berlinWallClock(instant: Date): WallClock {
	const parts = Object.fromEntries(
		partsFormatter.formatToParts(instant).map((p) => [p.type, p.value])
	) as Record<string, string>;
	return {
		year: Number(parts.year),
		month: Number(parts.month),
		day: Number(parts.day),
		hour: Number(parts.hour),
		minute: Number(parts.minute),
		second: Number(parts.second)
	};
}

function offsetMinutesAt(instant: Date): number {
	const w = berlinWallClock(instant);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
	return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * The instant at which Berlin clocks show `date` (YYYY-MM-DD) and `time` (HH:MM[:SS]).
 * Two passes settle the offset on days when it changes.
 */
export function berlinInstant(date: string, time: string): Date {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
	if (!d || !t) throw new RangeError(`Not a date and time: ${date} ${time}`);
	const wallAsUtc = Date.UTC(+d[1], +d[2] - 1, +d[3], +t[1], +t[2], t[3] ? +t[3] : 0);
	let guess = wallAsUtc - offsetMinutesAt(new Date(wallAsUtc)) * 60_000;
	guess = wallAsUtc - offsetMinutesAt(new Date(guess)) * 60_000;
	return new Date(guess);
}

/** Today's date in Berlin as YYYY-MM-DD: which edition is "next" depends on the local day. */
export function berlinDate(instant: Date): string {
	const w = berlinWallClock(instant);
	return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** HH:MM from a PostgreSQL `time` value ("09:00:00"). */
export function shortTime(time: string | null): string | null {
	return time ? time.slice(0, 5) : null;
}

const berlinMinute = new Intl.DateTimeFormat('sv-SE', {
	timeZone: CONFERENCE_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});

/** An instant as a `datetime-local` form value: Berlin wall-clock time, `YYYY-MM-DDTHH:MM`. */
export function berlinLocalInput(instant: Date): string {
	return berlinMinute.format(instant).replace(' ', 'T');
}
