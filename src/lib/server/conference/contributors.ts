import { and, asc, eq, max } from 'drizzle-orm';
import { messageRef } from '$lib/i18n';
import { z } from 'zod';
import { partnerRoles } from '$lib/types/enums';
import type { Database, Transaction } from '../db';
import { editionPartners, organisations, speakers } from '../db/schema';
import { recordAudit } from '../audit';
import { EditingError, moveInOrder } from './editing';
import { invalidatePublicReads } from './public';
import { optionalRowId, optionalText as sharedOptionalText, requiredText, rowId } from '../fields';

/**
 * Speakers and partners of an edition. The seeded ones are ordinary rows, edited like any other;
 * organisations come from the one directory shared with social planning, and a name not yet in it
 * becomes a new entry.
 */
interface Actor {
	actorUserId: number | null;
	now: Date;
}

async function audit(
	tx: Transaction,
	actor: Actor,
	action: string,
	subjectType: string,
	subjectId: number,
	details: Record<string, string | number | boolean | null>
) {
	await recordAudit(
		tx,
		{ actorUserId: actor.actorUserId, action, subjectType, subjectId, details },
		actor.now
	);
}

const optionalText = (maxLength: number) =>
	sharedOptionalText({
		max: maxLength,
		tooLong: messageRef('bo.err.maxChars', { max: maxLength })
	});
const optionalId = optionalRowId();

/** Either an organisation from the directory or the name of a new one. */
const organisationChoice = {
	organisation: optionalId,
	newOrganisation: optionalText(200)
};

export const SpeakerForm = z.object({
	name: requiredText({
		max: 200,
		required: messageRef('bo.err.nameRequired'),
		tooLong: messageRef('bo.err.maxChars', { max: 200 })
	}),
	title: optionalText(100),
	role: optionalText(300),
	...organisationChoice
});
export const SpeakerEditForm = SpeakerForm.extend({ speaker: rowId() });

export const PartnerForm = z.object({
	role: z.enum(partnerRoles, { error: messageRef('bo.err.roleRequired') }),
	...organisationChoice
});
export const PartnerRef = z.object({ organisation: rowId() });

/** `Stadt Gelsenkirchen` → `stadt-gelsenkirchen`, as the directory's slugs are written. */
export function slugOf(name: string): string {
	const slug = name
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || 'organisation';
}

/** The chosen organisation's id, creating a directory entry for a new name (found by name first). */
async function resolveOrganisation(
	tx: Transaction,
	choice: { organisation: number | null; newOrganisation: string | null },
	actor: Actor
): Promise<number | null> {
	if (choice.newOrganisation) {
		const [existing] = await tx
			.select({ id: organisations.id })
			.from(organisations)
			.where(eq(organisations.name, choice.newOrganisation));
		if (existing) return existing.id;
		const base = slugOf(choice.newOrganisation);
		const taken = new Set(
			(await tx.select({ slug: organisations.slug }).from(organisations)).map((o) => o.slug)
		);
		let slug = base;
		for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
		const [created] = await tx
			.insert(organisations)
			.values({ slug, name: choice.newOrganisation, kind: 'sonstige' })
			.returning({ id: organisations.id });
		await audit(tx, actor, 'organisation.created', 'organisation', created.id, {
			name: choice.newOrganisation
		});
		return created.id;
	}
	if (choice.organisation === null) return null;
	const [known] = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.id, choice.organisation));
	if (!known) throw new EditingError(messageRef('bo.err.organisationUnknown'), 'organisation');
	return known.id;
}

export async function addSpeaker(
	db: Database,
	editionId: number,
	input: z.infer<typeof SpeakerForm>,
	actor: Actor
): Promise<number> {
	const id = await db.transaction(async (tx) => {
		const organisationId = await resolveOrganisation(tx, input, actor);
		const [{ last }] = await tx
			.select({ last: max(speakers.position) })
			.from(speakers)
			.where(eq(speakers.editionId, editionId));
		const [row] = await tx
			.insert(speakers)
			.values({
				editionId,
				name: input.name,
				title: input.title,
				role: input.role,
				organisationId,
				position: (last ?? -1) + 1
			})
			.returning({ id: speakers.id });
		await audit(tx, actor, 'speaker.created', 'speaker', row.id, { name: input.name });
		return row.id;
	});
	invalidatePublicReads();
	return id;
}

export async function updateSpeaker(
	db: Database,
	editionId: number,
	input: z.infer<typeof SpeakerEditForm>,
	actor: Actor
): Promise<void> {
	await db.transaction(async (tx) => {
		const organisationId = await resolveOrganisation(tx, input, actor);
		const [row] = await tx
			.update(speakers)
			.set({ name: input.name, title: input.title, role: input.role, organisationId })
			.where(and(eq(speakers.id, input.speaker), eq(speakers.editionId, editionId)))
			.returning({ id: speakers.id });
		if (!row) throw new EditingError(messageRef('bo.err.personGone'), 'form');
		await audit(tx, actor, 'speaker.updated', 'speaker', row.id, { name: input.name });
	});
	invalidatePublicReads();
}

