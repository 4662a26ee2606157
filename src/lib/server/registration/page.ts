import type { Database } from '../db';
import { registrationWindow, type WindowState } from './rules';
import {
	registrationEdition,
	seatCounts,
	type RegistrationEdition,
	type SeatCounts
} from './store';

export interface RegistrationPage {
	edition: RegistrationEdition;
	window: WindowState;
	counts: SeatCounts;
}

/** What the registration page needs; live counts, never cached. */
export async function registrationPage(
	db: Database,
	year: number,
	now: Date
): Promise<RegistrationPage | null> {
	const edition = await registrationEdition(db, year);
	if (!edition) return null;
	return {
		edition,
		window: registrationWindow(edition, now),
		counts: await seatCounts(db, edition.id)
	};
}
