import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { cafeSeats, documents, mailOutbox, registrations } from '../db/schema';
import { searchArchive } from '../archive';
import { anOpenEdition } from '../registration/testing';
import {
	addTable,
	assignCafe,
	castVote,
	createCafe,
	guestsAtTable,
	harvestOf,
	hostTableByToken,
	issueHostLink,
	issueVoteLinks,
	itineraryForRegistration,
	notesOfTable,
	planByRound,
	preferenceChoices,
	setPreferences,
	publishHarvest,
	publishedHarvest,
	replanCafe,
	saveNote,
	voteLinkPreview,
	voterByToken,
	votesOf,
	withdrawVote,
	WorldCafeError,
	type HostTable
} from '.';

const now = new Date('2027-06-16T10:00:00Z');
const SECTORS = [
	'wissenschaft',
	'kommunalverwaltung',
	'politik',
	'freie_wohlfahrtspflege'
] as const;
const PLACES = ['05513000', '05113000', '05911000', null];
let year = 2100;
let personCounter = 0;

async function somePeople(db: Database, editionId: number, count: number): Promise<number[]> {
	const rows = await db
		.insert(registrations)
		.values(
			Array.from({ length: count }, (_, i) => ({
				editionId,
				status: 'confirmed' as const,
				firstName: 'Person',
				lastName: `Nr. ${i + 1}`,
				email: `person${++personCounter}@example.org`,
				sector: SECTORS[i % SECTORS.length],
				municipalityAgs: PLACES[i % PLACES.length],
				privacyAcknowledgedAt: now,
				createdAt: now,
				expiresAt: now
			}))
		)
		.returning({ id: registrations.id });
	return rows.map((r) => r.id);
}

/** An edition with `people` confirmed registrations and a café of three topics, one table each. */
async function aCafe(
	db: Database,
	people: number,
	tableCapacity = 8,
	rounds = 3,
	preferencesOpen = false
) {
	const edition = await anOpenEdition(db, { year: year++, capacity: 500 });
	const ids = await somePeople(db, edition.id, people);
	const cafe = await createCafe(
		db,
		{
			editionId: edition.id,
			title: 'Zukunft im Quartier',
			questions: 'Was brauchen Quartiere?',
			rounds,
			roundMinutes: 20,
			preferencesOpen,
			votesPerParticipant: 2
		},
		null,
		now
	);
	const topics = ['Quartiersentwicklung', 'Freie Wohlfahrtspflege', 'Vernetzung'];
	const tables = [];
	for (let t = 0; t < Math.ceil(people / tableCapacity); t++) {
		tables.push(
			await addTable(
				db,
				cafe.id,
				{
					label: `Tisch ${t + 1}`,
					topic: topics[t % topics.length],
					hostName: `Gastgeberin ${t + 1}`,
					capacity: tableCapacity
				},
				null,
				now
			)
		);
	}
	return { edition, cafe, tables, ids };
}

