import { and, asc, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db';
import { optionalText, requiredText } from '../fields';
import { cafeSeats, cafeTables, editions, worldCafes } from '../db/schema';
import { recordAudit } from '../audit';
import { hashToken, newToken } from '../registration/tokens';
import { WorldCafeError, withParams, type WorldCafeErrorCode } from './errors';

export type WorldCafe = typeof worldCafes.$inferSelect;
export type CafeTableRow = typeof cafeTables.$inferSelect;

const int = (min: number, max: number) => {
	const problem = withParams('ganze_zahl', { min, max });
	return z.coerce.number({ message: problem }).int(problem).min(min, problem).max(max, problem);
};
const required: WorldCafeErrorCode = 'pflichtfeld';
const tooLong: WorldCafeErrorCode = 'text_zu_lang';
const invalid: WorldCafeErrorCode = 'zeichen_ungueltig';
const line = (max: number) => requiredText({ max, required, tooLong, invalid });

/** Form fields for a new World Café; each problem is a code of the domain's error catalogue. */
export const CafeForm = z.object({
	editionId: int(1, 1_000_000),
	title: line(200),
	questions: optionalText({ max: 4000, multiline: true, tooLong, invalid }).transform(
		(v) => v ?? ''
	),
	rounds: int(1, 12),
	roundMinutes: int(5, 180),
	preferencesOpen: z
		.string()
		.optional()
		.transform((value) => value === 'on'),
	votesPerParticipant: int(0, 20)
});
export type CafeInput = z.output<typeof CafeForm>;

export const TableForm = z.object({
	label: line(40),
	topic: line(200),
	hostName: line(200),
	capacity: int(1, 40)
});
export type TableInput = z.output<typeof TableForm>;

export async function createCafe(
	db: Database,
	input: CafeInput,
	actorUserId: number | null,
	now: Date
): Promise<WorldCafe> {
	return db.transaction(async (tx) => {
		const [cafe] = await tx
			.insert(worldCafes)
			.values({ ...input, createdAt: now })
			.returning();
		await recordAudit(
			tx,
			{ actorUserId, action: 'worldcafe.created', subjectType: 'world_cafe', subjectId: cafe.id },
			now
		);
		return cafe;
	});
}

export async function cafeById(db: Database, cafeId: number): Promise<WorldCafe> {
	const [cafe] = await db.select().from(worldCafes).where(eq(worldCafes.id, cafeId));
	if (!cafe) throw new WorldCafeError('cafe_unbekannt');
	return cafe;
}

export async function listCafes(db: Database) {
	return db
		.select({
			id: worldCafes.id,
			title: worldCafes.title,
			year: editions.year,
			rounds: worldCafes.rounds,
			planVersion: worldCafes.planVersion
		})
		.from(worldCafes)
		.innerJoin(editions, eq(editions.id, worldCafes.editionId))
		.orderBy(desc(editions.year), asc(worldCafes.id));
}

export async function tablesOf(db: Database, cafeId: number): Promise<CafeTableRow[]> {
	return db
		.select()
		.from(cafeTables)
		.where(eq(cafeTables.cafeId, cafeId))
		.orderBy(asc(cafeTables.position), asc(cafeTables.id));
}

export async function addTable(
	db: Database,
	cafeId: number,
	input: TableInput,
	actorUserId: number | null,
	now: Date
): Promise<CafeTableRow> {
	await cafeById(db, cafeId);
	return db.transaction(async (tx) => {
		const [{ n }] = await tx
			.select({ n: count() })
			.from(cafeTables)
			.where(eq(cafeTables.cafeId, cafeId));
		const [table] = await tx
			.insert(cafeTables)
			.values({ cafeId, ...input, position: Number(n) })
			.returning();
		await recordAudit(
			tx,
			{
				actorUserId,
				action: 'worldcafe.table_added',
				subjectType: 'world_cafe',
				subjectId: cafeId,
				details: { table: table.label, topic: table.topic }
			},
			now
		);
		return table;
	});
}

/** A table can only go while nobody is seated anywhere: the plan would lose its seats silently. */
export async function removeTable(
	db: Database,
	cafeId: number,
	tableId: number,
	actorUserId: number | null,
	now: Date
): Promise<void> {
	await db.transaction(async (tx) => {
		const [{ seated }] = await tx
			.select({ seated: count() })
			.from(cafeSeats)
			.where(eq(cafeSeats.cafeId, cafeId));
		if (Number(seated) > 0) throw new WorldCafeError('tisch_mit_plan');
		const removed = await tx
			.delete(cafeTables)
			.where(and(eq(cafeTables.id, tableId), eq(cafeTables.cafeId, cafeId)))
			.returning({ label: cafeTables.label });
		if (!removed.length) throw new WorldCafeError('tisch_unbekannt');
		await recordAudit(
			tx,
			{
				actorUserId,
				action: 'worldcafe.table_removed',
				subjectType: 'world_cafe',
				subjectId: cafeId,
				details: { table: removed[0].label }
			},
			now
		);
	});
}

/**
 * A new link for the host of a table. Only the hash is stored, so the link is shown once; making
 * a new one invalidates the old (a lost phone is locked out).
 */
export async function issueHostLink(
	db: Database,
	cafeId: number,
	tableId: number,
	actorUserId: number | null,
	now: Date
): Promise<string> {
	const token = newToken();
	await db.transaction(async (tx) => {
		const updated = await tx
			.update(cafeTables)
			.set({ hostTokenHash: hashToken(token) })
			.where(and(eq(cafeTables.id, tableId), eq(cafeTables.cafeId, cafeId)))
			.returning({ id: cafeTables.id });
		if (!updated.length) throw new WorldCafeError('tisch_unbekannt');
		await recordAudit(
			tx,
			{
				actorUserId,
				action: 'worldcafe.host_link_issued',
				subjectType: 'cafe_table',
				subjectId: tableId
			},
			now
		);
	});
	return token;
}

/** Editions a café can be added to, newest first. */
export async function editionChoices(db: Database) {
	return db
		.select({ id: editions.id, year: editions.year, title: editions.title })
		.from(editions)
		.orderBy(desc(editions.year));
}

/** For a route: a domain error as a 4xx body `{ code }` the page translates, anything else rethrown. */
export function cafeFailure(error: unknown): { code: WorldCafeErrorCode } {
	if (error instanceof WorldCafeError) return { code: error.code };
	throw error;
}
