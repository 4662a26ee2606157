import { loadConfig } from './config';
import { installDatabase, migrateDatabase, openDatabase, type DatabaseHandle } from './db';
import { seedDatabase } from './seed';
import { ensureReferenceData, seedMonitoringDemo } from './monitoring/seed';

/**
 * Opens the database at server start (the first PGlite open takes seconds, so never lazily on a
 * request), applies the committed migrations, seeds demo content once, and closes the handle on
 * shutdown: adapter-node does not exit on SIGTERM while it is open.
 */
export async function startServer(): Promise<DatabaseHandle> {
	const config = loadConfig();
	const started = performance.now();
	const handle = await openDatabase(config.database);
	await migrateDatabase(handle);
	const seeded = config.seedDemo ? await seedDatabase(handle.db) : false;
	// The 53 municipalities and the indicator catalogue are reference data, always present.
	await ensureReferenceData(handle.db);
	const seededMonitoring = config.seedDemo
		? await seedMonitoringDemo(handle.db, new Date())
		: false;
	installDatabase(handle);

	const where =
		config.database.kind === 'postgres'
			? 'PostgreSQL (DATABASE_URL)'
			: `PGlite in ${config.database.dataDir}`;
	console.log(
		`[sozialkonferenz] database ready: ${where}${seeded ? ', demo content seeded' : ''}${seededMonitoring ? ', monitoring demo seeded' : ''} (${Math.round(performance.now() - started)} ms)`
	);

	let closing = false;
	const close = async () => {
		if (closing) return;
		closing = true;
		await handle.close();
	};
	process.once('sveltekit:shutdown', () => {
		close().catch((error) => console.error('[sozialkonferenz] closing the database failed', error));
	});
	return handle;
}
