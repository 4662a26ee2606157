import { asc, desc, eq } from 'drizzle-orm';
import { PAIR_THROTTLE, SESSION_IDLE_MS, SESSION_MAX_MS, TOKEN_LIFETIME_MS } from '../auth';
import type { Database } from '../db';
import { editions } from '../db/schema';
import { anonymisationDay, type EditionPrivacy, type PrivacySettings } from './activities';
import { FEEDBACK_PER_HOUR } from './feedback';

const HOUR = 3_600_000;

const editionColumns = {
	year: editions.year,
	date: editions.date,
	retentionDays: editions.retentionDays,
	confirmationHours: editions.confirmationHours
};

/** An edition's privacy settings, published or not (for the organisers' deletion concept). */
export async function editionPrivacy(db: Database, year: number): Promise<EditionPrivacy | null> {
	const [row] = await db.select(editionColumns).from(editions).where(eq(editions.year, year));
	return row ?? null;
}

/**
 * The platform's real settings. The notice names the published editions whose participants'
 * data still exists (`today`, Berlin date, before their anonymisation day); when there is none,
 * the newest published edition, so the period a new registration gets is always stated.
 */
export async function privacySettings(
	db: Database,
	today: string,
	registrationRateLimit: number
): Promise<PrivacySettings> {
	const published = await db
		.select(editionColumns)
		.from(editions)
		.where(eq(editions.published, true))
		.orderBy(asc(editions.year));
	const live = published.filter((e) => {
		const day = anonymisationDay(e);
		return day === null || today < day;
	});
	return {
		editions: live.length ? live : published.slice(-1),
		sessionIdleHours: SESSION_IDLE_MS / HOUR,
		sessionMaxDays: SESSION_MAX_MS / (24 * HOUR),
		signInRunHours: PAIR_THROTTLE.windowMs / HOUR,
		resetLinkHours: TOKEN_LIFETIME_MS.reset / HOUR,
		inviteLinkHours: TOKEN_LIFETIME_MS.invite / HOUR,
		registrationRateLimit,
		feedbackPerHour: FEEDBACK_PER_HOUR
	};
}

/** Every edition, newest first, for the organisers' choice of a deletion concept. */
export async function privacyEditions(db: Database): Promise<EditionPrivacy[]> {
	return db.select(editionColumns).from(editions).orderBy(desc(editions.year));
}