/** Removes the speaker from the edition and from every session they were listed for. */
export async function deleteSpeaker(
	db: Database,
	editionId: number,
	speakerId: number,
	actor: Actor
): Promise<void> {
	await db.transaction(async (tx) => {
		const [row] = await tx
			.delete(speakers)
			.where(and(eq(speakers.id, speakerId), eq(speakers.editionId, editionId)))
			.returning({ name: speakers.name });
		if (!row) throw new EditingError(messageRef('bo.err.personGone'), 'form');
		await audit(tx, actor, 'speaker.deleted', 'speaker', speakerId, { name: row.name });
	});
	invalidatePublicReads();
}

export async function moveSpeaker(
	db: Database,
	editionId: number,
	speakerId: number,
	direction: 'up' | 'down',
	actor: Actor
): Promise<void> {
	await moveInOrder(db, speakerId, direction, {
		order: (tx) =>
			tx
				.select({ id: speakers.id })
				.from(speakers)
				.where(eq(speakers.editionId, editionId))
				.orderBy(asc(speakers.position), asc(speakers.id)),
		place: (tx, id, position) => tx.update(speakers).set({ position }).where(eq(speakers.id, id)),
		audit: (tx) => audit(tx, actor, 'speaker.moved', 'speaker', speakerId, { direction })
	});
}

export async function addPartner(
	db: Database,
	editionId: number,
	input: z.infer<typeof PartnerForm>,
	actor: Actor
): Promise<void> {
	if (input.organisation === null && input.newOrganisation === null) {
		throw new EditingError(messageRef('bo.err.organisationOrName'), 'organisation');
	}
	await db.transaction(async (tx) => {
		const organisationId = (await resolveOrganisation(tx, input, actor))!;
		const [already] = await tx
			.select({ role: editionPartners.role })
			.from(editionPartners)
			.where(
				and(
					eq(editionPartners.editionId, editionId),
					eq(editionPartners.organisationId, organisationId)
				)
			);
		if (already) {
			throw new EditingError(messageRef('bo.err.alreadyPartner'), 'organisation');
		}
		const [{ last }] = await tx
			.select({ last: max(editionPartners.position) })
			.from(editionPartners)
			.where(eq(editionPartners.editionId, editionId));
		await tx
			.insert(editionPartners)
			.values({ editionId, organisationId, role: input.role, position: (last ?? -1) + 1 });
		await audit(tx, actor, 'partner.added', 'edition', editionId, {
			organisationId,
			role: input.role
		});
	});
	invalidatePublicReads();
}

export async function changePartnerRole(
	db: Database,
	editionId: number,
	organisationId: number,
	role: (typeof partnerRoles)[number],
	actor: Actor
): Promise<void> {
	await db.transaction(async (tx) => {
		const [row] = await tx
			.update(editionPartners)
			.set({ role })
			.where(
				and(
					eq(editionPartners.editionId, editionId),
					eq(editionPartners.organisationId, organisationId)
				)
			)
			.returning({ role: editionPartners.role });
		if (!row) throw new EditingError(messageRef('bo.err.partnerGone'), 'form');
		await audit(tx, actor, 'partner.updated', 'edition', editionId, { organisationId, role });
	});
	invalidatePublicReads();
}

export async function removePartner(
	db: Database,
	editionId: number,
	organisationId: number,
	actor: Actor
): Promise<void> {
	await db.transaction(async (tx) => {
		const [row] = await tx
			.delete(editionPartners)
			.where(
				and(
					eq(editionPartners.editionId, editionId),
					eq(editionPartners.organisationId, organisationId)
				)
			)
			.returning({ role: editionPartners.role });
		if (!row) throw new EditingError(messageRef('bo.err.partnerGone'), 'form');
		await audit(tx, actor, 'partner.removed', 'edition', editionId, { organisationId });
	});
	invalidatePublicReads();
}

export async function movePartner(
	db: Database,
	editionId: number,
	organisationId: number,
	direction: 'up' | 'down',
	actor: Actor
): Promise<void> {
	await moveInOrder(db, organisationId, direction, {
		order: (tx) =>
			tx
				.select({ id: editionPartners.organisationId })
				.from(editionPartners)
				.where(eq(editionPartners.editionId, editionId))
				.orderBy(asc(editionPartners.position), asc(editionPartners.organisationId)),
		place: (tx, id, position) =>
			tx
				.update(editionPartners)
				.set({ position })
				.where(
					and(eq(editionPartners.editionId, editionId), eq(editionPartners.organisationId, id))
				),
		audit: (tx) =>
			audit(tx, actor, 'partner.moved', 'edition', editionId, { organisationId, direction })
	});
}

export async function contributorsForEditing(db: Database, editionId: number) {
	const [speakerRows, partnerRows, directory] = await Promise.all([
		db
			.select({
				id: speakers.id,
				name: speakers.name,
				title: speakers.title,
				role: speakers.role,
				organisationId: speakers.organisationId,
				organisation: organisations.name
			})
			.from(speakers)
			.leftJoin(organisations, eq(organisations.id, speakers.organisationId))
			.where(eq(speakers.editionId, editionId))
			.orderBy(asc(speakers.position), asc(speakers.id)),
		db
			.select({
				id: organisations.id,
				name: organisations.name,
				role: editionPartners.role
			})
			.from(editionPartners)
			.innerJoin(organisations, eq(organisations.id, editionPartners.organisationId))
			.where(eq(editionPartners.editionId, editionId))
			.orderBy(asc(editionPartners.position), asc(organisations.name)),
		db
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.orderBy(asc(organisations.name))
	]);
	return { speakers: speakerRows, partners: partnerRows, organisations: directory };
}
