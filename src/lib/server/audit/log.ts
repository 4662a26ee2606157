import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { auditLog, users, type AuditDetails } from '../db/schema';

export interface AuditEntry {
	/** Who did it; null for the system, an anonymous visitor or a failed login. */
	actorUserId: number | null;
	/** Dotted name, `<thing>.<what happened>`: `user.created`, `registration.cancelled`. */
	action: string;
	subjectType?: string;
	subjectId?: string | number;
	details?: AuditDetails;
}

/** Call inside the transaction of the change the entry records, so both commit or neither does. */
export async function recordAudit(
	tx: Transaction | Database,
	entry: AuditEntry,
	now: Date
): Promise<void> {
	await auditInsert(tx, entry, now);
}

/** The insert of `recordAudit`, not yet run: to send along with other statements (`runTogether`). */
export function auditInsert(tx: Transaction | Database, entry: AuditEntry, now: Date) {
	return tx.insert(auditLog).values(auditValues(entry, now));
}

/** Several entries in one multi-row insert, not yet run; ids in the order of `entries`. */
export function auditInsertMany(
	tx: Transaction | Database,
	entries: readonly { entry: AuditEntry; at: Date }[]
) {
	return tx.insert(auditLog).values(entries.map(({ entry, at }) => auditValues(entry, at)));
}

function auditValues(entry: AuditEntry, now: Date) {
	return {
		at: now,
		actorUserId: entry.actorUserId,
		action: entry.action,
		subjectType: entry.subjectType ?? null,
		subjectId: entry.subjectId === undefined ? null : String(entry.subjectId),
		details: entry.details ?? {}
	};
}

export interface AuditRow {
	id: number;
	at: Date;
	action: string;
	subjectType: string | null;
	subjectId: string | null;
	details: AuditDetails;
	actorUserId: number | null;
	actorName: string | null;
	actorEmail: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

/** Newest first; `actionPrefix` "user" matches `user.created` and `user.role_changed`. */
export async function listAudit(
	db: Database,
	filter: { actionPrefix?: string; page?: number; pageSize?: number } = {}
): Promise<{ rows: AuditRow[]; total: number; page: number; pageSize: number }> {
	const pageSize = filter.pageSize ?? AUDIT_PAGE_SIZE;
	const page = Math.max(1, Math.floor(filter.page ?? 1));
	const where = filter.actionPrefix
		? sql`starts_with(${auditLog.action}, ${filter.actionPrefix})`
		: undefined;
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: auditLog.id,
				at: auditLog.at,
				action: auditLog.action,
				subjectType: auditLog.subjectType,
				subjectId: auditLog.subjectId,
				details: auditLog.details,
				actorUserId: auditLog.actorUserId,
				actorName: users.name,
				actorEmail: users.email
			})
			.from(auditLog)
			.leftJoin(users, eq(users.id, auditLog.actorUserId))
			.where(where)
			.orderBy(desc(auditLog.at), desc(auditLog.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db.select({ total: count() }).from(auditLog).where(where)
	]);
	return { rows, total, page, pageSize };
}

/** The first segments of the recorded actions (`user`, `session`, …), for the filter. */
export async function auditActionGroups(db: Database): Promise<string[]> {
	const rows = await db
		.selectDistinct({ group: sql<string>`split_part(${auditLog.action}, '.', 1)` })
		.from(auditLog)
		.orderBy(sql`1`);
	return rows.map((r) => r.group);
}

/** For tests and domain checks: the entries about one subject, oldest first. */
export async function auditEntriesFor(
	db: Database,
	subjectType: string,
	subjectId: string | number
): Promise<(typeof auditLog.$inferSelect)[]> {
	return db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.subjectType, subjectType), eq(auditLog.subjectId, String(subjectId))))
		.orderBy(auditLog.id);
}
