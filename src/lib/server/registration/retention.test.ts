import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { Database, DatabaseHandle } from '../db';
import { auditLog, cafeVoters, mailOutbox, registrations, users } from '../db/schema';
import { enqueueMail } from '../mail';
import { checkIn } from '../backoffice/checkin';
import { sendMailing } from '../backoffice/mailings';
import { sendDueReminders } from '../backoffice/reminders';
import {
	addTable,
	assignCafe,
	castVote,
	createCafe,
	harvestOf,
	hostTableByToken,
	issueHostLink,
	issueVoteLinks,
	saveNote,
	setPreferences,
	voterByToken
} from '../worldcafe';
import { runRegistrationJobs } from './jobs';
import { OrganiserDetailsSchema, updateByOrganiser } from './organiser';
import { changeDetails, confirmRegistration, registrationView, seatCounts } from './store';
import { DetailsSchema } from './input';
import { submitRegistration } from './submit';
import { anOpenEdition } from './testing';

const origin = 'https://konferenz.example';
const now = new Date('2026-11-25T10:00:00Z');
/** The day after the retention period (90 days after the event on 2026-11-30). */
const afterRetention = new Date('2027-03-01T10:00:00Z');

/** Values distinctive enough that finding one anywhere means the person was not forgotten. */
const person = {
	firstName: 'Zyprian',
	lastName: 'Vergissmeinnicht',
	email: 'zyprian.vergissmeinnicht@example.org',
	organisation: 'Verein Löschprobe',
	jobTitle: 'Quartiersläufer',
	needsOther: 'Begleitperson Löschtest',
	dietary: 'Löschkost'
};
const corrected = { lastName: 'Vergissmeinnicht-Korrektur', jobTitle: 'Quartiersleiter' };
/** Someone else typing the person's address into the form: stored nowhere either. */
const stranger = { firstName: 'Fremdling', lastName: 'Adressprober' };

const needles = [...Object.values(person), ...Object.values(corrected), ...Object.values(stranger)];

/** Both drivers answer `execute` with `{ rows }`; drizzle's common type does not say so. */
function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

/**
 * Every row of every table of the database, cast to text, searched for each value: tables and
 * columns come from information_schema, so a table added later is searched without changing
 * this test.
 */
async function findEverywhere(db: Database, values: string[]): Promise<string[]> {
	const tables = rowsOf<{ schema: string; name: string }>(
		await db.execute(sql`
		select table_schema as schema, table_name as name from information_schema.tables
		where table_type = 'BASE TABLE'
			and table_schema not in ('pg_catalog', 'information_schema')
		order by 1, 2`)
	);
	const found: string[] = [];
	for (const table of tables) {
		const name = sql.raw(`"${table.schema}"."${table.name}"`);
		for (const value of values) {
			const hits = await db.execute(
				sql`select count(*)::int as n from ${name} t where lower(t::text) like ${`%${value.toLowerCase()}%`}`
			);
			if (Number(rowsOf<{ n: number }>(hits)[0].n) > 0)
				found.push(`${table.schema}.${table.name}: ${value}`);
		}
	}
	return found;
}

