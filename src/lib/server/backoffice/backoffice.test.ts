import { and, desc, eq, inArray } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesFor } from '../audit';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { registrations, users } from '../db/schema';
import {
	cancelByOrganiser,
	promoteByHand,
	register,
	registerByOrganiser,
	updateByOrganiser,
	OrganiserDetailsSchema,
	badgeUrl
} from '../registration';
import { aRegistration, anOpenEdition } from '../registration/testing';
import { badgeBoxes, badgesPdf } from './badges';
import { FONT, createPdfDocument, textMeasure } from '../pdf';
import type { Box } from '../pdf';
import { checkIn, checkinCounts, codeFrom, searchForCheckin } from './checkin';
import { exportParticipants } from './exports';
import { listParticipants, parseParticipantQuery } from './participants';
import { editionStats } from './stats';
import { MailingForm, reminderTemplate, sendMailing } from './mailings';
import { mailOutbox } from '../db/schema';
import { auditLog } from '../db/schema';
import {
	addSession,
	addWorkshop,
	createEdition,
	moveSession,
	NewEditionForm,
	programmeForEditing,
	updateEdition,
	EditionForm
} from '../conference/editing';

const now = new Date('2026-11-25T10:00:00Z');
let nextYear = 2150;

describe.each(backends)('back office on $name', (backend) => {
	let handle: DatabaseHandle;
	let organiserId: number;
	const db = () => handle.db;
	const ctx = () => ({ now, origin: 'https://konferenz.example', actorUserId: organiserId });

	beforeAll(async () => {
		handle = await backend.open();
		const [user] = await db()
			.insert(users)
			.values({ email: 'orga@example.org', name: 'Orga', role: 'organiser', createdAt: now })
			.returning();
		organiserId = user.id;
	});

	afterAll(async () => {
		await handle?.close();
	});

	const actions = async (id: number) =>
		(await auditEntriesFor(db(), 'registration', id)).map((e) => [e.action, e.actorUserId]);

	it('takes a registration by phone as confirmed, with an audit entry naming the organiser', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 1 });
		const row = await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		expect(row.status).toBe('confirmed');
		expect(row.emailConfirmedAt).toEqual(now);
		expect(await actions(row.id)).toEqual([['registration.created', organiserId]]);
		const second = await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		expect(second.status).toBe('waitlisted');
	});

	it('mails a registration taken by phone its personal link (it gets no confirmation request)', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 5 });
		const row = await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		const sent = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `registration:${row.id}`));
		expect(sent.map((m) => m.kind)).toEqual(['registration.confirmed']);
		expect(sent[0].textBody).toMatch(/https:\/\/konferenz\.example\/anmeldung\/[\w-]{20,}/);
		expect(sent[0].textBody).toContain('persönlichen Link');
	});

	it('refuses a second registration with the same address on the email field', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 5 });
		const input = aRegistration();
		await registerByOrganiser(db(), edition.id, input, ctx());
		await expect(registerByOrganiser(db(), edition.id, input, ctx())).rejects.toMatchObject({
			code: 'email_vergeben',
			field: 'email'
		});
	});

	it('cancels for a person and promotes the first on the waiting list, both audited', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 1 });
		const first = await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		const waiting = await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		expect(await cancelByOrganiser(db(), first.id, ctx())).toEqual({ promoted: 1 });
		expect(await actions(first.id)).toContainEqual(['registration.cancelled', organiserId]);
		expect(await actions(waiting.id)).toContainEqual(['waitlist.promoted', organiserId]);
		const [after] = await db().select().from(registrations).where(eq(registrations.id, waiting.id));
		expect(after.status).toBe('confirmed');
	});

	it('promotes by hand out of turn, recording that the capacity was exceeded', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 1 });
		await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		const third = await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		const promoted = await promoteByHand(db(), third.id, ctx());
		expect(promoted.status).toBe('confirmed');
		const entries = await auditEntriesFor(db(), 'registration', third.id);
		expect(entries.at(-1)).toMatchObject({
			action: 'waitlist.promoted',
			details: { by: 'organiser', overCapacity: true }
		});
		await expect(promoteByHand(db(), third.id, ctx())).rejects.toMatchObject({
			code: 'nicht_auf_warteliste'
		});
	});

	it('edits details and audits the change', async () => {
		const edition = await anOpenEdition(db(), {
			year: nextYear++,
			capacity: 3,
			workshopCapacities: [2]
		});
		const row = await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		const details = OrganiserDetailsSchema.parse({
			firstName: 'Jürgen',
			lastName: 'Öztürk',
			sector: 'politik',
			municipality: 'extern',
			workshopFirstId: String(edition.workshopIds[0])
		});
		const updated = await updateByOrganiser(db(), row.id, details, ctx());
		expect(updated).toMatchObject({
			lastName: 'Öztürk',
			municipalityAgs: null,
			workshopId: edition.workshopIds[0]
		});
		expect(await actions(row.id)).toContainEqual(['registration.updated', organiserId]);
	});

	it('audits registrations that participants make themselves, without an actor', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 3 });
		const result = await register(db(), edition.year, aRegistration(), {
			now,
			origin: 'https://x.example'
		});
		expect(await actions(result.id)).toEqual([['registration.created', null]]);
	});

	it('filters, searches and pages the participants table', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 100 });
		for (let i = 0; i < 12; i++) {
			await registerByOrganiser(
				db(),
				edition.id,
				aRegistration({
					lastName: i === 3 ? 'Kowalczyk' : `Person ${i}`,
					sector: i % 2 ? 'politik' : 'wissenschaft',
					needsStepFree: i === 5
				}),
				ctx()
			);
		}
		const all = await listParticipants(
			db(),
			edition.id,
			parseParticipantQuery(new URLSearchParams()),
			5
		);
		expect([all.total, all.pages, all.rows.length]).toEqual([12, 3, 5]);
		const q = (s: string) =>
			listParticipants(db(), edition.id, parseParticipantQuery(new URLSearchParams(s)));
		expect((await q('q=kowal')).rows.map((r) => r.lastName)).toEqual(['Kowalczyk']);
		expect((await q('bereich=politik')).total).toBe(6);
		expect((await q('bedarf=stufenlos')).total).toBe(1);
		expect((await q('q=%25')).total).toBe(0);
		expect((await q('status=unsinn&seite=-3')).total).toBe(12);
		const sorted = await q('sortierung=name&richtung=auf');
		expect(sorted.rows[0].lastName).toBe('Kowalczyk');
	});

	it('exports only consenting people to the public list', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 10 });
		await registerByOrganiser(
			db(),
			edition.id,
			aRegistration({ lastName: 'Listed', consentListing: true }),
			ctx()
		);
		await registerByOrganiser(db(), edition.id, aRegistration({ lastName: 'Hidden' }), ctx());
		const text = new TextDecoder().decode(
			await exportParticipants(db(), edition.id, {}, 'oeffentlich', 'csv')
		);
		expect(text).toContain('Listed');
		expect(text).not.toContain('Hidden');
		expect(text).not.toContain('@');
		const full = new TextDecoder().decode(
			await exportParticipants(db(), edition.id, {}, 'teilnehmende', 'csv')
		);
		expect(full.trim().split('\r\n')).toHaveLength(3);
	});

	it('neutralises names a spreadsheet would run as formulas in every participant export', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 10 });
		await registerByOrganiser(
			db(),
			edition.id,
			aRegistration({
				firstName: '@SUM(1+1)',
				lastName: 'Muster',
				organisation: '=HYPERLINK("http://evil.example")',
				consentListing: true
			}),
			ctx()
		);
		for (const kind of ['teilnehmende', 'oeffentlich'] as const) {
			const csv = new TextDecoder().decode(
				await exportParticipants(db(), edition.id, {}, kind, 'csv')
			);
			expect(csv, kind).toContain(`;"'=HYPERLINK(""http://evil.example"")";`);
			expect(csv, kind).toContain("'@SUM(1+1)");
			expect(csv, kind).not.toMatch(/(^|;|")[=@]/m);
			const sheet = strFromU8(
				unzipSync(await exportParticipants(db(), edition.id, {}, kind, 'xlsx'))[
					'xl/worksheets/sheet1.xml'
				]
			);
			expect(sheet, kind).toContain(`>'=HYPERLINK(&quot;http://evil.example&quot;)</t>`);
			expect(sheet, kind).toContain(">'@SUM(1+1)");
			expect(sheet, kind).not.toMatch(/>[=@]/);
		}
	});

	it('counts the dashboard figures: seats, waiting list, sectors, municipalities, arrivals', async () => {
		const edition = await anOpenEdition(db(), {
			year: nextYear++,
			capacity: 2,
			workshopCapacities: [5]
		});
		const a = await registerByOrganiser(
			db(),
			edition.id,
			aRegistration({ sector: 'politik', workshopFirstId: edition.workshopIds[0] }),
			ctx()
		);
		await registerByOrganiser(
			db(),
			edition.id,
			aRegistration({ sector: 'politik', municipality: 'extern' }),
			ctx()
		);
		await registerByOrganiser(db(), edition.id, aRegistration({ sector: 'wissenschaft' }), ctx());
		await checkIn(db(), edition.id, { id: a.id }, organiserId, now);
		const stats = await editionStats(db(), edition.id);
		expect(stats).toMatchObject({ capacity: 2, seatsTaken: 2, waitlisted: 1, arrived: 1 });
		expect(stats.bySector).toEqual([
			{ label: 'politik', n: 2 },
			{ label: 'wissenschaft', n: 1 }
		]);
		expect(stats.byMunicipality).toContainEqual({
			ags: null,
			label: 'außerhalb der Metropole Ruhr',
			n: 1
		});
		expect(stats.workshops).toEqual([{ title: 'Workshop 1', capacity: 5, taken: 1 }]);
		expect(stats.byDay).toEqual([{ label: '2026-11-25', n: 3 }]);
	});

	it('creates an edition, adds and reorders sessions and a workshop, each audited', async () => {
		const actor = { actorUserId: organiserId, now, origin: 'https://x.example' };
		const year = nextYear++;
		const created = await createEdition(
			db(),
			NewEditionForm.parse({ year: String(year), title: 'Neu' }),
			actor
		);
		await updateEdition(
			db(),
			year,
			EditionForm.parse({ title: 'Neu', date: `${year}-06-16`, capacity: '40', published: 'on' }),
			actor
		);
		const edition = { id: created.id, date: `${year}-06-16` };
		const first = await addSession(
			db(),
			edition,
			{
				kind: 'begruessung',
				title: 'Begrüßung',
				description: null,
				startTime: '09:00',
				endTime: '09:30',
				room: null
			},
			actor
		);
		const second = await addSession(
			db(),
			edition,
			{
				kind: 'vortrag',
				title: 'Vortrag',
				description: null,
				startTime: null,
				endTime: null,
				room: 'Saal'
			},
			actor
		);
		await moveSession(db(), created.id, second, 'up', actor);
		await addWorkshop(
			db(),
			created.id,
			{ title: 'Quartier', description: null, capacity: 12 },
			actor
		);
		const programme = await programmeForEditing(db(), created.id);
		expect(programme.sessions.map((x) => x.id)).toEqual([second, first]);
		expect(programme.sessions[1].startsAt).toEqual(new Date(`${year}-06-16T07:00:00Z`));
		expect(programme.workshops.map((w) => [w.title, w.capacity])).toEqual([['Quartier', 12]]);
		expect((await auditEntriesFor(db(), 'edition', created.id)).map((e) => e.action)).toEqual([
			'edition.created',
			'edition.updated',
			'edition.capacity_changed'
		]);
		expect((await auditEntriesFor(db(), 'session', second)).map((e) => e.action)).toEqual([
			'session.created',
			'session.moved'
		]);
		await expect(
			createEdition(db(), NewEditionForm.parse({ year: String(year), title: 'Doppelt' }), actor)
		).rejects.toMatchObject({ field: 'year' });
	});

	it('sends a mailing to the waiting list only, personalised, through the outbox, audited', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 1 });
		await registerByOrganiser(db(), edition.id, aRegistration({ firstName: 'Sitz' }), ctx());
		const waiting = await registerByOrganiser(
			db(),
			edition.id,
			aRegistration({ firstName: 'Wartend' }),
			ctx()
		);
		const template = await reminderTemplate(db(), edition.id);
		expect(template.text).toContain('in einer Woche');
		const input = MailingForm.parse({
			audience: 'warteliste',
			subject: 'Hallo {vorname}',
			text: template.text
		});
		expect(await sendMailing(db(), edition.id, input, organiserId, now)).toBe(1);
		const mails = await db().select().from(mailOutbox).where(eq(mailOutbox.kind, 'mailing'));
		const mine = mails.filter((m) => m.subjectRef === `registration:${waiting.id}`);
		expect(mine.map((m) => m.subject)).toEqual(['Hallo Wartend']);
		expect(mine[0].textBody).toContain(`Guten Tag Wartend ${waiting.lastName},`);
		const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'mailing.sent'));
		expect(entry.details).toMatchObject({ audience: 'warteliste', recipients: 1 });
	});

	it('sends each person the mailing in their language, German when there is no English text', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 5 });
		const john = await registerByOrganiser(
			db(),
			edition.id,
			aRegistration({ firstName: 'John', language: 'en' }),
			ctx()
		);
		const jens = await registerByOrganiser(
			db(),
			edition.id,
			aRegistration({ firstName: 'Jens' }),
			ctx()
		);
		const template = await reminderTemplate(db(), edition.id);
		expect(template.textEn).toContain('In one week');
		const mailingTo = async (id: number) => {
			const [mail] = await db()
				.select()
				.from(mailOutbox)
				.where(and(eq(mailOutbox.kind, 'mailing'), eq(mailOutbox.subjectRef, `registration:${id}`)))
				.orderBy(desc(mailOutbox.id))
				.limit(1);
			return { subject: mail.subject, text: mail.textBody };
		};

		const both = MailingForm.parse({
			audience: 'mit_platz',
			subject: 'Programm steht',
			text: 'Guten Tag {vorname}',
			subjectEn: 'Programme ready',
			textEn: 'Dear {vorname}'
		});
		expect(await sendMailing(db(), edition.id, both, organiserId, now)).toBe(2);
		expect(await mailingTo(john.id)).toEqual({ subject: 'Programme ready', text: 'Dear John' });
		expect(await mailingTo(jens.id)).toEqual({ subject: 'Programm steht', text: 'Guten Tag Jens' });

		const germanOnly = MailingForm.parse({
			audience: 'mit_platz',
			subject: 'Nur deutsch',
			text: 'Guten Tag {vorname}'
		});
		await sendMailing(db(), edition.id, germanOnly, organiserId, now);
		expect(await mailingTo(john.id)).toEqual({ subject: 'Nur deutsch', text: 'Guten Tag John' });
	});

	it('checks in by badge code once; a second scan reports the first time', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 10 });
		const row = await registerByOrganiser(
			db(),
			edition.id,
			aRegistration({ lastName: 'Ankunft', needsStepFree: true }),
			ctx()
		);
		// What the badge's QR code carries: the address of the badge page, ending in the code.
		const code = codeFrom(badgeUrl('https://x.example', row.checkinCode))!;
		expect(code).toBe(row.checkinCode);
		const first = await checkIn(db(), edition.id, { code }, organiserId, now);
		expect(first).toMatchObject({
			kind: 'checked_in',
			already: false,
			person: { needsStepFree: true }
		});
		const later = new Date(now.getTime() + 60_000);
		const second = await checkIn(db(), edition.id, { code }, organiserId, later);
		expect(second).toMatchObject({
			kind: 'checked_in',
			already: true,
			person: { checkedInAt: now }
		});
		expect(await actions(row.id)).toContainEqual(['registration.checked_in', organiserId]);
		expect(await checkIn(db(), edition.id, { code: 'f'.repeat(32) }, organiserId, now)).toEqual({
			kind: 'unknown'
		});
		expect((await searchForCheckin(db(), edition.id, 'ankunft')).map((p) => p.id)).toEqual([
			row.id
		]);
	});

	it('counts only confirmed people as expected at check-in, and arrivals whatever their status', async () => {
		const edition = await anOpenEdition(db(), { year: nextYear++, capacity: 10 });
		const confirmed = await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		const unconfirmed = await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		const arrivesUnconfirmed = await registerByOrganiser(db(), edition.id, aRegistration(), ctx());
		await db()
			.update(registrations)
			.set({ status: 'pending' })
			.where(inArray(registrations.id, [unconfirmed.id, arrivesUnconfirmed.id]));
		expect(await checkinCounts(db(), edition.id)).toEqual({ seats: 2, arrived: 0 });
		await checkIn(db(), edition.id, { id: confirmed.id }, organiserId, now);
		await checkIn(db(), edition.id, { id: arrivesUnconfirmed.id }, organiserId, now);
		expect(await checkinCounts(db(), edition.id)).toEqual({ seats: 3, arrived: 2 });
	});
});

