import { and, asc, count, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { registrationStatuses, sectors } from '$lib/types/enums';
import type { Database } from '../db';
import { editions, registrationAnswers, registrations, workshops } from '../db/schema';
import { optionalRowId, searchText } from '../fields';

export const PAGE_SIZE = 50;

const needs = [
	'stufenlos',
	'gebaerdensprache',
	'induktionsschleife',
	'sonstiges',
	'keine'
] as const;
const sortKeys = ['name', 'angemeldet', 'status', 'organisation', 'kommune'] as const;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values).optional().catch(undefined);

/** The table's query string: every parameter is optional and a bad value is simply ignored. */
export const ParticipantQuery = z.object({
	q: z.string().trim().max(100).optional().catch(undefined),
	status: optionalEnum(registrationStatuses),
	bereich: optionalEnum(sectors),
	kommune: z
		.string()
		.regex(/^([0-9]{8}|extern)$/)
		.optional()
		.catch(undefined),
	workshop: optionalRowId().catch(null),
	bedarf: optionalEnum(needs),
	/** An own question, and optionally the answer (an option, ja/nein, or a text exactly). */
	frage: optionalRowId().catch(null),
	antwort: z.string().trim().max(500).optional().catch(undefined),
	sortierung: z.enum(sortKeys).catch('angemeldet'),
	richtung: z.enum(['auf', 'ab']).catch('ab'),
	seite: z.coerce.number().int().min(1).max(10_000).catch(1)
});
export type ParticipantFilter = z.infer<typeof ParticipantQuery> & {
	/** The search text had control characters: nothing matches, and the page says why. */
	invalidQuery?: boolean;
};

export function parseParticipantQuery(params: URLSearchParams): ParticipantFilter {
	const search = searchText(params.get('q'), 100);
	const filter = ParticipantQuery.parse(
		Object.fromEntries([...params.entries()].filter(([key, value]) => value !== '' && key !== 'q'))
	);
	return search.invalid
		? { ...filter, invalidQuery: true }
		: { ...filter, q: search.query ?? undefined };
}

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The WHERE clause for a filter; shared by the table, the exports, badges and mailings. */
export function participantWhere(editionId: number, filter: Partial<ParticipantFilter>): SQL {
	const conditions: (SQL | undefined)[] = [
		eq(registrations.editionId, editionId),
		isNull(registrations.anonymisedAt)
	];
	if (filter.invalidQuery) conditions.push(sql`false`);
	if (filter.q) {
		const pattern = `%${escapeLike(filter.q)}%`;
		conditions.push(
			or(
				ilike(sql`${registrations.firstName} || ' ' || ${registrations.lastName}`, pattern),
				ilike(registrations.email, pattern),
				ilike(registrations.organisation, pattern)
			)
		);
	}
	if (filter.status) conditions.push(eq(registrations.status, filter.status));
	if (filter.bereich) conditions.push(eq(registrations.sector, filter.bereich));
	if (filter.kommune === 'extern') conditions.push(isNull(registrations.municipalityAgs));
	else if (filter.kommune) conditions.push(eq(registrations.municipalityAgs, filter.kommune));
	if (filter.workshop) conditions.push(eq(registrations.workshopId, filter.workshop));
	if (filter.frage) {
		conditions.push(
			sql`exists (select 1 from ${registrationAnswers} where ${registrationAnswers.registrationId} = ${registrations.id} and ${registrationAnswers.questionId} = ${filter.frage}${filter.antwort ? sql` and ${registrationAnswers.value} = ${filter.antwort}` : sql``})`
		);
	}
	switch (filter.bedarf) {
		case 'stufenlos':
			conditions.push(eq(registrations.needsStepFree, true));
			break;
		case 'gebaerdensprache':
			conditions.push(eq(registrations.needsSignLanguage, true));
			break;
		case 'induktionsschleife':
			conditions.push(eq(registrations.needsInductionLoop, true));
			break;
		case 'sonstiges':
			conditions.push(sql`${registrations.needsOther} is not null`);
			break;
		case 'keine':
			conditions.push(
				sql`not (${registrations.needsStepFree} or ${registrations.needsSignLanguage} or ${registrations.needsInductionLoop}) and ${registrations.needsOther} is null`
			);
			break;
	}
	return and(...conditions)!;
}

function orderBy(filter: Pick<ParticipantFilter, 'sortierung' | 'richtung'>): SQL[] {
	const dir = filter.richtung === 'auf' ? asc : desc;
	switch (filter.sortierung) {
		case 'name':
			return [dir(registrations.lastName), dir(registrations.firstName), dir(registrations.id)];
		case 'status':
			return [dir(registrations.status), dir(registrations.id)];
		case 'organisation':
			return [dir(registrations.organisation), dir(registrations.id)];
		case 'kommune':
			return [dir(registrations.municipalityAgs), dir(registrations.id)];
		default:
			return [dir(registrations.id)];
	}
}

