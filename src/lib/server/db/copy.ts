/**
 * `COPY … FROM STDIN` for bulk loads into a PostgreSQL server (decision 0039): rows in
 * PostgreSQL's text format through pg-copy-streams on a connection of the pool, one statement in
 * its own transaction, several times cheaper per row than the parameters of an `INSERT`.
 * PGlite is left to `INSERT … SELECT FROM unnest(…)`: its `COPY … FROM '/dev/blob'` grew slower
 * with every chunk in our measurements (docs/monitoring.md, _Importer speed_).
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './client';

export { copyEscape } from './copy-format';

/** The pool behind a PostgreSQL server database; null for PGlite. */
export function serverPool(db: Database): pg.Pool | null {
	const client = (db as unknown as { $client: unknown }).$client;
	return client instanceof pg.Pool ? client : null;
}

/** Loads text-format rows into `target` (`table (columns…)`, written by the caller, never from input). */
export async function copyText(pool: pg.Pool, target: string, text: string): Promise<void> {
	const connection = await pool.connect();
	try {
		await pipeline(Readable.from([text]), connection.query(copyFrom(`copy ${target} from stdin`)));
	} finally {
		connection.release();
	}
}
