import { eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import {
	appMeta,
	documents,
	editionPartners,
	editions,
	organisations,
	sessionSpeakers,
	sessions,
	speakers,
	workshops
} from '../db/schema';
import { berlinInstant } from '../conference/time';
import * as content from './content';

const SEED_KEY = 'seed.content';
const SEED_VERSION = '1';
// Arbitrary constant: serialises seeding when several app instances start against one server.
const SEED_LOCK_KEY = 72_210_001;

async function insertEdition(
	tx: Transaction,
	edition: content.SeedEdition,
	organisationIds: Map<string, number>
): Promise<void> {
	const orgId = (slug: string) => {
		const id = organisationIds.get(slug);
		if (id === undefined) throw new Error(`Seed content names an unknown organisation: ${slug}`);
		return id;
	};
	const [row] = await tx
		.insert(editions)
		.values({
			year: edition.year,
			number: edition.number ?? null,
			title: edition.title,
			theme: edition.theme ?? null,
			description: edition.description ?? null,
			summary: edition.summary ?? null,
			date: edition.date ?? null,
			dateNote: edition.dateNote ?? null,
			startTime: edition.startTime ?? null,
			endTime: edition.endTime ?? null,
			venueName: edition.venueName ?? null,
			venueStreet: edition.venueStreet ?? null,
			venuePostcode: edition.venuePostcode ?? null,
			venueCity: edition.venueCity ?? null,
			isDemo: edition.isDemo ?? false,
			capacity: edition.registration?.capacity ?? null,
			registrationOpensAt: edition.registration ? new Date(edition.registration.opensAt) : null,
			registrationClosesAt: edition.registration ? new Date(edition.registration.closesAt) : null
		})
		.returning({ id: editions.id });

	if (edition.partners.length) {
		await tx.insert(editionPartners).values(
			edition.partners.map((p, position) => ({
				editionId: row.id,
				organisationId: orgId(p.organisation),
				role: p.role,
				position
			}))
		);
	}

	for (const [position, w] of (edition.workshops ?? []).entries()) {
		await tx.insert(workshops).values({
			editionId: row.id,
			title: w.title,
			description: w.description ?? null,
			capacity: w.capacity,
			position
		});
	}

	const speakerIds = new Map<string, number>();
	for (const [position, s] of edition.speakers.entries()) {
		const [inserted] = await tx
			.insert(speakers)
			.values({
				editionId: row.id,
				name: s.name,
				title: s.title ?? null,
				role: s.role ?? null,
				organisationId: s.organisation ? orgId(s.organisation) : null,
				position
			})
			.returning({ id: speakers.id });
		speakerIds.set(s.key, inserted.id);
	}

	for (const [position, s] of edition.sessions.entries()) {
		const timed = s.start && s.end && edition.date;
		const [inserted] = await tx
			.insert(sessions)
			.values({
				editionId: row.id,
				kind: s.kind,
				title: s.title,
				description: s.description ?? null,
				startsAt: timed ? berlinInstant(edition.date!, s.start!) : null,
				endsAt: timed ? berlinInstant(edition.date!, s.end!) : null,
				room: s.room ?? null,
				position
			})
			.returning({ id: sessions.id });
		const names = s.speakers ?? [];
		if (names.length) {
			await tx.insert(sessionSpeakers).values(
				names.map((key, order) => {
					const speakerId = speakerIds.get(key);
					if (speakerId === undefined) throw new Error(`Unknown seed speaker ${key}`);
					return { sessionId: inserted.id, speakerId, position: order };
				})
			);
		}
	}

	if (edition.documents.length) {
		await tx.insert(documents).values(
			edition.documents.map((d, position) => ({
				editionId: row.id,
				kind: d.kind,
				title: d.title,
				url: d.url,
				summary: d.summary ?? null,
				body: d.body ?? '',
				position
			}))
		);
	}
}

/**
 * Fills an empty database with the editions on record and the demo edition. Runs once: a marker
 * in app_meta makes every later start (and a second instance starting at the same time) a no-op,
 * so content that organisers have edited is never overwritten.
 * Returns whether content was inserted.
 */
export async function seedDatabase(db: Database): Promise<boolean> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
		const [marker] = await tx.select().from(appMeta).where(eq(appMeta.key, SEED_KEY));
		if (marker) return false;

		const organisationIds = new Map<string, number>();
		for (const o of content.organisations) {
			const [row] = await tx
				.insert(organisations)
				.values({
					slug: o.slug,
					name: o.name,
					shortName: o.shortName ?? null,
					kind: o.kind,
					url: o.url ?? null
				})
				.returning({ id: organisations.id });
			organisationIds.set(o.slug, row.id);
		}
		for (const edition of content.editions) await insertEdition(tx, edition, organisationIds);
		await tx.insert(appMeta).values({ key: SEED_KEY, value: SEED_VERSION });
		return true;
	});
}
