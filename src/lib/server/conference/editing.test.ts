import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesFor } from '../audit';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { editionPartners, editions, organisations, registrations, users } from '../db/schema';
import { registerByOrganiser } from '../registration';
import { aRegistration, anOpenEdition } from '../registration/testing';
import { seedDatabase } from '../seed';
import {
	addPartner,
	addSpeaker,
	contributorsForEditing,
	deleteSpeaker,
	movePartner,
	PartnerForm,
	slugOf,
	SpeakerEditForm,
	SpeakerForm,
	updateSpeaker
} from './contributors';
import {
	addSession,
	deleteWorkshop,
	moveWorkshop,
	programmeForEditing,
	SessionEditForm,
	updateSession,
	updateWorkshop,
	WorkshopEditForm
} from './editing';

const now = new Date('2026-11-25T10:00:00Z');

describe('organisation slugs', () => {
	it('writes names the way the directory does', () => {
		expect(slugOf('Stadt Mülheim an der Ruhr')).toBe('stadt-muelheim-an-der-ruhr');
		expect(slugOf('Caritas & Diakonie – Ruhr')).toBe('caritas-diakonie-ruhr');
		expect(slugOf('!!!')).toBe('organisation');
	});
});

describe.each(backends)('programme and contributor editing on $name', (backend) => {
	let handle: DatabaseHandle;
	let actor: { actorUserId: number; now: Date; origin: string };
	const db = () => handle.db;

	beforeAll(async () => {
		handle = await backend.open();
		await seedDatabase(handle.db);
		const [user] = await db()
			.insert(users)
			.values({ email: 'orga@example.org', name: 'Orga', role: 'organiser', createdAt: now })
			.returning();
		actor = { actorUserId: user.id, now, origin: 'https://konferenz.example' };
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('edits a session’s times, room and speakers, audited', async () => {
		const edition = await anOpenEdition(db(), { year: 2160, capacity: 10 });
		const speaker = await addSpeaker(
			db(),
			edition.id,
			SpeakerForm.parse({ name: 'Dr. Ada Beispiel', newOrganisation: 'Quartiersbüro Nord' }),
			actor
		);
		const session = await addSession(
			db(),
			{ id: edition.id, date: '2160-06-16' },
			{
				kind: 'vortrag',
				title: 'Alt',
				description: null,
				startTime: null,
				endTime: null,
				room: null
			},
			actor
		);
		await updateSession(
			db(),
			{ id: edition.id, date: '2160-06-16' },
			SessionEditForm.parse({
				session: String(session),
				kind: 'podium',
				title: 'Podium Quartier',
				startTime: '10:00',
				endTime: '11:00',
				room: 'Saal 2',
				speakers: String(speaker)
			}),
			actor
		);
		const { sessions } = await programmeForEditing(db(), edition.id);
		expect(sessions[0]).toMatchObject({
			kind: 'podium',
			title: 'Podium Quartier',
			room: 'Saal 2',
			startsAt: new Date('2160-06-16T08:00:00Z'),
			speakerIds: [speaker]
		});
		expect((await auditEntriesFor(db(), 'session', session)).map((e) => e.action)).toEqual([
			'session.created',
			'session.updated'
		]);
		await expect(
			updateSession(
				db(),
				{ id: edition.id, date: '2160-06-16' },
				SessionEditForm.parse({
					session: String(session),
					kind: 'podium',
					title: 'X',
					startTime: '11:00',
					endTime: '10:00'
				}),
				actor
			)
		).rejects.toMatchObject({ field: 'endTime', message: 'Das Ende muss nach dem Beginn liegen.' });
		expect((await programmeForEditing(db(), edition.id)).sessions[0].title).toBe('Podium Quartier');
	});

	it('refuses to delete a workshop somebody registered for, and deletes an unused one', async () => {
		const edition = await anOpenEdition(db(), {
			year: 2161,
			capacity: 10,
			workshopCapacities: [5, 5]
		});
		const [chosen, unused] = edition.workshopIds;
		await registerByOrganiser(db(), edition.id, aRegistration({ workshopFirstId: chosen }), {
			...actor
		});
		await expect(deleteWorkshop(db(), edition.id, chosen, actor)).rejects.toThrow(
			'„Workshop 1“ kann nicht gelöscht werden: eine Anmeldung nennt ihn.'
		);
		await deleteWorkshop(db(), edition.id, unused, actor);
		expect((await programmeForEditing(db(), edition.id)).workshops.map((w) => w.id)).toEqual([
			chosen
		]);
		expect((await auditEntriesFor(db(), 'workshop', unused)).map((e) => e.action)).toEqual([
			'workshop.deleted'
		]);
	});

	it('reorders workshops and never lowers seats below those given', async () => {
		const edition = await anOpenEdition(db(), {
			year: 2162,
			capacity: 10,
			workshopCapacities: [1, 4]
		});
		const [first, second] = edition.workshopIds;
		await registerByOrganiser(db(), edition.id, aRegistration({ workshopFirstId: first }), actor);
		const waiting = await registerByOrganiser(
			db(),
			edition.id,
			aRegistration({ workshopFirstId: first, workshopSecondId: second }),
			actor
		);
		await moveWorkshop(db(), edition.id, second, 'up', actor);
		expect((await programmeForEditing(db(), edition.id)).workshops.map((w) => w.id)).toEqual([
			second,
			first
		]);
		await expect(
			updateWorkshop(
				db(),
				edition,
				WorkshopEditForm.parse({ workshop: String(first), title: 'Eins', capacity: '0' }),
				actor
			)
		).rejects.toMatchObject({ field: 'capacity' });
		// Raising the seats gives the first wish to the person on its waiting list.
		await updateWorkshop(
			db(),
			edition,
			WorkshopEditForm.parse({ workshop: String(first), title: 'Eins', capacity: '2' }),
			actor
		);
		const [row] = await db()
			.select({ workshopId: registrations.workshopId })
			.from(registrations)
			.where(eq(registrations.id, waiting.id));
		expect(row.workshopId).toBe(first);
	});

	it('edits, reorders and removes the seeded speakers and partners like any other data', async () => {
		const [seeded] = await db().select().from(editions).where(eq(editions.year, 2023));
		const before = await contributorsForEditing(db(), seeded.id);
		expect(before.speakers.length).toBeGreaterThan(0);
		expect(before.partners.length).toBeGreaterThan(1);

		const speaker = before.speakers[0];
		await updateSpeaker(
			db(),
			seeded.id,
			SpeakerEditForm.parse({
				speaker: String(speaker.id),
				name: `${speaker.name} (korrigiert)`,
				role: 'Moderation',
				organisation: String(before.partners[0].id)
			}),
			actor
		);
		const [p1, p2] = before.partners;
		await movePartner(db(), seeded.id, p2.id, 'up', actor);
		const after = await contributorsForEditing(db(), seeded.id);
		expect(after.speakers[0]).toMatchObject({
			name: `${speaker.name} (korrigiert)`,
			role: 'Moderation',
			organisation: p1.name
		});
		expect(after.partners.slice(0, 2).map((p) => p.id)).toEqual([p2.id, p1.id]);

		await deleteSpeaker(db(), seeded.id, speaker.id, actor);
		expect((await contributorsForEditing(db(), seeded.id)).speakers.map((s) => s.id)).not.toContain(
			speaker.id
		);
		expect((await auditEntriesFor(db(), 'speaker', speaker.id)).map((e) => e.action)).toEqual([
			'speaker.updated',
			'speaker.deleted'
		]);
	});

	it('adds a new organisation as partner once, and says so when added twice', async () => {
		const edition = await anOpenEdition(db(), { year: 2163, capacity: 10 });
		const input = PartnerForm.parse({
			role: 'kooperationspartner',
			newOrganisation: 'Stadt Bottrop'
		});
		await addPartner(db(), edition.id, input, actor);
		await expect(addPartner(db(), edition.id, input, actor)).rejects.toThrow(
			'Diese Organisation ist schon Partnerin der Konferenz.'
		);
		await expect(
			addPartner(db(), edition.id, PartnerForm.parse({ role: 'veranstalter' }), actor)
		).rejects.toMatchObject({ field: 'organisation' });
		const orgs = await db()
			.select()
			.from(organisations)
			.where(eq(organisations.name, 'Stadt Bottrop'));
		expect(orgs.map((o) => o.slug)).toEqual(['stadt-bottrop']);
		expect(
			await db().select().from(editionPartners).where(eq(editionPartners.editionId, edition.id))
		).toHaveLength(1);
	});
});
