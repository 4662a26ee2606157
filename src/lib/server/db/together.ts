import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Database, Transaction } from './client';

/**
 * Runs several independent INSERT/UPDATE statements in one round trip, as data-modifying
 * common table expressions of a single statement (`with s0 as (…), s1 as (…) select 1`).
 * PostgreSQL executes every such expression exactly once, to completion, with one snapshot, so
 * the statements must not read each other's rows. Used where a row lock is held and every round
 * trip keeps others waiting (decision 0005).
 */
export async function runTogether(
	tx: Transaction | Database,
	statements: SQLWrapper[]
): Promise<void> {
	if (statements.length === 0) return;
	if (statements.length === 1) {
		await tx.execute(statements[0].getSQL());
		return;
	}
	const parts: SQL[] = statements.map(
		(statement, i) => sql`${sql.raw(`s${i}`)} as (${statement.getSQL()})`
	);
	await tx.execute(sql`with ${sql.join(parts, sql`, `)} select 1`);
}

/**
 * Independent reads side by side: in parallel on the pool, one after the other inside a
 * transaction, whose one connection answers one query at a time (node-postgres would queue a
 * second query behind the first, a use it deprecates and its next major version refuses).
 */
export async function readSideBySide<T extends readonly unknown[]>(
	db: Database | Transaction,
	reads: { readonly [K in keyof T]: () => PromiseLike<T[K]> }
): Promise<T> {
	if (!('rollback' in db)) {
		return (await Promise.all(reads.map((read) => read()))) as unknown as T;
	}
	const results: unknown[] = [];
	for (const read of reads) results.push(await read());
	return results as unknown as T;
}
