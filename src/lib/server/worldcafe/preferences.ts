import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db';
import { cafePreferences, cafeTables, registrations, worldCafes } from '../db/schema';

export interface PreferenceChoice {
	cafeId: number;
	title: string;
	topics: string[];
	chosen: string[];
}

/** The cafés of a person's edition that ask for preferred topics, with the topics chosen so far. */
export async function preferenceChoices(
	db: Database,
	registrationId: number
): Promise<PreferenceChoice[]> {
	const cafes = await db
		.select({ id: worldCafes.id, title: worldCafes.title })
		.from(worldCafes)
		.innerJoin(registrations, eq(registrations.editionId, worldCafes.editionId))
		.where(and(eq(registrations.id, registrationId), eq(worldCafes.preferencesOpen, true)))
		.orderBy(asc(worldCafes.id));
	if (!cafes.length) return [];
	const ids = cafes.map((c) => c.id);
	const tables = await db
		.select({ cafeId: cafeTables.cafeId, topic: cafeTables.topic })
		.from(cafeTables)
		.where(inArray(cafeTables.cafeId, ids))
		.orderBy(asc(cafeTables.position), asc(cafeTables.id));
	const chosen = await db
		.select()
		.from(cafePreferences)
		.where(
			and(inArray(cafePreferences.cafeId, ids), eq(cafePreferences.registrationId, registrationId))
		);
	return cafes
		.map((cafe) => ({
			cafeId: cafe.id,
			title: cafe.title,
			topics: [...new Set(tables.filter((t) => t.cafeId === cafe.id).map((t) => t.topic))],
			chosen: chosen.filter((c) => c.cafeId === cafe.id).map((c) => c.topic)
		}))
		.filter((choice) => choice.topics.length > 0);
}

/**
 * Replaces a person's preferred topics for one café. Topics the café does not have are dropped;
 * the next assignment (not a re-plan of a running day) takes them into account.
 */
export async function setPreferences(
	db: Database,
	registrationId: number,
	cafeId: number,
	topics: string[]
): Promise<void> {
	const [choice] = (await preferenceChoices(db, registrationId)).filter((c) => c.cafeId === cafeId);
	if (!choice) return;
	const known = [...new Set(topics)].filter((topic) => choice.topics.includes(topic));
	await db.transaction(async (tx) => {
		await tx
			.delete(cafePreferences)
			.where(
				and(eq(cafePreferences.cafeId, cafeId), eq(cafePreferences.registrationId, registrationId))
			);
		if (known.length) {
			await tx
				.insert(cafePreferences)
				.values(known.map((topic) => ({ cafeId, registrationId, topic })));
		}
	});
}
