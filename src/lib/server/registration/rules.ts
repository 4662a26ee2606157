/**
 * Pure decisions of the registration: no database, no clock (time comes in as `now`).
 */
export type WindowState = 'none' | 'not_yet' | 'open' | 'closed';

export interface RegistrationWindow {
	capacity: number | null;
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
}

export function registrationWindow(edition: RegistrationWindow, now: Date): WindowState {
	if (edition.capacity === null || !edition.registrationClosesAt) return 'none';
	if (edition.registrationOpensAt && now < edition.registrationOpensAt) return 'not_yet';
	if (now >= edition.registrationClosesAt) return 'closed';
	return 'open';
}

export interface WorkshopLoad {
	id: number;
	capacity: number;
	taken: number;
}

export type WorkshopDecision =
	| { kind: 'none' }
	| { kind: 'seat'; workshopId: number; wish: 'first' | 'second' }
	/** Event seat without a workshop seat; waiting for the first wish. */
	| { kind: 'waitlist'; workshopId: number };

/** First wish if it has room, else the second, else the first wish's waiting list. */
export function chooseWorkshop(
	first: number | null,
	second: number | null,
	loads: ReadonlyMap<number, WorkshopLoad>
): WorkshopDecision {
	const hasRoom = (id: number | null) => {
		if (id === null) return false;
		const load = loads.get(id);
		return load !== undefined && load.taken < load.capacity;
	};
	if (hasRoom(first)) return { kind: 'seat', workshopId: first!, wish: 'first' };
	if (hasRoom(second)) return { kind: 'seat', workshopId: second!, wish: 'second' };
	if (first !== null) return { kind: 'waitlist', workshopId: first };
	if (second !== null) return { kind: 'waitlist', workshopId: second };
	return { kind: 'none' };
}

export function freeSeats(capacity: number, held: number): number {
	return Math.max(0, capacity - held);
}

export function confirmationDeadline(now: Date, hours: number): Date {
	return new Date(now.getTime() + hours * 3_600_000);
}

/** The day after which personal data must be gone: event date + retention days. */
export function isPastRetention(
	eventDate: string | null,
	retentionDays: number,
	today: string
): boolean {
	if (!eventDate) return false;
	const [y, m, d] = eventDate.split('-').map(Number);
	const limit = new Date(Date.UTC(y, m - 1, d + retentionDays));
	const [ty, tm, td] = today.split('-').map(Number);
	return Date.UTC(ty, tm - 1, td) > limit.getTime();
}
