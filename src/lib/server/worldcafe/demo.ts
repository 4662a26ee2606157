import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { appMeta, cafeTables, editions, worldCafes } from '../db/schema';

const SEED_KEY = 'seed.worldcafe';
// Arbitrary constant: serialises this seed when several instances start against one server.
const SEED_LOCK_KEY = 72_210_005;

/** The three questions of the 2023 World Café, reused for the demo edition. */
const TOPICS = [
	'Schnittstellen zur Quartiersentwicklung',
	'Zusammenspiel von Kommunen, Politik und freier Wohlfahrtspflege',
	'Vernetzung in der Metropole Ruhr'
];

/**
 * A small demo World Café in the 2027 demo edition: three topics, two tables each (marked as
 * demo). Runs once, like the other seeds; returns whether it inserted anything.
 */
export async function seedWorldCafeDemo(db: Database, now: Date): Promise<boolean> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
		const [marker] = await tx.select().from(appMeta).where(eq(appMeta.key, SEED_KEY));
		if (marker) return false;
		const [edition] = await tx
			.select({ id: editions.id })
			.from(editions)
			.where(eq(editions.year, 2027));
		if (!edition) return false;
		const [cafe] = await tx
			.insert(worldCafes)
			.values({
				editionId: edition.id,
				title: 'World Café 2027 (Demo)',
				questions: TOPICS.join('\n'),
				rounds: 3,
				roundMinutes: 25,
				preferencesOpen: false,
				votesPerParticipant: 3,
				isDemo: true,
				createdAt: now
			})
			.returning({ id: worldCafes.id });
		await tx.insert(cafeTables).values(
			TOPICS.flatMap((topic, k) =>
				[0, 1].map((i) => ({
					cafeId: cafe.id,
					label: `Tisch ${k * 2 + i + 1}`,
					topic,
					hostName: `Demo-Gastgeber:in ${k * 2 + i + 1}`,
					capacity: 8,
					position: k * 2 + i
				}))
			)
		);
		await tx.insert(appMeta).values({ key: SEED_KEY, value: '1' });
		return true;
	});
}
