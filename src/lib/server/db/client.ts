import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';
import { lockDataDirectory } from './lock';
import { logError } from '../log';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type BackendKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
	readonly db: Database;
	readonly kind: BackendKind;
	close(): Promise<void>;
}

export type DatabaseConfig =
	| { kind: 'postgres'; url: string; poolSize?: number }
	/** `dataDir` undefined = in memory (tests). */
	| { kind: 'pglite'; dataDir?: string };

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
	if (config.kind === 'postgres') {
		const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
		// An idle connection dropped by the server (restart, failover) must not crash the process;
		// the pool replaces it on the next query.
		pool.on('error', (error) => {
			if (!closing) logError('idle database connection lost', error);
		});
		let closing = false;
		// Fail at start-up, not on the first request, when the server is unreachable.
		const probe = await pool.connect();
		probe.release();
		return {
			db: drizzlePg(pool, { schema }) as unknown as Database,
			kind: 'postgres',
			close: () => {
				closing = true;
				return pool.end();
			}
		};
	}
	const lock = config.dataDir ? lockDataDirectory(config.dataDir) : null;
	try {
		const client = await PGlite.create(config.dataDir ? { dataDir: config.dataDir } : {});
		return {
			db: drizzlePglite(client, { schema }) as unknown as Database,
			kind: 'pglite',
			async close() {
				try {
					await client.close();
				} finally {
					lock?.release();
				}
			}
		};
	} catch (error) {
		lock?.release();
		throw error;
	}
}
