import type { Database } from '../db';
import { questionsOfYear, type Question } from './questions';
import { cachedRead } from './reads';
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
	questions: Question[];
}

/**
 * What the registration page needs. Everyone who registers opens it, so in a rush it is read as
 * often as the edition page: the edition and the questions come from the read cache the
 * registration itself uses (decision 0040; the submission checks them against the locked row),
 * the seat counts are read live, in two queries.
 */
export async function registrationPage(
	db: Database,
	year: number,
	now: Date
): Promise<RegistrationPage | null> {
	const found = await cachedRead(db, `edition:${year}`, () => registrationEdition(db, year));
	if (!found) return null;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the texts stay on the server
	const { mailTexts: _texts, ...edition } = found;
	return {
		edition,
		window: registrationWindow(edition, now),
		counts: await seatCounts(db, edition.id),
		questions: await cachedRead(db, `questions:${year}`, () => questionsOfYear(db, year))
	};
}
