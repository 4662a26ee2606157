import type { AppConfig } from './config';
import type { MailWorker } from './mail';

/** What the running server holds besides the database: its configuration and the mail worker. */
let config: AppConfig | null = null;
let worker: MailWorker | null = null;

export function installRuntime(c: AppConfig, w: MailWorker | null): void {
	config = c;
	worker = w;
}

export function appConfig(): AppConfig {
	if (!config) throw new Error('The server has not been initialised.');
	return config;
}

/** Send due mails now instead of at the next tick (after a change that queued one). */
export function pokeMailWorker(): void {
	worker?.poke();
}
