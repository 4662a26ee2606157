import ICAL from 'ical.js';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { editions, sessionSpeakers, sessions } from '../db/schema';
import { seedDatabase } from '../seed';
import * as content from '../seed/content';
import { editionCalendar, programmeCalendar } from './calendar';
import { renderCalendar } from './ics';
import { currentEdition, getEdition, listEditions } from './store';

function parseEvents(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
	ICAL.TimezoneService.register(zone, 'Europe/Berlin');
	try {
		return calendar.getAllSubcomponents('vevent').map((c) => {
			const e = new ICAL.Event(c);
			return {
				summary: e.summary,
				localStart: e.startDate.toString(),
				localEnd: e.endDate.toString(),
				start: e.startDate.toJSDate().toISOString(),
				end: e.endDate.toJSDate().toISOString()
			};
		});
	} finally {
		ICAL.TimezoneService.remove('Europe/Berlin');
	}
}

describe.each(backends)('conference store on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await seedDatabase(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('holds the 2023 edition with the facts on record', async () => {
		const edition = await getEdition(handle.db, 2023);
		expect(edition).toMatchObject({
			number: 5,
			title: 'Praxis und Perspektiven der kommunalen Sozialplanung',
			date: '2023-06-14',
			startTime: '09:00:00',
			endTime: '15:00:00',
			venueName: 'Hans-Sachs-Haus',
			venueStreet: 'Ebertstraße 11',
			venueCity: 'Gelsenkirchen',
			isDemo: false
		});
		expect(edition!.partners.map((p) => [p.role, p.shortName ?? p.name])).toEqual([
			['veranstalter', 'RVR'],
			['kooperationspartner', 'Stadt Gelsenkirchen'],
			['kooperationspartner', 'G.I.B.']
		]);
		expect(edition!.speakers.map((s) => [s.title, s.name, s.organisation])).toEqual([
			[null, 'Gabriele Schmidt', expect.stringContaining('Arbeit, Gesundheit und Soziales')],
			['Prof. Dr.', 'Antonio Brettschneider', 'TH Köln'],
			[null, 'Nora Jehles', 'TH Köln']
		]);
		expect(edition!.sessions.map((s) => s.kind)).toEqual([
			'vortrag',
			'vortrag',
			'worldcafe',
			'workshop',
			'posterausstellung'
		]);
	});

	it('lists every edition on record newest first, with the demo edition marked', async () => {
		const all = await listEditions(handle.db);
		expect(all.map((e) => e.year)).toEqual([2027, 2025, 2024, 2023, 2019, 2018]);
		expect(all.filter((e) => e.isDemo).map((e) => e.year)).toEqual([2027]);
	});

	it('leaves unknown facts empty instead of inventing them', async () => {
		const e2024 = await getEdition(handle.db, 2024);
		expect(e2024).toMatchObject({ date: null, venueName: null, theme: null, startTime: null });
		const e2018 = await getEdition(handle.db, 2018);
		expect(e2018).toMatchObject({ date: '2018-03-15', venueName: null, startTime: null });
	});

	it('leads with the next edition, or the latest once all have passed', async () => {
		expect((await currentEdition(handle.db, '2026-11-25'))?.year).toBe(2027);
		expect((await currentEdition(handle.db, '2023-06-14'))?.year).toBe(2023);
		expect((await currentEdition(handle.db, '2019-01-01'))?.year).toBe(2019);
		expect((await currentEdition(handle.db, '2030-01-01'))?.year).toBe(2027);
		// 2024 and 2025 have no date on record: never "next", though later than today.
		expect((await currentEdition(handle.db, '2024-01-01'))?.year).toBe(2027);
	});

	it('lists each session’s speakers in their programme order, and none for a session without', async () => {
		const edition = (await getEdition(handle.db, 2027))!;
		const [first, second] = edition.speakers.map((s) => s.id);
		const [talk, other] = edition.sessions.map((s) => s.id);
		await handle.db.delete(sessionSpeakers);
		await handle.db.insert(sessionSpeakers).values([
			{ sessionId: talk, speakerId: second, position: 0 },
			{ sessionId: talk, speakerId: first, position: 1 }
		]);
		const read = (await getEdition(handle.db, 2027))!;
		expect(read.sessions.find((s) => s.id === talk)!.speakerIds).toEqual([second, first]);
		expect(read.sessions.find((s) => s.id === other)!.speakerIds).toEqual([]);
	});

	it('answers an unknown year with nothing', async () => {
		expect(await getEdition(handle.db, 1999)).toBeNull();
	});

	it('seeds only once, so later starts leave edited content alone', async () => {
		const before = await handle.db.select({ n: count() }).from(sessions);
		expect(await seedDatabase(handle.db)).toBe(false);
		const after = await handle.db.select({ n: count() }).from(sessions);
		expect(after).toEqual(before);
		const [{ n }] = await handle.db.select({ n: count() }).from(editions);
		expect(n).toBe(content.editions.length);
	});

	it('exports a programme calendar whose every event matches the programme in Berlin time', async () => {
		const edition = (await getEdition(handle.db, 2027))!;
		const seeded = content.editions.find((e) => e.year === 2027)!;
		const events = parseEvents(
			renderCalendar(programmeCalendar(edition, 'http://localhost', new Date())!)
		);
		expect(events).toHaveLength(seeded.sessions.length);
		seeded.sessions.forEach((session, i) => {
			expect(events[i].summary).toContain(session.title);
			expect(events[i].localStart).toBe(`${seeded.date}T${session.start}:00`);
			expect(events[i].localEnd).toBe(`${seeded.date}T${session.end}:00`);
		});
		// 16 June is summer time: 09:00 in Berlin is 07:00 UTC.
		expect(events[0].start).toBe('2027-06-16T07:00:00.000Z');
	});

	it('exports the conference day when the times of single items are not on record', async () => {
		const edition = (await getEdition(handle.db, 2023))!;
		const events = parseEvents(
			renderCalendar(programmeCalendar(edition, 'http://localhost', new Date())!)
		);
		expect(events).toEqual([
			expect.objectContaining({
				start: '2023-06-14T07:00:00.000Z',
				end: '2023-06-14T13:00:00.000Z',
				localStart: '2023-06-14T09:00:00'
			})
		]);
	});

	it('has no calendar for an edition without date and times', async () => {
		const edition = (await getEdition(handle.db, 2024))!;
		expect(editionCalendar(edition, 'http://localhost', new Date())).toBeNull();
		expect(programmeCalendar(edition, 'http://localhost', new Date())).toBeNull();
	});
});
