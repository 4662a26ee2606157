import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { mailOutbox, registrations, registrationTokens } from '../db/schema';
import { RegistrationError } from './errors';
import {
	anonymisePastEditions,
	cancelRegistration,
	changeCapacity,
	changeDetails,
	confirmRegistration,
	deleteRegistration,
	expireUnconfirmed,
	exportRegistration,
	register,
	registrationView,
	seatCounts,
	type RegisterResult
} from './store';
import { aRegistration, anOpenEdition } from './testing';
import { DetailsSchema } from './input';

const now = new Date('2026-11-25T10:00:00Z');
const ctx = { now, origin: 'https://konferenz.example' };
let nextYear = 2101;

type Registered = Extract<RegisterResult, { duplicate: false }>;
function registered(result: RegisterResult): Registered {
	if (result.duplicate) throw new Error('unexpected duplicate');
	return result;
}

describe.each(backends)('registration on $name', (backend) => {
	let handle: DatabaseHandle;
	const db = () => handle.db;

	beforeAll(async () => {
		handle = await backend.open();
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function mailsOf(id: number) {
		return db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `registration:${id}`))
			.orderBy(asc(mailOutbox.id));
	}

	async function rowsOf(editionId: number) {
		return db()
			.select()
			.from(registrations)
			.where(eq(registrations.editionId, editionId))
			.orderBy(asc(registrations.id));
	}

	it('holds a seat and sends a confirmation mail with the personal link and the event as .ics', async () => {
		const e = await anOpenEdition(db(), { year: nextYear++, capacity: 10 });
		const result = registered(
			await register(db(), e.year, aRegistration({ firstName: 'Ada' }), ctx)
		);
		expect(result).toMatchObject({ status: 'pending', waitlistPosition: null });
		const [mail] = await mailsOf(result.id);
		expect(mail.kind).toBe('registration.confirm_request');
		expect(mail.textBody).toContain(`https://konferenz.example/anmeldung/${result.token}`);
		expect(mail.textBody).toContain('Guten Tag Ada');
		expect(mail.attachments[0].filename).toBe(`sozialkonferenz-ruhr-${e.year}.ics`);
		expect(Buffer.from(mail.attachments[0].content, 'base64').toString()).toContain(
			`DTSTART;TZID=Europe/Berlin:${e.year}0616T090000`
		);
	});

	it('stores the personal link only as a hash', async () => {
		const e = await anOpenEdition(db(), { year: nextYear++, capacity: 10 });
		const result = registered(await register(db(), e.year, aRegistration(), ctx));
		const tokens = await db()
			.select()
			.from(registrationTokens)
			.where(eq(registrationTokens.registrationId, result.id));
		expect(tokens).toHaveLength(1);
		expect(tokens[0].tokenHash).not.toContain(result.token);
		expect(tokens[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('refuses before the opening and after the Anmeldeschluss, storing nothing', async () => {
		const early = await anOpenEdition(db(), {
			year: nextYear++,
			capacity: 10,
			opensAt: new Date('2026-12-01T00:00:00Z')
		});
		await expect(register(db(), early.year, aRegistration(), ctx)).rejects.toMatchObject({
			code: 'anmeldung_noch_nicht_offen'
		});
		const late = await anOpenEdition(db(), {
			year: nextYear++,
			capacity: 10,
			closesAt: new Date('2026-11-25T09:59:59Z')
		});
		await expect(register(db(), late.year, aRegistration(), ctx)).rejects.toMatchObject({
			code: 'anmeldeschluss'
		});
		expect(await rowsOf(early.id)).toEqual([]);
		expect(await rowsOf(late.id)).toEqual([]);
	});

	it('does not create a second registration for the same address but sends the link again', async () => {
		const e = await anOpenEdition(db(), { year: nextYear++, capacity: 10 });
		const first = registered(
			await register(db(), e.year, aRegistration({ email: 'Doppelt@Example.org' }), ctx)
		);
		const again = await register(
			db(),
			e.year,
			aRegistration({ email: 'doppelt@example.org ' }),
			ctx
		);
		expect(again).toEqual({ duplicate: true, id: first.id });
		expect(await rowsOf(e.id)).toHaveLength(1);
		const mails = await mailsOf(first.id);
		expect(mails.map((m) => m.kind)).toEqual([
			'registration.confirm_request',
			'registration.link_again'
		]);
		const newLink = /anmeldung\/([A-Za-z0-9_-]{43})/.exec(mails[1].textBody)![1];
		// Both links work.
		expect((await registrationView(db(), newLink)).registration.id).toBe(first.id);
		expect((await registrationView(db(), first.token)).registration.id).toBe(first.id);
	});

	it('puts people on the waiting list with their position once the event is full', async () => {
		const e = await anOpenEdition(db(), { year: nextYear++, capacity: 2 });
		await register(db(), e.year, aRegistration(), ctx);
		await register(db(), e.year, aRegistration(), ctx);
		const third = registered(await register(db(), e.year, aRegistration(), ctx));
		const fourth = registered(await register(db(), e.year, aRegistration(), ctx));
		expect(third).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
		expect(fourth).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
		expect((await mailsOf(third.id))[0].textBody).toContain('Platz 1 der Warteliste');
	});

	it('gives the second wish when the first workshop is full, else a workshop waiting list', async () => {
		const e = await anOpenEdition(db(), {
			year: nextYear++,
			capacity: 10,
			workshopCapacities: [1, 1]
		});
		const [w1, w2] = e.workshopIds;
		const a = registered(
			await register(
				db(),
				e.year,
				aRegistration({ workshopFirstId: w1, workshopSecondId: w2 }),
				ctx
			)
		);
		const b = registered(
			await register(
				db(),
				e.year,
				aRegistration({ workshopFirstId: w1, workshopSecondId: w2 }),
				ctx
			)
		);
		const c = registered(
			await register(
				db(),
				e.year,
				aRegistration({ workshopFirstId: w1, workshopSecondId: w2 }),
				ctx
			)
		);
		expect([a.workshopId, b.workshopId, c.workshopId]).toEqual([w1, w2, null]);
		// The second-wish seat comes with a place on the first wish's waiting list.
		expect(b.workshopWaitlistId).toBe(w1);
		expect(c).toMatchObject({ status: 'pending', workshopWaitlistId: w1 });
	});

	it('rejects a workshop of another edition and the same workshop twice', async () => {
		const e = await anOpenEdition(db(), {
			year: nextYear++,
			capacity: 10,
			workshopCapacities: [5]
		});
		const other = await anOpenEdition(db(), {
			year: nextYear++,
			capacity: 10,
			workshopCapacities: [5]
		});
		await expect(
			register(db(), e.year, aRegistration({ workshopFirstId: other.workshopIds[0] }), ctx)
		).rejects.toMatchObject({ code: 'workshop_unbekannt', field: 'workshopFirstId' });
		await expect(
			register(
				db(),
				e.year,
				aRegistration({ workshopFirstId: e.workshopIds[0], workshopSecondId: e.workshopIds[0] }),
				ctx
			)
		).rejects.toMatchObject({ code: 'workshop_doppelt', field: 'workshopSecondId' });
		expect(await rowsOf(e.id)).toEqual([]);
	});

	it('confirms the address once, and says clearly when a link is wrong', async () => {
		const e = await anOpenEdition(db(), { year: nextYear++, capacity: 10 });
		const r = registered(await register(db(), e.year, aRegistration(), ctx));
		const confirmed = await confirmRegistration(db(), r.token, ctx);
		expect(confirmed.status).toBe('confirmed');
		expect((await confirmRegistration(db(), r.token, ctx)).status).toBe('confirmed');
		expect((await mailsOf(r.id)).map((m) => m.kind)).toEqual([
			'registration.confirm_request',
			'registration.confirmed'
		]);
		for (const wrong of ['kaputt', 'A'.repeat(43), `${r.token.slice(0, -1)}x`]) {
			await expect(confirmRegistration(db(), wrong, ctx)).rejects.toMatchObject({
				code: 'link_ungueltig'
			});
		}
	});

	it('promotes the first waitlisted person with a mail when a seat frees', async () => {
		const e = await anOpenEdition(db(), { year: nextYear++, capacity: 1 });
		const holder = registered(await register(db(), e.year, aRegistration(), ctx));
		const w1 = registered(await register(db(), e.year, aRegistration(), ctx));
		const w2 = registered(await register(db(), e.year, aRegistration(), ctx));
		await confirmRegistration(db(), w1.token, ctx);
		const { promoted } = await cancelRegistration(db(), holder.token, ctx);
		expect(promoted).toBe(1);
		const rows = await rowsOf(e.id);
		expect(rows.map((r) => r.status)).toEqual(['cancelled', 'confirmed', 'waitlisted']);
		expect((await mailsOf(w1.id)).at(-1)!.kind).toBe('waitlist.promoted');
		expect((await mailsOf(holder.id)).at(-1)!.kind).toBe('registration.cancelled');
		expect((await registrationView(db(), w2.token)).waitlistPosition).toBe(1);
		await expect(cancelRegistration(db(), holder.token, ctx)).rejects.toMatchObject({
			code: 'bereits_storniert'
		});
	});

	it('moves the next person into a workshop when its seat frees', async () => {
		const e = await anOpenEdition(db(), {
			year: nextYear++,
			capacity: 10,
			workshopCapacities: [1, 5]
		});
		const [w1, w2] = e.workshopIds;
		const a = registered(await register(db(), e.year, aRegistration({ workshopFirstId: w1 }), ctx));
		const b = registered(
			await register(
				db(),
				e.year,
				aRegistration({ workshopFirstId: w1, workshopSecondId: w2 }),
				ctx
			)
		);
		expect(b.workshopId).toBe(w2);
		await changeDetails(db(), a.token, DetailsSchema.parse({ workshopFirstId: w2 }), ctx);
		const view = await registrationView(db(), b.token);
		expect(view.registration).toMatchObject({ workshopId: w1, workshopWaitlistId: null });
		expect((await mailsOf(b.id)).at(-1)!.kind).toBe('workshop.promoted');
	});

	it('expires unconfirmed registrations after the deadline and hands the seat on', async () => {
		const e = await anOpenEdition(db(), { year: nextYear++, capacity: 1 });
		const late = registered(await register(db(), e.year, aRegistration(), ctx));
		const waiting = registered(await register(db(), e.year, aRegistration(), ctx));
		await confirmRegistration(db(), waiting.token, ctx);
		const before = new Date(now.getTime() + 72 * 3_600_000 - 1);
		await expireUnconfirmed(db(), { ...ctx, now: before });
		expect((await rowsOf(e.id)).map((r) => r.status)).toEqual(['pending', 'waitlisted']);
		const after = new Date(now.getTime() + 72 * 3_600_000);
		expect(await expireUnconfirmed(db(), { ...ctx, now: after })).toBeGreaterThanOrEqual(1);
		expect((await rowsOf(e.id)).map((r) => r.status)).toEqual(['expired', 'confirmed']);
		expect((await mailsOf(late.id)).at(-1)!.kind).toBe('registration.expired');
		await expect(
			confirmRegistration(db(), late.token, { ...ctx, now: after })
		).rejects.toMatchObject({
			code: 'verfallen'
		});
	});

	it('offers seats to the waiting list in order when the capacity is raised', async () => {
		const e = await anOpenEdition(db(), { year: nextYear++, capacity: 1 });
		await register(db(), e.year, aRegistration(), ctx);
		const waiting = [];
		for (let i = 0; i < 4; i++)
			waiting.push(registered(await register(db(), e.year, aRegistration(), ctx)));
		expect((await changeCapacity(db(), e.year, 3, ctx)).promoted).toBe(2);
		expect((await rowsOf(e.id)).map((r) => r.status)).toEqual([
			'pending',
			'pending',
			'pending',
			'waitlisted',
			'waitlisted'
		]);
		expect((await registrationView(db(), waiting[3].token)).waitlistPosition).toBe(2);
	});

	it('changes needs and workshop through the personal link and confirms by mail', async () => {
		const e = await anOpenEdition(db(), {
			year: nextYear++,
			capacity: 10,
			workshopCapacities: [5, 5]
		});
		const r = registered(
			await register(db(), e.year, aRegistration({ workshopFirstId: e.workshopIds[0] }), ctx)
		);
		const changed = await changeDetails(
			db(),
			r.token,
			DetailsSchema.parse({
				workshopFirstId: e.workshopIds[1],
				needsStepFree: 'on',
				dietary: 'vegan'
			}),
			ctx
		);
		expect(changed).toMatchObject({
			workshopId: e.workshopIds[1],
			needsStepFree: true,
			dietary: 'vegan'
		});
		expect((await mailsOf(r.id)).at(-1)!.textBody).toContain('stufenloser Zugang');
	});

	it('deletes personal data on request, frees the seat and invalidates the link', async () => {
		const e = await anOpenEdition(db(), { year: nextYear++, capacity: 1 });
		const r = registered(
			await register(db(), e.year, aRegistration({ lastName: 'Löschmich' }), ctx)
		);
		const waiting = registered(await register(db(), e.year, aRegistration(), ctx));
		await deleteRegistration(db(), r.token, ctx);
		const [row] = (await rowsOf(e.id)).filter((x) => x.id === r.id);
		expect(row).toMatchObject({
			status: 'cancelled',
			firstName: '',
			lastName: '',
			email: '',
			sector: 'kommunalverwaltung'
		});
		expect(await mailsOf(r.id)).toEqual([]);
		await expect(registrationView(db(), r.token)).rejects.toBeInstanceOf(RegistrationError);
		expect((await registrationView(db(), waiting.token)).registration.status).toBe('pending');
	});

	it('exports everything stored about the person', async () => {
		const e = await anOpenEdition(db(), { year: nextYear++, capacity: 10 });
		const r = registered(
			await register(
				db(),
				e.year,
				aRegistration({ firstName: 'Export', dietary: 'vegetarisch' }),
				ctx
			)
		);
		const data = await exportRegistration(db(), r.token);
		expect(data).toMatchObject({
			vorname: 'Export',
			verpflegung: 'vegetarisch',
			status: 'pending'
		});
	});

	it('anonymises participants 90 days after the event, keeping the counts', async () => {
		const e = await anOpenEdition(db(), { year: nextYear++, capacity: 10, date: '2026-06-16' });
		// The edition closes registration in the past; insert through an open edition instead.
		const open = await anOpenEdition(db(), { year: nextYear++, capacity: 10, date: '2026-08-01' });
		const a = registered(
			await register(db(), open.year, aRegistration({ sector: 'politik' }), ctx)
		);
		await register(db(), open.year, aRegistration(), ctx);
		expect(await anonymisePastEditions(db(), '2026-10-30', now)).toBe(0);
		expect(await anonymisePastEditions(db(), '2026-10-31', now)).toBe(2);
		const rows = await rowsOf(open.id);
		expect(rows.every((r) => r.email === '' && r.firstName === '' && r.anonymisedAt !== null)).toBe(
			true
		);
		expect(rows.map((r) => r.sector).sort()).toEqual(['kommunalverwaltung', 'politik']);
		expect(await mailsOf(a.id)).toEqual([]);
		await expect(registrationView(db(), a.token)).rejects.toMatchObject({ code: 'link_ungueltig' });
		expect((await seatCounts(db(), open.id)).seatsTaken).toBe(2);
		expect(await rowsOf(e.id)).toEqual([]);
	});

	it('never overbooks: 500 simultaneous registrations for 100 seats and workshops of 20', async () => {
		const e = await anOpenEdition(db(), {
			year: nextYear++,
			capacity: 100,
			workshopCapacities: [20, 20, 20, 20, 20]
		});
		const inputs = Array.from({ length: 500 }, (_, i) =>
			aRegistration({
				workshopFirstId: e.workshopIds[i % 5],
				workshopSecondId: e.workshopIds[(i + 1) % 5]
			})
		);
		const results = await Promise.allSettled(
			inputs.map((input) => register(db(), e.year, input, ctx))
		);
		expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
		const rows = await rowsOf(e.id);
		expect(rows).toHaveLength(500);
		const held = rows.filter((r) => r.status === 'pending');
		expect(held).toHaveLength(100);
		// Arrival order is the order the lock was granted, which is id order.
		expect(rows.slice(0, 100).every((r) => r.status === 'pending')).toBe(true);
		expect(rows.slice(100).every((r) => r.status === 'waitlisted')).toBe(true);
		const perWorkshop = new Map<number, number>();
		for (const r of held)
			if (r.workshopId) perWorkshop.set(r.workshopId, (perWorkshop.get(r.workshopId) ?? 0) + 1);
		expect([...perWorkshop.values()].every((n) => n <= 20)).toBe(true);
		const positions = results
			.map((r) => (r.status === 'fulfilled' ? registered(r.value) : null))
			.filter((r) => r?.status === 'waitlisted')
			.sort((a, b) => a!.id - b!.id)
			.map((r) => r!.waitlistPosition);
		expect(positions).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
		const counts = await seatCounts(db(), e.id);
		expect(counts).toMatchObject({ capacity: 100, seatsTaken: 100, waitlisted: 400 });
		const mails = await db()
			.select({ ref: mailOutbox.subjectRef })
			.from(mailOutbox)
			.where(
				inArray(
					mailOutbox.subjectRef,
					rows.map((r) => `registration:${r.id}`)
				)
			);
		expect(mails).toHaveLength(500);
	});

	it('stays within capacity when 30 cancellations race 30 new registrations, promoting in order', async () => {
		const e = await anOpenEdition(db(), {
			year: nextYear++,
			capacity: 50,
			workshopCapacities: [10, 10, 10, 10, 10]
		});
		const first: Registered[] = [];
		for (let i = 0; i < 80; i++) {
			first.push(
				registered(
					await register(
						db(),
						e.year,
						aRegistration({ workshopFirstId: e.workshopIds[i % 5] }),
						ctx
					)
				)
			);
		}
		const waitlistedBefore = first.filter((r) => r.status === 'waitlisted').map((r) => r.id);
		expect(waitlistedBefore).toHaveLength(30);
		const cancelling = first.filter((r) => r.status === 'pending').slice(0, 30);
		await Promise.all([
			...cancelling.map((r) => cancelRegistration(db(), r.token, ctx)),
			...Array.from({ length: 30 }, () =>
				register(db(), e.year, aRegistration({ workshopFirstId: e.workshopIds[0] }), ctx)
			)
		]);
		const rows = await rowsOf(e.id);
		const held = rows.filter((r) => r.status === 'pending' || r.status === 'confirmed');
		expect(held).toHaveLength(50);
		// Everyone who waited before the race was promoted before anyone who came later.
		const heldIds = new Set(held.map((r) => r.id));
		expect(waitlistedBefore.every((id) => heldIds.has(id))).toBe(true);
		const perWorkshop = new Map<number, number>();
		for (const r of held)
			if (r.workshopId) perWorkshop.set(r.workshopId, (perWorkshop.get(r.workshopId) ?? 0) + 1);
		expect([...perWorkshop.values()].every((n) => n <= 10)).toBe(true);
		const stillWaiting = rows.filter((r) => r.status === 'waitlisted');
		expect(stillWaiting).toHaveLength(30);
		const promotedMails = await db()
			.select({ ref: mailOutbox.subjectRef })
			.from(mailOutbox)
			.where(
				and(
					eq(mailOutbox.kind, 'waitlist.promoted'),
					inArray(
						mailOutbox.subjectRef,
						waitlistedBefore.map((id) => `registration:${id}`)
					)
				)
			);
		expect(promotedMails).toHaveLength(30);
	});
});
