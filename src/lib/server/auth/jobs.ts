import type { Database } from '../db';
import { answerPasswordResetRequests } from './passwords';
import { forgetFinishedRuns } from './throttle';

/**
 * The accounts domain's housekeeping: answers queued "forgot password" requests every few
 * seconds (`onMail` after mails were queued) and deletes sign-in counts whose run is over.
 * Safe on several instances at once.
 */
export function scheduleAccountJobs(
	db: Database,
	origin: string,
	onMail: () => void,
	intervalMs = 2_000
): { stop(): void } {
	let running = false;
	let lastCleanup = 0;
	const timer = setInterval(() => {
		if (running) return;
		running = true;
		const now = new Date();
		const cleanup =
			now.getTime() - lastCleanup > 60 * 60_000
				? forgetFinishedRuns(db, now).then(() => {
						lastCleanup = now.getTime();
					})
				: Promise.resolve();
		Promise.all([answerPasswordResetRequests(db, origin, now), cleanup])
			.then(([mailed]) => {
				if (mailed) onMail();
			})
			.catch((error) => console.error('[sozialkonferenz] account jobs failed', error))
			.finally(() => {
				running = false;
			});
	}, intervalMs);
	timer.unref();
	return { stop: () => clearInterval(timer) };
}
