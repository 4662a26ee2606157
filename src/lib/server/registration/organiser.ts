import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../db';
import { registrations } from '../db/schema';
import { RegistrationError } from './errors';
import { RegistrationSchema, type RegistrationInput } from './input';
import * as mails from './mails';
import { chooseWorkshop, confirmationDeadline, freeSeats } from './rules';
import {
	addToken,
	cancelById,
	checkWorkshopChoice,
	editionById,
	fillFreedSeats,
	heldSeats,
	lockedRegistration,
	mailContext,
	queue,
	requireActive,
	waitlistPosition,
	withEditionLock,
	workshopFields,
	workshopLoads,
	type Context,
	type Registration,
	type WorkshopInfo
} from './store';
import { recordAudit } from '../audit';
import { replaceAnswers, type CheckedAnswer } from './questions';

/**
 * What organisers do in the back office. Each change runs under the same edition lock as the
 * participants' own actions and hands freed seats to the waiting list with the same promotion
 * (`fillFreedSeats`); `ctx.actorUserId` names the organiser in the audit log.
 */
export type OrganiserContext = Context & { actorUserId: number };

function auditEntry(ctx: OrganiserContext, action: string, id: number, details = {}) {
	return {
		actorUserId: ctx.actorUserId,
		action,
		subjectType: 'registration',
		subjectId: id,
		details
	};
}

async function existingRegistration(db: Database, id: number): Promise<Registration> {
	const [row] = await db.select().from(registrations).where(eq(registrations.id, id));
	if (!row || row.anonymisedAt) throw new RegistrationError('anmeldung_unbekannt');
	return row;
}

/**
 * A registration taken by an organiser, e.g. from a phone call: no registration window, and the
 * address counts as confirmed (the organiser spoke to the person), so there is no double opt-in.
 * The person gets the usual mail with their personal link. `answers` are the answers to the
 * edition's own questions, checked like the public form's (`withAnswers`), stored in the same
 * transaction.
 */
export async function registerByOrganiser(
	db: Database,
	editionId: number,
	input: RegistrationInput & { answers?: readonly CheckedAnswer[] },
	ctx: OrganiserContext
): Promise<Registration> {
	const edition = await editionById(db, editionId);
	if (!edition) throw new RegistrationError('konferenz_unbekannt');
	await checkWorkshopChoice(db, editionId, input.workshopFirstId, input.workshopSecondId);
	return withEditionLock(db, editionId, async (tx, capacity) => {
		const [existing] = await tx
			.select({ id: registrations.id })
			.from(registrations)
			.where(
				and(
					eq(registrations.editionId, editionId),
					eq(registrations.email, input.email),
					inArray(registrations.status, ['pending', 'confirmed', 'waitlisted']),
					isNull(registrations.anonymisedAt)
				)
			);
		if (existing) throw new RegistrationError('email_vergeben', 'email');
		const hasSeat = freeSeats(capacity, await heldSeats(tx, editionId)) > 0;
		const loads = await workshopLoads(tx, editionId);
		const decision = hasSeat
			? chooseWorkshop(input.workshopFirstId, input.workshopSecondId, loads)
			: ({ kind: 'none' } as const);
		// The schema already insists the privacy notice was given; drizzle ignores that key.
		const { municipality, answers = [], ...fields } = input;
		const [row] = await tx
			.insert(registrations)
			.values({
				...fields,
				editionId,
				status: hasSeat ? 'confirmed' : 'waitlisted',
				municipalityAgs: municipality,
				...workshopFields(decision, input.workshopFirstId, ctx.now),
				privacyAcknowledgedAt: ctx.now,
				createdAt: ctx.now,
				emailConfirmedAt: ctx.now,
				expiresAt: confirmationDeadline(ctx.now, edition.confirmationHours),
				waitlistSince: hasSeat ? null : ctx.now,
				seatSince: hasSeat ? ctx.now : null
			})
			.returning();
		const token = await addToken(tx, row.id, ctx.now);
		await replaceAnswers(tx, row.id, answers);
		await recordAudit(
			tx,
			auditEntry(ctx, 'registration.created', row.id, { status: row.status, by: 'organiser' }),
			ctx.now
		);
		const position = hasSeat ? null : await waitlistPosition(tx, editionId, row.id);
		await queue(
			tx,
			mails.confirmedMail(
				row,
				mailContext(edition, ctx.origin, row, loads, { token, waitlistPosition: position })
			),
			ctx.now
		);
		return row;
	});
}

