import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import {
	editionPartners,
	editions,
	organisations,
	sessionSpeakers,
	sessions,
	speakers
} from '../db/schema';
import type { Edition, EditionDetail } from '$lib/types/conference';

/** The public face of an edition; the search vector stays inside the database. */
export const editionColumns = {
	id: editions.id,
	year: editions.year,
	number: editions.number,
	title: editions.title,
	theme: editions.theme,
	description: editions.description,
	summary: editions.summary,
	date: editions.date,
	dateNote: editions.dateNote,
	startTime: editions.startTime,
	endTime: editions.endTime,
	venueName: editions.venueName,
	venueStreet: editions.venueStreet,
	venuePostcode: editions.venuePostcode,
	venueCity: editions.venueCity,
	isDemo: editions.isDemo,
	capacity: editions.capacity,
	registrationOpensAt: editions.registrationOpensAt,
	registrationClosesAt: editions.registrationClosesAt
};

export async function listEditions(db: Database): Promise<Edition[]> {
	return db
		.select(editionColumns)
		.from(editions)
		.where(eq(editions.published, true))
		.orderBy(desc(editions.year));
}

/**
 * The edition the home page leads with: the next one that has not yet taken place, else the
 * most recent. `today` is the Berlin date (YYYY-MM-DD).
 */
export async function currentEdition(db: Database, today: string): Promise<Edition | null> {
	// One read (every page's layout asks): upcoming editions first, the nearest of them; else the
	// latest year. An edition without a date is never upcoming.
	const upcoming = sql`(${editions.date} >= ${today}) is true`;
	const [edition] = await db
		.select(editionColumns)
		.from(editions)
		.where(eq(editions.published, true))
		.orderBy(
			desc(upcoming),
			sql`case when ${upcoming} then ${editions.date} end asc nulls last`,
			desc(editions.year)
		)
		.limit(1);
	return edition ?? null;
}

export async function getEdition(db: Database, year: number): Promise<EditionDetail | null> {
	const [edition] = await db
		.select(editionColumns)
		.from(editions)
		.where(and(eq(editions.year, year), eq(editions.published, true)));
	if (!edition) return null;

	const [partnerRows, speakerRows, sessionRows] = await Promise.all([
		db
			.select({
				role: editionPartners.role,
				name: organisations.name,
				shortName: organisations.shortName,
				url: organisations.url
			})
			.from(editionPartners)
			.innerJoin(organisations, eq(organisations.id, editionPartners.organisationId))
			.where(eq(editionPartners.editionId, edition.id))
			.orderBy(asc(editionPartners.position)),
		db
			.select({
				id: speakers.id,
				name: speakers.name,
				title: speakers.title,
				role: speakers.role,
				organisation: organisations.name
			})
			.from(speakers)
			.leftJoin(organisations, eq(organisations.id, speakers.organisationId))
			.where(eq(speakers.editionId, edition.id))
			.orderBy(asc(speakers.position), asc(speakers.id)),
		db
			.select({
				id: sessions.id,
				kind: sessions.kind,
				title: sessions.title,
				description: sessions.description,
				startsAt: sessions.startsAt,
				endsAt: sessions.endsAt,
				room: sessions.room,
				// The session's speakers in their order, in the same read (no second round trip).
				speakerIds: sql<number[]>`coalesce((
					select array_agg(${sessionSpeakers.speakerId} order by ${sessionSpeakers.position}, ${sessionSpeakers.speakerId})
					from ${sessionSpeakers} where ${sessionSpeakers.sessionId} = ${sessions.id}
				), '{}')`
			})
			.from(sessions)
			.where(eq(sessions.editionId, edition.id))
			.orderBy(asc(sessions.position), asc(sessions.id))
	]);

	return {
		...edition,
		partners: partnerRows,
		speakers: speakerRows,
		sessions: sessionRows
	};
}
