import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db';
import { workshops } from '../db/schema';
import type { ProgrammeSession } from '$lib/types/conference';

export interface SlotWorkshop {
	id: number;
	title: string;
	description: string | null;
	/** The programme slot the workshop belongs to; null when the organisers tied it to none. */
	sessionId: number | null;
}

/** An edition's workshops in the organisers' order, for the public programme. */
export async function programmeWorkshops(db: Database, editionId: number): Promise<SlotWorkshop[]> {
	return db
		.select({
			id: workshops.id,
			title: workshops.title,
			description: workshops.description,
			sessionId: workshops.sessionId
		})
		.from(workshops)
		.where(eq(workshops.editionId, editionId))
		.orderBy(asc(workshops.position), asc(workshops.id));
}

/**
 * The workshops each programme slot offers: those tied to it; and a workshop slot with none of its
 * own offers every workshop tied to no slot (the usual case: one afternoon of parallel workshops).
 */
export function workshopsBySession(
	sessions: readonly Pick<ProgrammeSession, 'id' | 'kind'>[],
	all: readonly SlotWorkshop[]
): Record<number, SlotWorkshop[]> {
	const untied = all.filter((w) => w.sessionId === null);
	const result: Record<number, SlotWorkshop[]> = {};
	for (const session of sessions) {
		const own = all.filter((w) => w.sessionId === session.id);
		const offered = own.length ? own : session.kind === 'workshop' ? untied : [];
		if (offered.length) result[session.id] = offered;
	}
	return result;
}
