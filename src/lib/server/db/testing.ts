import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from './client';
import { migrateDatabase } from './migrate';

/**
 * Database tests run on both backends with the same code: `describe.each(backends)`.
 * PostgreSQL joins when TEST_DATABASE_URL points at a server where the user may create
 * databases; each call gets a fresh database that is dropped on close. In CI the variable is
 * required, so the PostgreSQL half can never be skipped silently.
 */
export interface TestBackend {
	name: 'pglite' | 'postgres';
	open(): Promise<DatabaseHandle>;
}

const adminUrl = process.env.TEST_DATABASE_URL;

if (!adminUrl && process.env.CI === 'true') {
	throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI.');
}

/** A fresh, migrated database on the server at `url`, dropped again on close (tests, benchmarks). */
export async function openFreshPostgres(url: string, poolSize = 20): Promise<DatabaseHandle> {
	const name = `sk_test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const target = new URL(url);
	target.pathname = `/${name}`;
	const handle = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize });
	await migrateDatabase(handle);
	return {
		...handle,
		async close() {
			await handle.close();
			const dropper = new pg.Client({ connectionString: url });
			await dropper.connect();
			await dropper.query(`drop database if exists ${name} with (force)`);
			await dropper.end();
		}
	};
}

async function openFreshPglite(): Promise<DatabaseHandle> {
	const handle = await openDatabase({ kind: 'pglite' });
	await migrateDatabase(handle);
	return handle;
}

export const backends: TestBackend[] = [
	{ name: 'pglite', open: openFreshPglite },
	...(adminUrl ? [{ name: 'postgres' as const, open: () => openFreshPostgres(adminUrl) }] : [])
];

export const postgresSkipNote = adminUrl
	? null
	: 'PostgreSQL tests skipped: set TEST_DATABASE_URL (e.g. postgres://postgres@localhost/postgres) to run them.';