export const participantColumns = {
	id: registrations.id,
	status: registrations.status,
	firstName: registrations.firstName,
	lastName: registrations.lastName,
	email: registrations.email,
	organisation: registrations.organisation,
	jobTitle: registrations.jobTitle,
	sector: registrations.sector,
	municipalityAgs: registrations.municipalityAgs,
	workshopId: registrations.workshopId,
	workshopTitle: workshops.title,
	needsStepFree: registrations.needsStepFree,
	needsSignLanguage: registrations.needsSignLanguage,
	needsInductionLoop: registrations.needsInductionLoop,
	needsOther: registrations.needsOther,
	dietary: registrations.dietary,
	consentListing: registrations.consentListing,
	createdAt: registrations.createdAt,
	checkedInAt: registrations.checkedInAt,
	checkinCode: registrations.checkinCode
};

function participantSelect(db: Database) {
	return db
		.select(participantColumns)
		.from(registrations)
		.leftJoin(workshops, eq(workshops.id, registrations.workshopId));
}

export type ParticipantRow = Awaited<ReturnType<typeof participantSelect>>[number];

/** One page of the table; the count runs beside it on the same filter. */
export async function listParticipants(
	db: Database,
	editionId: number,
	filter: ParticipantFilter,
	pageSize = PAGE_SIZE
): Promise<{ rows: ParticipantRow[]; total: number; page: number; pages: number }> {
	const where = participantWhere(editionId, filter);
	const [rows, [{ total }]] = await Promise.all([
		participantSelect(db)
			.where(where)
			.orderBy(...orderBy(filter))
			.limit(pageSize)
			.offset((filter.seite - 1) * pageSize),
		db.select({ total: count() }).from(registrations).where(where)
	]);
	return {
		rows,
		total,
		page: filter.seite,
		pages: Math.max(1, Math.ceil(total / pageSize))
	};
}

/** Every row that matches, in the table's order (exports, badges). */
export async function allParticipants(
	db: Database,
	editionId: number,
	filter: Partial<ParticipantFilter>,
	extra?: SQL
): Promise<ParticipantRow[]> {
	return participantSelect(db)
		.where(and(participantWhere(editionId, filter), extra))
		.orderBy(
			...orderBy({ sortierung: filter.sortierung ?? 'name', richtung: filter.richtung ?? 'auf' })
		);
}

export interface BackofficeEdition {
	id: number;
	year: number;
	title: string;
	capacity: number | null;
	date: string | null;
	published: boolean;
}

export async function editionByYear(db: Database, year: number): Promise<BackofficeEdition | null> {
	const [row] = await db
		.select({
			id: editions.id,
			year: editions.year,
			title: editions.title,
			capacity: editions.capacity,
			date: editions.date,
			published: editions.published
		})
		.from(editions)
		.where(eq(editions.year, year));
	return row ?? null;
}

/** Registrations of one edition by the state that matters for planning the day. */
export interface RegistrationCounts {
	/** Seat held, e-mail address confirmed. */
	confirmed: number;
	/** Seat held, address not yet confirmed (double opt-in pending). */
	unconfirmed: number;
	/** No seat yet, on the waiting list. */
	waitlisted: number;
}

const countOf = (status: 'confirmed' | 'pending' | 'waitlisted') =>
	sql<number>`count(${registrations.id}) filter (where ${registrations.status} = ${status})`.mapWith(
		Number
	);

/**
 * Every edition with its registrations counted by status. Cancelled and expired registrations
 * are not counted; anonymised ones are (their status stays for the statistics). The counts come
 * from a left join grouped by edition, so an edition without registrations shows zeros.
 */
export async function listEditions(
	db: Database
): Promise<(BackofficeEdition & { registrations: RegistrationCounts })[]> {
	const rows = await db
		.select({
			id: editions.id,
			year: editions.year,
			title: editions.title,
			capacity: editions.capacity,
			date: editions.date,
			published: editions.published,
			confirmed: countOf('confirmed'),
			unconfirmed: countOf('pending'),
			waitlisted: countOf('waitlisted')
		})
		.from(editions)
		.leftJoin(registrations, eq(registrations.editionId, editions.id))
		.groupBy(editions.id)
		.orderBy(desc(editions.year));
	return rows.map(({ confirmed, unconfirmed, waitlisted, ...edition }) => ({
		...edition,
		registrations: { confirmed, unconfirmed, waitlisted }
	}));
}

export async function participantDetail(db: Database, editionId: number, id: number) {
	const [row] = await db
		.select()
		.from(registrations)
		.where(and(eq(registrations.id, id), eq(registrations.editionId, editionId)));
	if (!row || row.anonymisedAt) return null;
	return row;
}

export async function editionWorkshops(db: Database, editionId: number) {
	return db
		.select({ id: workshops.id, title: workshops.title, capacity: workshops.capacity })
		.from(workshops)
		.where(eq(workshops.editionId, editionId))
		.orderBy(asc(workshops.position), asc(workshops.id));
}
