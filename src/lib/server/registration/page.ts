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
	const found = await registrationEdition(db, year);
	if (!found) return null;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the texts stay on the server
	const { mailTexts: _texts, ...edition } = found;
	return {
		edition,
		window: registrationWindow(edition, now),
		counts: await seatCounts(db, edition.id)
	};
}
