import type { Database } from '../db';
import { publicCache } from '../conference/cache';

/**
 * What a registration reads before the seat lock (its edition with the mail texts, the
 * questions of the year) comes from the public read cache (decision 0040): under a rush these
 * reads cost more than the decision itself, and they change a few times a year. Every edit in
 * this process empties the cache (`invalidatePublicReads`); the seat decision never uses it, and
 * the group checks the edition against its locked row (store.ts, `admit`).
 */
const databaseIds = new WeakMap<Database, number>();
let nextId = 0;

function key(db: Database, name: string): string {
	let id = databaseIds.get(db);
	if (id === undefined) {
		id = ++nextId;
		databaseIds.set(db, id);
	}
	return `registration:${id}:${name}`;
}

/** A cached read; an empty answer (no such edition) is never kept. */
export async function cachedRead<T>(
	db: Database,
	name: string,
	load: () => Promise<T>
): Promise<T> {
	const value = await publicCache.read(key(db, name), load);
	if (value === null) forgetRead(db, name);
	return value;
}

export function forgetRead(db: Database, name: string): void {
	publicCache.forget(key(db, name));
}

/** After an edit of something only registrations read (the mail texts): every cached read goes. */
export function invalidateRegistrationReads(): void {
	publicCache.invalidate();
}
