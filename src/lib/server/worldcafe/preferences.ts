import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { requiredText } from '../fields';
import type { Database, Transaction } from '../db';
import { cafePreferences, cafeTables, editions, registrations, worldCafes } from '../db/schema';
import { WORLDCAFE_MESSAGES } from './errors';
import type { FieldError } from '../registration/input';

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

/** A café that asks for preferred topics at registration, with the topics it offers. */
export interface TopicOffer {
	cafeId: number;
	title: string;
	topics: string[];
}

/** The cafés of an edition (by year) whose registration form offers topics to choose. */
export async function topicOffers(db: Database | Transaction, year: number): Promise<TopicOffer[]> {
	const cafes = await db
		.select({ id: worldCafes.id, title: worldCafes.title })
		.from(worldCafes)
		.innerJoin(editions, eq(editions.id, worldCafes.editionId))
		.where(and(eq(editions.year, year), eq(worldCafes.preferencesOpen, true)))
		.orderBy(asc(worldCafes.id));
	if (!cafes.length) return [];
	const tables = await db
		.select({ cafeId: cafeTables.cafeId, topic: cafeTables.topic })
		.from(cafeTables)
		.where(
			inArray(
				cafeTables.cafeId,
				cafes.map((c) => c.id)
			)
		)
		.orderBy(asc(cafeTables.position), asc(cafeTables.id));
	return cafes
		.map((cafe) => ({
			cafeId: cafe.id,
			title: cafe.title,
			topics: [...new Set(tables.filter((t) => t.cafeId === cafe.id).map((t) => t.topic))]
		}))
		.filter((offer) => offer.topics.length > 0);
}

/** Topics chosen at registration, per café id: `{ "3": ["Wohnen im Quartier"] }`. */
export const TopicWishesSchema = z
	.record(z.string().regex(/^\d{1,9}$/), z.array(requiredText({ max: 200 })).max(20))
	.default({});
export type TopicWishes = z.output<typeof TopicWishesSchema>;

/**
 * The wishes of a registration form: a JSON body may send `cafeTopics` as an object; a plain
 * form sends one checkbox per topic, named `cafeTopics.<café>.<n>`.
 */
export function topicWishesFrom(body: Record<string, unknown>): unknown {
	if (body.cafeTopics !== undefined) return body.cafeTopics;
	const wishes: Record<string, string[]> = {};
	for (const [key, value] of Object.entries(body)) {
		const match = /^cafeTopics\.(\d{1,9})\.\d{1,3}$/.exec(key);
		if (!match || typeof value !== 'string') continue;
		(wishes[match[1]] ??= []).push(value);
	}
	return wishes;
}

/**
 * Every wish that the edition does not offer, as a problem on the field `cafeTopics.<café>`:
 * a café that asks for no preferences, or a topic it has no table for.
 */
export function checkTopicWishes(offers: TopicOffer[], wishes: TopicWishes): FieldError[] {
	const problems: FieldError[] = [];
	for (const [cafeId, topics] of Object.entries(wishes)) {
		const field = `cafeTopics.${cafeId}`;
		const offer = offers.find((o) => o.cafeId === Number(cafeId));
		if (!offer) {
			if (topics.length) {
				problems.push({
					field,
					message: WORLDCAFE_MESSAGES.keine_wunschthemen,
					key: 'cafe.error.keine_wunschthemen'
				});
			}
			continue;
		}
		const unknown = topics.find((topic) => !offer.topics.includes(topic));
		if (unknown !== undefined) {
			problems.push({
				field,
				message: `${WORLDCAFE_MESSAGES.thema_unbekannt} (${offer.title}: „${unknown}“)`,
				key: 'cafe.error.thema_unbekannt'
			});
		}
	}
	return problems;
}

/** Stores checked wishes of a new registration inside the registration's transaction. */
export async function storeTopicWishes(
	tx: Transaction,
	registrationId: number,
	wishes: TopicWishes
): Promise<void> {
	const rows = Object.entries(wishes).flatMap(([cafeId, topics]) =>
		[...new Set(topics)].map((topic) => ({ cafeId: Number(cafeId), registrationId, topic }))
	);
	if (rows.length) await tx.insert(cafePreferences).values(rows);
}