describe('badges', () => {
	it('puts eight badges on an A4 page and one on each A6 page, with the names as text', async () => {
		const badges = Array.from({ length: 9 }, (_, i) => ({
			firstName: 'Jürgen',
			lastName: `Öztürk ${i + 1}`,
			organisation: 'Caritas Essen',
			municipalityAgs: '05113000',
			checkinCode: 'a'.repeat(32)
		}));
		const { PDFParse } = await import('pdf-parse');
		const a4 = await new PDFParse({
			data: await badgesPdf(badges, 'a4', 'Sozialkonferenz Ruhr', 'https://konferenz.example')
		}).getText();
		expect(a4.total).toBe(2);
		expect(a4.text).toContain('Jürgen Öztürk 9');
		expect(a4.text).toContain('Essen');
		const a6 = await new PDFParse({
			data: await badgesPdf(badges.slice(0, 3), 'a6', 'x', 'https://konferenz.example')
		}).getText();
		expect(a6.total).toBe(3);
	});

	const names = [
		['Şule', 'Yıldız-Łukasiewicz'],
		['Ğülşen', 'Çelik'],
		['Zoë', 'Ørsted-Müller'],
		['Ștefan', 'Țurcanu'],
		['Αλέξανδρος', 'Παπαδόπουλος'],
		['Олена', 'Ковальчук']
	];
	const withNames = names.map(([firstName, lastName], i) => ({
		firstName,
		lastName,
		organisation: 'Integrationsrat der Stadt Gelsenkirchen',
		municipalityAgs: '05513000',
		checkinCode: String(i).repeat(32)
	}));

	/** A name set on one line, or wrapped over consecutive lines (after a space or a hyphen). */
	function namesIn(text: string): Set<string> {
		const lines = text.split('\n');
		const found = new Set<string>();
		for (let i = 0; i < lines.length; i++) {
			let joined = lines[i];
			found.add(joined);
			for (const next of lines.slice(i + 1, i + 3)) {
				joined = joined.endsWith('-') ? joined + next : `${joined} ${next}`;
				found.add(joined);
			}
		}
		return found;
	}

	it('prints names in Turkish, Polish, Romanian, Nordic, Greek and Cyrillic letters as written', async () => {
		const { PDFParse } = await import('pdf-parse');
		const a6 = await new PDFParse({
			data: await badgesPdf(withNames, 'a6', 'Sozialkonferenz Ruhr 2027', 'https://k.example')
		}).getText();
		// One badge per A6 page.
		for (const [i, page] of a6.pages.entries()) {
			expect(namesIn(page.text)).toContain(names[i].join(' '));
		}
		const a4 = await new PDFParse({
			data: await badgesPdf(withNames, 'a4', 'Sozialkonferenz Ruhr 2027', 'https://k.example')
		}).getText();
		const printed = namesIn(a4.text);
		for (const name of names) expect(printed).toContain(name.join(' '));
		expect(a4.text).toContain(`Sozialkonferenz Ruhr 2027 · ${'5'.repeat(32)}`);
	});

	it('shortens a long edition title in the footer but always prints the whole check-in code', async () => {
		const { PDFParse } = await import('pdf-parse');
		const title =
			'Sozialkonferenz Ruhr 2027 – Gemeinsam für ein starkes Ruhrgebiet: Teilhabe, Bildung und Arbeit im Quartier';
		const { text } = await new PDFParse({
			data: await badgesPdf(withNames.slice(0, 1), 'a4', title, 'https://k.example')
		}).getText();
		expect(text).toMatch(new RegExp(`^Sozialkonferenz Ruhr 2027 – .*… · ${'0'.repeat(32)}$`, 'm'));
	});

	it.each(['a4', 'a6'] as const)(
		'lays out the %s badge in separate boxes: name, organisation, municipality, QR code, footer',
		(layout) => {
			const boxes = badgeBoxes(layout, textMeasure(createPdfDocument(), FONT.regular).lineHeight);
			const badge = layout === 'a4' ? { w: 255.1, h: 170 } : { w: 419.5, h: 297.6 };
			const all = Object.values(boxes);
			const overlap = (a: Box, b: Box) =>
				a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
			for (const box of all) {
				expect(box.width).toBeGreaterThan(0);
				expect(box.height).toBeGreaterThan(0);
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.y).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(badge.w);
				expect(box.y + box.height).toBeLessThanOrEqual(badge.h);
				for (const other of all) if (other !== box) expect(overlap(box, other)).toBe(false);
			}
			// Room for the name on two lines at a readable size.
			expect(boxes.name.height).toBeGreaterThan(layout === 'a4' ? 45 : 90);
		}
	);
});