/** What an organiser may correct: everything but the address (one registration per address). */
export const OrganiserDetailsSchema = RegistrationSchema.omit({
	email: true,
	privacyAcknowledged: true
});
export type OrganiserDetails = z.infer<typeof OrganiserDetailsSchema>;

/** Corrects a registration's details; workshop wishes are re-decided like the participant's own. */
export async function updateByOrganiser(
	db: Database,
	id: number,
	input: OrganiserDetails,
	ctx: OrganiserContext
): Promise<Registration> {
	const found = await existingRegistration(db, id);
	const edition = await editionById(db, found.editionId);
	await checkWorkshopChoice(db, edition.id, input.workshopFirstId, input.workshopSecondId);
	return withEditionLock(db, edition.id, async (tx, capacity) => {
		const r = await lockedRegistration(tx, id);
		requireActive(r);
		const wishesChanged =
			r.workshopFirstId !== input.workshopFirstId || r.workshopSecondId !== input.workshopSecondId;
		let workshopChanges = {};
		if (wishesChanged && r.status !== 'waitlisted') {
			const loads = await workshopLoads(tx, edition.id);
			if (r.workshopId) loads.get(r.workshopId)!.taken--;
			const decision = chooseWorkshop(input.workshopFirstId, input.workshopSecondId, loads);
			workshopChanges = workshopFields(decision, input.workshopFirstId, ctx.now);
		}
		const { municipality, ...fields } = input;
		await tx
			.update(registrations)
			.set({ ...fields, municipalityAgs: municipality, ...workshopChanges })
			.where(eq(registrations.id, id));
		await recordAudit(tx, auditEntry(ctx, 'registration.updated', id), ctx.now);
		await fillFreedSeats(tx, edition, capacity, ctx);
		return lockedRegistration(tx, id);
	});
}

/** Cancels for the person (who is told by mail); the seat goes to the waiting list. */
export async function cancelByOrganiser(
	db: Database,
	id: number,
	ctx: OrganiserContext
): Promise<{ promoted: number }> {
	await existingRegistration(db, id);
	return cancelById(db, id, ctx, true);
}

/**
 * Gives one waitlisted person a seat now, out of turn and even when the edition is full: the
 * organiser decides (a speaker's colleague, a sponsor). The audit entry records whether the
 * capacity was exceeded.
 */
export async function promoteByHand(
	db: Database,
	id: number,
	ctx: OrganiserContext
): Promise<Registration> {
	const found = await existingRegistration(db, id);
	const edition = await editionById(db, found.editionId);
	return withEditionLock(db, edition.id, async (tx, capacity) => {
		const r = await lockedRegistration(tx, id);
		if (r.status !== 'waitlisted') throw new RegistrationError('nicht_auf_warteliste');
		const overCapacity = freeSeats(capacity, await heldSeats(tx, edition.id)) <= 0;
		const loads: Map<number, WorkshopInfo> = await workshopLoads(tx, edition.id);
		const decision = chooseWorkshop(r.workshopFirstId, r.workshopSecondId, loads);
		const [row] = await tx
			.update(registrations)
			.set({
				status: r.emailConfirmedAt ? 'confirmed' : 'pending',
				seatSince: ctx.now,
				...workshopFields(decision, r.workshopFirstId, ctx.now)
			})
			.where(eq(registrations.id, id))
			.returning();
		await recordAudit(
			tx,
			auditEntry(ctx, 'waitlist.promoted', id, { by: 'organiser', overCapacity }),
			ctx.now
		);
		await queue(tx, mails.promotedMail(row, mailContext(edition, ctx.origin, row, loads)), ctx.now);
		return row;
	});
}
