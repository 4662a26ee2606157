import type { Database } from '../db';
import { claimDueMails, markFailed, markSent } from './outbox';
import { isPermanentFailure, type MailTransport } from './transport';
import { logError } from '../log';

/** One pass over the due mails; returns how many were sent. */
export async function deliverDueMails(
	db: Database,
	transport: MailTransport,
	now: () => Date
): Promise<{ sent: number; failed: number }> {
	const mails = await claimDueMails(db, now());
	let sent = 0;
	let failed = 0;
	for (const mail of mails) {
		try {
			await transport.send(mail);
			await markSent(db, mail.id, now());
			sent++;
		} catch (error) {
			failed++;
			const message = error instanceof Error ? error.message : String(error);
			await markFailed(db, mail, message, now(), isPermanentFailure(error));
		}
	}
	return { sent, failed };
}

export interface MailWorker {
	stop(): Promise<void>;
	/** Runs a pass now (used after a change so mails don't wait for the next tick). */
	poke(): void;
}

export function startMailWorker(
	db: Database,
	transport: MailTransport,
	options: { intervalMs?: number; now?: () => Date } = {}
): MailWorker {
	const intervalMs = options.intervalMs ?? 2000;
	const now = options.now ?? (() => new Date());
	let running: Promise<unknown> | null = null;
	let stopped = false;
	const pass = () => {
		if (running || stopped) return;
		running = deliverDueMails(db, transport, now)
			.catch((error) => logError('mail worker pass failed', error))
			.finally(() => {
				running = null;
			});
	};
	const timer = setInterval(pass, intervalMs);
	timer.unref();
	return {
		poke: pass,
		async stop() {
			stopped = true;
			clearInterval(timer);
			await running;
			transport.close();
		}
	};
}