describe.each(backends)('the deletion job on $name', (backend) => {
	let handle: DatabaseHandle;
	const db = () => handle.db;

	beforeAll(async () => {
		handle = await backend.open();
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('leaves no trace of a participant who used every feature, and their links stop opening', async () => {
		const [organiser] = await db()
			.insert(users)
			.values({ email: 'orga@example.org', name: 'Orga', role: 'organiser', createdAt: now })
			.returning({ id: users.id });
		const edition = await anOpenEdition(db(), {
			year: 2150,
			capacity: 10,
			date: '2026-11-30',
			closesAt: new Date('2026-11-29T00:00:00Z'),
			workshopCapacities: [5]
		});
		const cafe = await createCafe(
			db(),
			{
				editionId: edition.id,
				title: 'Zukunft im Quartier',
				questions: 'Was brauchen Quartiere?',
				rounds: 2,
				roundMinutes: 20,
				preferencesOpen: true,
				votesPerParticipant: 2
			},
			organiser.id,
			now
		);
		const table = await addTable(
			db(),
			cafe.id,
			{ label: 'Tisch 1', topic: 'Wohnen', hostName: 'Gastgeberin', capacity: 8 },
			organiser.id,
			now
		);

		// Registers, states needs, and is mailed the personal link.
		const request = { ip: '192.0.2.1', now, origin, ratePerMinute: 0 };
		const form = {
			...person,
			sector: 'praxis_traeger',
			municipality: '05513000',
			workshopFirstId: String(edition.workshopIds[0]),
			needsStepFree: 'on',
			consentListing: 'on',
			privacyAcknowledged: 'on'
		};
		expect((await submitRegistration(db(), edition.year, form, request)).kind).toBe('accepted');
		const [row] = await db()
			.select()
			.from(registrations)
			.where(eq(registrations.editionId, edition.id));
		const [firstMail] = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `registration:${row.id}`));
		const token = /anmeldung\/([A-Za-z0-9_-]{43})/.exec(firstMail.textBody)![1];

		// Someone registers the same address again: the link is mailed again.
		await submitRegistration(db(), edition.year, { ...form, ...stranger }, request);
		// Confirms, changes details, gets corrected by an organiser, states café topics.
		await confirmRegistration(db(), token, { now, origin });
		await changeDetails(
			db(),
			token,
			DetailsSchema.parse({ ...form, dietary: `${person.dietary} ohne Nüsse` }),
			{ now, origin }
		);
		await updateByOrganiser(db(), row.id, OrganiserDetailsSchema.parse({ ...form, ...corrected }), {
			now,
			origin,
			actorUserId: organiser.id
		});
		await setPreferences(db(), row.id, cafe.id, ['Wohnen']);

		// Seated in the World Café, votes for an idea through the mailed vote link.
		await assignCafe(db(), cafe.id, organiser.id, now);
		const host = await hostTableByToken(
			db(),
			await issueHostLink(db(), cafe.id, table.id, organiser.id, now)
		);
		await saveNote(
			db(),
			host,
			{
				round: 0,
				baseVersion: 0,
				keyPoints: 'Nachbarschaft trägt',
				ideas: [{ key: 'a', text: 'Quartierskümmerer', fields: ['wohnen'] }]
			},
			now
		);
		expect(await issueVoteLinks(db(), cafe.id, origin, organiser.id, now, 1)).toBe(1);
		const [voteMail] = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.kind, 'worldcafe.vote_link'));
		const voteToken = /abstimmen\/([A-Za-z0-9_-]{43})/.exec(voteMail.textBody)![1];
		const voter = await voterByToken(db(), voteToken);
		const [topic] = await harvestOf(db(), cafe.id);
		await castVote(db(), voter, topic.fields[0].ideas[0].id);
		// A vote-link mail as queued before these mails were tied to the registration.
		await enqueueMail(
			db(),
			{
				kind: 'worldcafe.vote_link',
				subjectRef: `world_cafe:${cafe.id}`,
				to: person.email,
				subject: 'Ihre Stimmen',
				text: `Guten Tag ${person.firstName} ${corrected.lastName}`
			},
			now
		);

		// Checked in on the day, receives a mailing and the reminder.
		expect(await checkIn(db(), edition.id, { id: row.id }, organiser.id, now)).toMatchObject({
			kind: 'checked_in'
		});
		await sendMailing(
			db(),
			edition.id,
			{
				audience: 'bestaetigt',
				workshop: null,
				subject: 'Hallo {vorname}',
				text: 'Guten Tag {vorname} {nachname}',
				subjectEn: null,
				textEn: null
			},
			organiser.id,
			now
		);
		expect(await sendDueReminders(db(), now)).toEqual([{ editionId: edition.id, recipients: 1 }]);
		// Everything above stored the person somewhere.
		expect((await findEverywhere(db(), [person.email])).length).toBeGreaterThan(1);

		// Not yet: the retention period runs 90 days after the event.
		expect(
			(await runRegistrationJobs(db(), new Date('2027-02-27T10:00:00Z'), origin)).anonymised
		).toBe(0);
		expect((await runRegistrationJobs(db(), afterRetention, origin)).anonymised).toBe(1);

		expect(await findEverywhere(db(), needles)).toEqual([]);
		await expect(registrationView(db(), token)).rejects.toMatchObject({ code: 'link_ungueltig' });
		await expect(voterByToken(db(), voteToken)).rejects.toMatchObject({
			code: 'link_ungueltig'
		});
		// What the statistics need stays: the anonymous row, its seat and workshop, the vote.
		const [after] = await db().select().from(registrations).where(eq(registrations.id, row.id));
		expect(after).toMatchObject({
			status: 'confirmed',
			sector: 'praxis_traeger',
			municipalityAgs: '05513000',
			workshopId: edition.workshopIds[0]
		});
		expect(after.checkedInAt).not.toBeNull();
		expect((await seatCounts(db(), edition.id)).seatsTaken).toBe(1);
		expect((await harvestOf(db(), cafe.id))[0].fields[0].ideas[0].votes).toBe(1);
		const [voterRow] = await db()
			.select()
			.from(cafeVoters)
			.where(eq(cafeVoters.registrationId, row.id));
		expect(voterRow.tokenHash).toMatch(/^revoked:/);
		const actions = await db()
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(eq(auditLog.action, 'edition.participants_anonymised'));
		expect(actions).toHaveLength(1);
	});
});
