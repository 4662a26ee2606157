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
