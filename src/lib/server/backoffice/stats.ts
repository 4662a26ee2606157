import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Sector } from '$lib/types/enums';
import type { Database } from '../db';
import { registrations } from '../db/schema';
import { seatCounts } from '../registration';
import { municipalityName } from './exports';

export interface Count {
	label: string;
	n: number;
}

export interface EditionStats {
	byDay: Count[];
	bySector: { label: Sector; n: number }[];
	/** `ags` null: from outside the Metropole Ruhr (the page names that in its own language). */
	byMunicipality: (Count & { ags: string | null })[];
	byStatus: Count[];
	workshops: { title: string; capacity: number; taken: number }[];
	capacity: number | null;
	seatsTaken: number;
	waitlisted: number;
	arrived: number;
}

/** Figures for the dashboard; cancelled and expired registrations count only in `byStatus`. */
export async function editionStats(db: Database, editionId: number): Promise<EditionStats> {
	const held = and(
		eq(registrations.editionId, editionId),
		sql`${registrations.status} in ('pending', 'confirmed', 'waitlisted')`
	);
	const day = sql<string>`to_char(${registrations.createdAt} at time zone 'Europe/Berlin', 'YYYY-MM-DD')`;
	const [byDay, bySector, byMunicipality, byStatus, seats, [arrived]] = await Promise.all([
		db.select({ label: day, n: count() }).from(registrations).where(held).groupBy(day).orderBy(day),
		db
			.select({ label: registrations.sector, n: count() })
			.from(registrations)
			.where(held)
			.groupBy(registrations.sector)
			.orderBy(sql`2 desc`),
		db
			.select({ ags: registrations.municipalityAgs, n: count() })
			.from(registrations)
			.where(held)
			.groupBy(registrations.municipalityAgs)
			.orderBy(sql`2 desc`),
		db
			.select({ label: registrations.status, n: count() })
			.from(registrations)
			.where(and(eq(registrations.editionId, editionId), isNull(registrations.anonymisedAt)))
			.groupBy(registrations.status),
		seatCounts(db, editionId),
		db
			.select({ n: count() })
			.from(registrations)
			.where(
				and(eq(registrations.editionId, editionId), sql`${registrations.checkedInAt} is not null`)
			)
	]);
	return {
		byDay,
		bySector,
		byMunicipality: byMunicipality.map((m) => ({
			ags: m.ags,
			label: municipalityName(m.ags),
			n: m.n
		})),
		byStatus,
		workshops: seats.workshops.map((w) => ({
			title: w.title,
			capacity: w.capacity,
			taken: w.seatsTaken
		})),
		capacity: seats.capacity,
		seatsTaken: seats.seatsTaken,
		waitlisted: seats.waitlisted,
		arrived: arrived.n
	};
}
