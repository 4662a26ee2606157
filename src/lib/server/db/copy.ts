/**
 * `COPY … FROM` for bulk loads (decision 0039): rows as PostgreSQL's text format, one statement
 * in its own transaction. PostgreSQL gets them over `COPY FROM STDIN` (pg-copy-streams on a
 * connection of the pool), PGlite as a blob (`COPY FROM '/dev/blob'`). Either is an order of
 * magnitude cheaper per row than the parameters of an `INSERT`.
 */
import { PGlite } from '@electric-sql/pglite';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './client';

/** `table (columns…)`, written by the caller, never from input. */
export async function copyText(db: Database, target: string, text: string): Promise<void> {
	const client = (db as unknown as { $client: unknown }).$client;
	if (client instanceof PGlite) {
		await client.query(`copy ${target} from '/dev/blob'`, [], {
			blob: new Blob([text])
		});
		return;
	}
	if (client instanceof pg.Pool) {
		const connection = await client.connect();
		try {
			await pipeline(
				Readable.from([text]),
				connection.query(copyFrom(`copy ${target} from stdin`))
			);
		} finally {
			connection.release();
		}
		return;
	}
	throw new Error('copyText: unknown database client');
}

/** A text value in COPY's text format (backslash, tab and line breaks escaped). */
export function copyEscape(value: string): string {
	return /[\\\t\n\r]/.test(value)
		? value.replace(/[\\\t\n\r]/g, (c) =>
				c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'
			)
		: value;
}
