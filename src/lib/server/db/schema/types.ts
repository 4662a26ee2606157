import { sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL full-text search vector; only ever written by generated columns. */
export const tsvector = customType<{ data: string }>({
	dataType() {
		return 'tsvector';
	}
});

/** A list of text values for `in (…)` checks of the schema, quoted for SQL. */
export const inList = (values: readonly string[]) =>
	sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '));
