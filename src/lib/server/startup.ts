import { dev } from '$app/environment';
import { loadConfig } from './config';
import { installDatabase, migrateDatabase, openDatabase, type DatabaseHandle } from './db';
import { smtpTransport, startMailWorker, type MailWorker } from './mail';
import { scheduleReminderJob } from './backoffice/reminders';
import { scheduleRegistrationJobs } from './registration/jobs';
import { installRuntime, pokeMailWorker } from './runtime';
import { seedDatabase } from './seed';
import {
	demoAccountsRefusal,
	demoAccountsWithPublishedPasswords,
	seedDemoAccounts
} from './seed/accounts';
import { scheduleAccountJobs } from './auth';
import { ensureReferenceData, seedMonitoringDemo } from './monitoring/seed';
import { seedWorldCafeDemo } from './worldcafe/demo';
import { logError } from './log';
import { seedPlanningDemo } from './planning/demo';
import { seedReportDemo } from './planning/report/demo';

/**
 * Opens the database at server start (the first PGlite open takes seconds, so never lazily on a
 * request), applies the committed migrations, seeds demo content once, starts the mail worker
 * when SMTP is configured, and closes everything on shutdown: adapter-node does not exit on
 * SIGTERM while the database is open.
 */
export async function startServer(): Promise<DatabaseHandle> {
	const config = loadConfig(process.env, { bodyLimit: !dev });
	if (config.uploads.capped) console.warn(`[sozialkonferenz] ${config.uploads.capped}`);
	for (const notice of config.notices) console.warn(`[sozialkonferenz] ${notice}`);
	const started = performance.now();
	const handle = await openDatabase(config.database);
	await migrateDatabase(handle);
	const seeded = config.seedDemo ? await seedDatabase(handle.db) : false;
	// Demo accounts have published passwords: only a local demo gets them.
	if (config.localDemo) await seedDemoAccounts(handle.db, config.origin, new Date());
	const published = await demoAccountsWithPublishedPasswords(handle.db);
	const refusal = demoAccountsRefusal(config.origin, published);
	if (refusal) {
		await handle.close();
		throw new Error(refusal);
	}
	// The 53 municipalities and the indicator catalogue are reference data, always present.
	await ensureReferenceData(handle.db);
	const seededMonitoring = config.seedDemo
		? await seedMonitoringDemo(handle.db, new Date())
		: false;
	if (config.seedDemo) await seedWorldCafeDemo(handle.db, new Date());
	if (config.seedDemo) await seedPlanningDemo(handle.db, new Date());
	if (config.seedDemo) await seedReportDemo(handle.db, new Date());
	installDatabase(handle);

	let worker: MailWorker | null = null;
	if (config.mail.smtpUrl) {
		worker = startMailWorker(handle.db, smtpTransport(config.mail.smtpUrl, config.mail.from));
	}
	installRuntime(config, worker);
	const jobs = scheduleRegistrationJobs(handle.db, config.origin, pokeMailWorker);
	const reminders = scheduleReminderJob(handle.db, pokeMailWorker);
	const accountJobs = scheduleAccountJobs(handle.db, config.origin, pokeMailWorker);

	const where =
		config.database.kind === 'postgres'
			? 'PostgreSQL (DATABASE_URL)'
			: `PGlite in ${config.database.dataDir}`;
	console.log(
		`[sozialkonferenz] database ready: ${where}${seeded ? ', demo content seeded' : ''}${seededMonitoring ? ', monitoring demo seeded' : ''} (${Math.round(performance.now() - started)} ms)`
	);
	console.log(
		config.mail.smtpUrl
			? '[sozialkonferenz] mail: sending through SMTP_URL'
			: `[sozialkonferenz] mail: no SMTP_URL, mails stay in the outbox${config.mail.outboxPage ? ` (shown at ${config.origin}/dev/postausgang)` : ''}`
	);

	if (published.length) {
		console.log(
			'[sozialkonferenz] demo accounts (public demo credentials of a local demo; see docs/accounts.md):'
		);
		for (const account of published) {
			console.log(
				`[sozialkonferenz]   ${account.role.padEnd(9)} ${account.email} / ${account.password}`
			);
		}
		console.log(`[sozialkonferenz]   sign in at ${config.origin}/anmelden`);
	} else if (config.seedDemo && !config.localDemo) {
		console.log(
			`[sozialkonferenz] no demo accounts: ORIGIN ${config.origin} is not this machine (localhost), and their passwords are published. Create an admin with npm run admin:create (docs/accounts.md).`
		);
	}

	let closing = false;
	const close = async () => {
		if (closing) return;
		closing = true;
		jobs.stop();
		reminders.stop();
		accountJobs.stop();
		await worker?.stop();
		await handle.close();
	};
	process.once('sveltekit:shutdown', () => {
		close().catch((error) => logError('shutdown failed', error));
	});
	return handle;
}
