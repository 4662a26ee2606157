import { and, asc, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { RegistrationStatus } from '$lib/types/enums';
import type { Database } from '../db';
import { registrations, workshops } from '../db/schema';
import { recordAudit } from '../audit';

export interface CheckinPerson {
	id: number;
	firstName: string;
	lastName: string;
	organisation: string | null;
	status: RegistrationStatus;
	workshopTitle: string | null;
	needsStepFree: boolean;
	needsSignLanguage: boolean;
	needsInductionLoop: boolean;
	needsOther: string | null;
	checkedInAt: Date | null;
}

const columns = {
	id: registrations.id,
	firstName: registrations.firstName,
	lastName: registrations.lastName,
	organisation: registrations.organisation,
	status: registrations.status,
	workshopTitle: workshops.title,
	needsStepFree: registrations.needsStepFree,
	needsSignLanguage: registrations.needsSignLanguage,
	needsInductionLoop: registrations.needsInductionLoop,
	needsOther: registrations.needsOther,
	checkedInAt: registrations.checkedInAt
};

export type CheckinOutcome =
	| { kind: 'checked_in'; person: CheckinPerson; already: boolean }
	| { kind: 'unknown' }
	| { kind: 'no_seat'; person: CheckinPerson };

// The camera page reads codes in the browser too; one rule for both.
export { codeFrom } from '$lib/checkin/code';

/**
 * Marks arrival. Idempotent: the first scan sets the time, later scans report it unchanged, so a
 * badge scanned twice (or a retried request on a poor connection) does no harm.
 */
export async function checkIn(
	db: Database,
	editionId: number,
	by: { code: string } | { id: number },
	actorUserId: number,
	now: Date
): Promise<CheckinOutcome> {
	return db.transaction(async (tx) => {
		const match =
			'code' in by ? eq(registrations.checkinCode, by.code) : eq(registrations.id, by.id);
		const [person] = await tx
			.select(columns)
			.from(registrations)
			.leftJoin(workshops, eq(workshops.id, registrations.workshopId))
			.where(and(match, eq(registrations.editionId, editionId), isNull(registrations.anonymisedAt)))
			.for('update', { of: registrations });
		if (!person) return { kind: 'unknown' };
		if (person.status !== 'confirmed' && person.status !== 'pending') {
			return { kind: 'no_seat', person };
		}
		if (person.checkedInAt) return { kind: 'checked_in', person, already: true };
		await tx.update(registrations).set({ checkedInAt: now }).where(eq(registrations.id, person.id));
		await recordAudit(
			tx,
			{
				actorUserId,
				action: 'registration.checked_in',
				subjectType: 'registration',
				subjectId: person.id
			},
			now
		);
		return { kind: 'checked_in', person: { ...person, checkedInAt: now }, already: false };
	});
}

/** Name search for people without a badge: seat holders only, at most 20. */
export async function searchForCheckin(
	db: Database,
	editionId: number,
	query: string
): Promise<CheckinPerson[]> {
	const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 3);
	if (!words.length) return [];
	const conditions = words.map((word) => {
		const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		return or(
			ilike(registrations.firstName, pattern),
			ilike(registrations.lastName, pattern),
			ilike(registrations.organisation, pattern)
		);
	});
	return db
		.select(columns)
		.from(registrations)
		.leftJoin(workshops, eq(workshops.id, registrations.workshopId))
		.where(
			and(
				eq(registrations.editionId, editionId),
				inArray(registrations.status, ['pending', 'confirmed']),
				isNull(registrations.anonymisedAt),
				...conditions
			)
		)
		.orderBy(asc(registrations.lastName), asc(registrations.firstName))
		.limit(20);
}

/**
 * "12 von 40 eingecheckt": expected are the confirmed people plus anyone who arrived although
 * their address was never confirmed; an unconfirmed reservation nobody came for is not counted.
 */
export async function checkinCounts(db: Database, editionId: number) {
	const arrivedSql = sql`${registrations.checkedInAt} is not null and ${registrations.status} in ('pending', 'confirmed')`;
	const [row] = await db
		.select({
			seats:
				sql<number>`count(*) filter (where ${registrations.status} = 'confirmed' or (${arrivedSql}))`.mapWith(
					Number
				),
			arrived: sql<number>`count(*) filter (where ${arrivedSql})`.mapWith(Number)
		})
		.from(registrations)
		.where(eq(registrations.editionId, editionId));
	return row;
}
