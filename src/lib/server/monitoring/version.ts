/**
 * The data version of a municipality's monitoring: a counter in `monitoring_datasets` raised in
 * the same transaction as every change that can alter what the atlas shows. Atlas caches are
 * keyed by it (atlas/cache.ts); because it lives in the database, several app instances on one
 * PostgreSQL agree on it without talking to each other.
 */
import { eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { monitoringDatasets } from '../db/schema';

/** Creates the dataset row if needed and raises its data version. */
export async function touchDataset(tx: Transaction, ags: string, now: Date): Promise<void> {
	await tx
		.insert(monitoringDatasets)
		.values({ ags, updatedAt: now, dataVersion: 1 })
		.onConflictDoUpdate({
			target: monitoringDatasets.ags,
			set: { updatedAt: now, dataVersion: sql`${monitoringDatasets.dataVersion} + 1` }
		});
}

/** The current data version (null: the municipality has no dataset). */
export async function dataVersionOf(db: Database, ags: string): Promise<number | null> {
	const [row] = await db
		.select({ version: monitoringDatasets.dataVersion })
		.from(monitoringDatasets)
		.where(eq(monitoringDatasets.ags, ags));
	return row?.version ?? null;
}