describe.each(backends)('World Café store on $name', (backend) => {
	let handle: DatabaseHandle;
	let db: Database;

	beforeAll(async () => {
		handle = await backend.open();
		db = handle.db;
	}, 60_000);
	afterAll(async () => handle?.close());

	it('stores a plan that seats everyone once per round within capacity', async () => {
		const { cafe, ids } = await aCafe(db, 20, 7);
		const result = await assignCafe(db, cafe.id, null, now);
		expect(result.quality.capacityViolations).toBe(0);
		const seats = await db.select().from(cafeSeats).where(eq(cafeSeats.cafeId, cafe.id));
		expect(seats).toHaveLength(20 * 3);
		const plan = await planByRound(db, cafe.id);
		for (const round of plan) {
			expect(round.flatMap((t) => t.people.map((p) => p.id)).sort()).toEqual([...ids].sort());
			for (const table of round) expect(table.people.length).toBeLessThanOrEqual(7);
		}
	});

	it('gives a person their itinerary: one table per round, with topic and host', async () => {
		const { cafe, ids } = await aCafe(db, 12, 6);
		await assignCafe(db, cafe.id, null, now);
		const [itinerary] = await itineraryForRegistration(db, ids[0]);
		expect(itinerary.cafeId).toBe(cafe.id);
		expect(itinerary.stops.map((s) => s.round)).toEqual([0, 1, 2]);
		expect(itinerary.stops[0].hostName).toMatch(/^Gastgeberin/);
	});

	it('re-plans for the people checked in, keeping finished rounds exactly', async () => {
		const { cafe, ids, edition } = await aCafe(db, 200, 10);
		await assignCafe(db, cafe.id, null, now);
		const before = await planByRound(db, cafe.id);
		const noShows = new Set(ids.slice(0, 10));
		const present = ids.filter((id) => !noShows.has(id));
		await db
			.update(registrations)
			.set({ checkedInAt: now })
			.where(eq(registrations.editionId, edition.id));
		for (const id of noShows) {
			await db.update(registrations).set({ checkedInAt: null }).where(eq(registrations.id, id));
		}
		const [late] = await somePeople(db, edition.id, 1);
		await db
			.update(registrations)
			.set({ checkedInAt: now, email: 'spaet@example.org' })
			.where(eq(registrations.id, late));

		const result = await replanCafe(db, cafe.id, 1, null, now);
		expect(result.quality.capacityViolations).toBe(0);
		const after = await planByRound(db, cafe.id);
		expect(after[0]).toEqual(before[0]);
		for (const round of [1, 2]) {
			const seated = after[round].flatMap((t) => t.people.map((p) => p.id)).sort();
			expect(seated).toEqual([...present, late].sort());
		}
	}, 30_000);

	it('stores preferred topics (known ones only) and seats people at them', async () => {
		const { cafe, ids } = await aCafe(db, 6, 6, 2, true);
		const [choice] = await preferenceChoices(db, ids[0]);
		expect(choice.topics).toEqual(['Quartiersentwicklung']);
		await setPreferences(db, ids[0], cafe.id, ['Quartiersentwicklung', 'Gibt es nicht']);
		expect((await preferenceChoices(db, ids[0]))[0].chosen).toEqual(['Quartiersentwicklung']);
		const result = await assignCafe(db, cafe.id, null, now);
		expect(result.quality.preferencesPossible).toBe(1);
		expect(result.quality.preferencesMet).toBe(1);
	});

	it('seats only confirmed people before the day, not unconfirmed or waitlisted ones', async () => {
		const { cafe, ids, edition } = await aCafe(db, 6, 6);
		const [unconfirmed, waiting, cancelled] = await somePeople(db, edition.id, 3);
		await db
			.update(registrations)
			.set({ status: 'pending' })
			.where(eq(registrations.id, unconfirmed));
		await db
			.update(registrations)
			.set({ status: 'waitlisted', waitlistSince: now })
			.where(eq(registrations.id, waiting));
		await db
			.update(registrations)
			.set({ status: 'cancelled' })
			.where(eq(registrations.id, cancelled));
		await assignCafe(db, cafe.id, null, now);
		for (const round of await planByRound(db, cafe.id)) {
			expect(round.flatMap((t) => t.people.map((p) => p.id)).sort()).toEqual([...ids].sort());
		}
	});

	it('seats on the day everyone checked in, an arrival whose address is unconfirmed included', async () => {
		const { cafe, ids, edition } = await aCafe(db, 4, 6);
		await assignCafe(db, cafe.id, null, now);
		const [arrived, stayedAway] = await somePeople(db, edition.id, 2);
		await db
			.update(registrations)
			.set({ status: 'pending', checkedInAt: now })
			.where(eq(registrations.id, arrived));
		await db
			.update(registrations)
			.set({ status: 'pending' })
			.where(eq(registrations.id, stayedAway));
		await db
			.update(registrations)
			.set({ checkedInAt: now })
			.where(inArray(registrations.id, ids.slice(1)));
		await replanCafe(db, cafe.id, 0, null, now);
		const [first] = await planByRound(db, cafe.id);
		expect(first.flatMap((t) => t.people.map((p) => p.id)).sort()).toEqual(
			[...ids.slice(1), arrived].sort()
		);
	});

	it('sends vote links only to seated people who are confirmed or checked in', async () => {
		const { cafe, tables, ids } = await aCafe(db, 4, 6);
		await assignCafe(db, cafe.id, null, now);
		// Since the plan was made: one person did not confirm after all, one cancelled, one of the
		// unconfirmed arrived and checked in.
		await db.update(registrations).set({ status: 'pending' }).where(eq(registrations.id, ids[0]));
		await db.update(registrations).set({ status: 'cancelled' }).where(eq(registrations.id, ids[1]));
		await db
			.update(registrations)
			.set({ status: 'pending', checkedInAt: now })
			.where(eq(registrations.id, ids[2]));
		const host = await hostTableByToken(
			db,
			await issueHostLink(db, cafe.id, tables[0].id, null, now)
		);
		await saveNote(
			db,
			host,
			{ round: 0, baseVersion: 0, keyPoints: '', ideas: [{ key: 'a', text: 'Idee', fields: [] }] },
			now
		);
		expect(await voteLinkPreview(db, cafe.id)).toEqual({ ideas: 1, recipients: 2, sent: 0 });
		await expect(
			issueVoteLinks(db, cafe.id, 'https://sk.example', null, now, null)
		).rejects.toMatchObject({ code: 'versand_unbestaetigt' });
		await expect(
			issueVoteLinks(db, cafe.id, 'https://sk.example', null, now, 4)
		).rejects.toMatchObject({ code: 'empfaenger_geaendert' });
		expect(await issueVoteLinks(db, cafe.id, 'https://sk.example', null, now, 2)).toBe(2);
		const people = await db
			.select({ id: registrations.id, email: registrations.email })
			.from(registrations)
			.where(inArray(registrations.id, ids));
		const mails = await db
			.select({ to: mailOutbox.toAddress })
			.from(mailOutbox)
			.where(eq(mailOutbox.kind, 'worldcafe.vote_link'));
		const mailed = people
			.filter((p) => mails.some((m) => m.to === p.email))
			.map((p) => p.id)
			.sort();
		expect(mailed).toEqual([ids[2], ids[3]].sort());
	});

	it('shows a table host the first names and organisations of this round’s guests', async () => {
		const { cafe, tables } = await aCafe(db, 12, 6);
		await assignCafe(db, cafe.id, null, now);
		const plan = await planByRound(db, cafe.id);
		const guests = await guestsAtTable(db, tables[0].id, 1);
		const seated = plan[1].find((t) => t.id === tables[0].id)!.people;
		expect(guests).toHaveLength(seated.length);
		expect(guests.length).toBeGreaterThan(0);
		for (const guest of guests) {
			expect(Object.keys(guest).sort()).toEqual(['firstName', 'organisation']);
			expect(guest.firstName).toBe('Person');
		}
	});

	it('refuses a re-plan before the first plan', async () => {
		const { cafe } = await aCafe(db, 6, 6);
		await expect(replanCafe(db, cafe.id, 1, null, now)).rejects.toMatchObject({
			code: 'kein_plan'
		});
	});

	describe('table notes', () => {
		let host: HostTable;
		let token: string;

		beforeAll(async () => {
			const { cafe, tables } = await aCafe(db, 6, 6);
			token = await issueHostLink(db, cafe.id, tables[0].id, null, now);
			host = await hostTableByToken(db, token);
		});

		const idea = (key: string, text: string, fields: ('wohnen' | 'bildung' | 'kultur')[]) => ({
			key,
			text,
			fields
		});

		it('opens only with the current link, which is stored as a hash', async () => {
			expect(host.label).toBe('Tisch 1');
			await expect(hostTableByToken(db, 'x'.repeat(43))).rejects.toBeInstanceOf(WorldCafeError);
			const fresh = await issueHostLink(db, host.cafeId, host.tableId, null, now);
			await expect(hostTableByToken(db, token)).rejects.toMatchObject({ code: 'link_ungueltig' });
			token = fresh;
			host = await hostTableByToken(db, token);
		});

		it('saves key points and ideas and raises the version with each save', async () => {
			const first = await saveNote(
				db,
				host,
				{
					round: 0,
					baseVersion: 0,
					keyPoints: 'Wohnen ist knapp',
					ideas: [idea('a', 'Tauschbörse', ['wohnen'])]
				},
				now
			);
			expect(first).toMatchObject({
				ok: true,
				note: { version: 1, keyPoints: 'Wohnen ist knapp' }
			});
			const second = await saveNote(
				db,
				host,
				{
					round: 0,
					baseVersion: 1,
					keyPoints: 'Wohnen ist knapp',
					ideas: [
						idea('a', 'Wohnungstauschbörse', ['wohnen', 'kultur']),
						idea('b', 'Lernpaten', ['bildung'])
					]
				},
				now
			);
			expect(second.ok && second.note.version).toBe(2);
			const notes = await notesOfTable(db, host);
			expect(notes[0].ideas).toEqual([
				{ key: 'a', text: 'Wohnungstauschbörse', fields: ['wohnen', 'kultur'] },
				{ key: 'b', text: 'Lernpaten', fields: ['bildung'] }
			]);
			expect(notes[1]).toMatchObject({ version: 0, ideas: [] });
		});

		it('refuses a save from an old version and returns both versions', async () => {
			const outcome = await saveNote(
				db,
				host,
				{ round: 0, baseVersion: 1, keyPoints: 'Auf dem zweiten Gerät', ideas: [] },
				now
			);
			expect(outcome.ok).toBe(false);
			if (outcome.ok) return;
			expect(outcome.conflict.version).toBe(2);
			expect(outcome.conflict.ideas).toHaveLength(2);
			expect(outcome.yours.keyPoints).toBe('Auf dem zweiten Gerät');
			const [stored] = await notesOfTable(db, host);
			expect(stored.keyPoints).toBe('Wohnen ist knapp');
		});

		it('accepts a repeated save of what is already stored (a retry after a lost answer)', async () => {
			const retry = await saveNote(
				db,
				host,
				{
					round: 0,
					baseVersion: 1,
					keyPoints: 'Wohnen ist knapp',
					ideas: [
						idea('a', 'Wohnungstauschbörse', ['wohnen', 'kultur']),
						idea('b', 'Lernpaten', ['bildung'])
					]
				},
				now
			);
			expect(retry).toMatchObject({ ok: true, note: { version: 2 } });
		});

		it('refuses a round the café does not have', async () => {
			await expect(
				saveNote(db, host, { round: 3, baseVersion: 0, keyPoints: '', ideas: [] }, now)
			).rejects.toMatchObject({ code: 'runde_unbekannt' });
		});
	});

	it('sends one vote link per participant, limits the votes, and publishes the harvest into the archive', async () => {
		const { cafe, tables, ids } = await aCafe(db, 6, 6);
		await expect(
			issueVoteLinks(db, cafe.id, 'https://sk.example', null, now, 6)
		).rejects.toMatchObject({ code: 'kein_plan' });
		await assignCafe(db, cafe.id, null, now);
		await expect(
			issueVoteLinks(db, cafe.id, 'https://sk.example', null, now, 6)
		).rejects.toMatchObject({ code: 'keine_ideen_zur_abstimmung' });
		const token = await issueHostLink(db, cafe.id, tables[0].id, null, now);
		const host = await hostTableByToken(db, token);
		await saveNote(
			db,
			host,
			{
				round: 0,
				baseVersion: 0,
				keyPoints: 'Nachbarschaft trägt',
				ideas: [
					{
						key: 'a',
						text: 'Quartierskümmerer in jeder Siedlung',
						fields: ['wohnen', 'partizipation']
					},
					{ key: 'b', text: 'Sprachcafé im Stadtteilzentrum', fields: ['bildung'] },
					{ key: 'c', text: 'Noch ohne Feld', fields: [] }
				]
			},
			now
		);

		expect(await voteLinkPreview(db, cafe.id)).toEqual({ ideas: 3, recipients: 6, sent: 0 });
		expect(await issueVoteLinks(db, cafe.id, 'https://sk.example', null, now, 6)).toBe(6);
		await expect(
			issueVoteLinks(db, cafe.id, 'https://sk.example', null, now, 6)
		).rejects.toMatchObject({ code: 'keine_empfaenger' });
		const mails = await db
			.select()
			.from(mailOutbox)
			.where(
				and(
					eq(mailOutbox.kind, 'worldcafe.vote_link'),
					inArray(
						mailOutbox.subjectRef,
						ids.map((id) => `registration:${id}`)
					)
				)
			);
		expect(mails).toHaveLength(6);
		const link = mails[0].textBody.match(/\/abstimmen\/([A-Za-z0-9_-]{43})/)![1];
		const voter = await voterByToken(db, link);

		const [topic] = await harvestOf(db, cafe.id);
		const ideaId = (text: string) =>
			topic.fields.flatMap((g) => g.ideas).find((i) => i.text === text)!.id;
		await castVote(db, voter, ideaId('Quartierskümmerer in jeder Siedlung'));
		await castVote(db, voter, ideaId('Quartierskümmerer in jeder Siedlung'));
		await castVote(db, voter, ideaId('Sprachcafé im Stadtteilzentrum'));
		await expect(castVote(db, voter, ideaId('Noch ohne Feld'))).rejects.toMatchObject({
			code: 'stimmen_aufgebraucht'
		});
		await withdrawVote(db, voter, ideaId('Sprachcafé im Stadtteilzentrum'));
		await castVote(db, voter, ideaId('Noch ohne Feld'));
		expect(await votesOf(db, voter)).toHaveLength(2);

		const [harvest] = await harvestOf(db, cafe.id);
		expect(harvest.fields.map((g) => g.field)).toEqual([
			'Wohnen',
			'Bildung',
			'Partizipation',
			'Ohne Handlungsfeld'
		]);
		expect(harvest.fields[0].ideas[0]).toMatchObject({
			text: 'Quartierskümmerer in jeder Siedlung',
			votes: 1
		});
		expect(harvest.keyPoints).toEqual([
			{ table: 'Tisch 1', round: 1, text: 'Nachbarschaft trägt' }
		]);

		const dir = mkdtempSync(join(tmpdir(), 'sk-cafe-'));
		const documentId = await publishHarvest(db, cafe.id, null, now, dir);
		const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
		expect(doc).toMatchObject({
			kind: 'ergebnisse',
			mediaType: 'application/pdf',
			url: `/archiv/ernte/${cafe.id}`
		});
		expect(readFileSync(join(dir, doc.filePath!)).subarray(0, 5).toString()).toBe('%PDF-');
		const hits = await searchArchive(db, 'Quartierskümmerer');
		expect(hits.some((h) => h.title === doc.title)).toBe(true);
		expect(await publishHarvest(db, cafe.id, null, now, dir)).toBe(documentId);
		// The snapshot keeps each idea's id, so the archive page can mark ideas taken up as measures.
		const published = await publishedHarvest(db, cafe.id);
		expect(published!.snapshot!.topics[0].fields[0].ideas[0]).toMatchObject({
			id: ideaId('Quartierskümmerer in jeder Siedlung'),
			text: 'Quartierskümmerer in jeder Siedlung'
		});
	});
});
