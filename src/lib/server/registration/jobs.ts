import type { Database } from '../db';
import { berlinDate } from '../conference/time';
import { anonymisePastEditions, expireUnconfirmed } from './store';
import { logError } from '../log';

/**
 * Housekeeping that must happen without anyone clicking: expiring unconfirmed registrations
 * (which hands their seats to the waiting list) and the DSGVO anonymisation after the event.
 * Safe to run on several instances at once: both work under the edition lock / idempotently.
 */
export async function runRegistrationJobs(
	db: Database,
	now: Date,
	origin: string
): Promise<{ expired: number; anonymised: number }> {
	const expired = await expireUnconfirmed(db, { now, origin });
	const anonymised = await anonymisePastEditions(db, berlinDate(now), now);
	return { expired, anonymised };
}

export function scheduleRegistrationJobs(
	db: Database,
	origin: string,
	onChange: () => void,
	intervalMs = 60_000
): { stop(): void } {
	let running = false;
	const tick = () => {
		if (running) return;
		running = true;
		runRegistrationJobs(db, new Date(), origin)
			.then((r) => {
				if (r.expired || r.anonymised) onChange();
			})
			.catch((error) => logError('registration jobs failed', error))
			.finally(() => {
				running = false;
			});
	};
	const timer = setInterval(tick, intervalMs);
	timer.unref();
	tick();
	return { stop: () => clearInterval(timer) };
}
