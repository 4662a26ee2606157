/** PostgreSQL's error codes the app answers itself (both backends give the same codes). */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
/** A delete refused by an `on delete restrict` foreign key. */
export const PG_RESTRICT_VIOLATION = '23001';

/** Whether a failed statement has the code, as the driver gives it or wrapped by drizzle. */
export function hasPgCode(error: unknown, code: string): boolean {
	const e = error as { code?: string; cause?: { code?: string } } | null;
	return e?.code === code || e?.cause?.code === code;
}
