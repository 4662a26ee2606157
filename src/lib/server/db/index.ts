import type { Database, DatabaseHandle } from './client';

export { openDatabase } from './client';
export type { Database, DatabaseHandle, Transaction, BackendKind } from './client';
export { migrateDatabase } from './migrate';
export { readSideBySide, runTogether } from './together';

let current: DatabaseHandle | null = null;

/** Installed once by the server's `init` hook. */
export function installDatabase(handle: DatabaseHandle): void {
	current = handle;
}

export function database(): Database {
	if (!current) throw new Error('The database has not been opened (server init did not run).');
	return current.db;
}

export function databaseHandle(): DatabaseHandle | null {
	return current;
}
