import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Edition } from '$lib/types/conference';
import type { Database } from '../db';
import { registrations, workshops } from '../db/schema';
import { editionById } from './store';

/** The badge page's address; the badge's QR code carries it, the check-in reads the code from it. */
export function badgeUrl(origin: string, checkinCode: string): string {
	return `${origin}/schild/${checkinCode}`;
}

const CODE = /^[0-9a-f]{32}$/;

export interface BadgeDay {
	edition: Edition;
	registrationId: number;
	firstName: string;
	lastName: string;
	organisation: string | null;
	workshop: string | null;
	checkedInAt: Date | null;
}

/**
 * What the page behind a badge's QR code shows: the person's name, their workshop and (via the
 * World Café) their tables. Anyone holding the badge can open it, so it shows nothing that is
 * not on the badge or in the programme — no address, no needs. A cancelled, waitlisted or
 * anonymised registration has no badge page.
 */
export async function badgeDay(db: Database, code: string): Promise<BadgeDay | null> {
	if (!CODE.test(code)) return null;
	const [row] = await db
		.select({
			registrationId: registrations.id,
			editionId: registrations.editionId,
			firstName: registrations.firstName,
			lastName: registrations.lastName,
			organisation: registrations.organisation,
			workshop: workshops.title,
			checkedInAt: registrations.checkedInAt
		})
		.from(registrations)
		.leftJoin(workshops, eq(workshops.id, registrations.workshopId))
		.where(
			and(
				eq(registrations.checkinCode, code),
				inArray(registrations.status, ['pending', 'confirmed']),
				isNull(registrations.anonymisedAt)
			)
		);
	if (!row) return null;
	const { editionId, ...rest } = row;
	return { ...rest, edition: await editionById(db, editionId) };
}
