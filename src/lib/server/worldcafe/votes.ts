import { and, count, eq, inArray, isNotNull, notInArray, or, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import {
	cafeIdeas,
	cafeNotes,
	cafeSeats,
	cafeTables,
	cafeVoters,
	cafeVotes,
	registrations,
	worldCafes
} from '../db/schema';
import { recordAudit } from '../audit';
import { translator } from '$lib/i18n';
import type { Language } from '$lib/types/enums';
import { enqueueMail, link, message, para, renderMail, type OutgoingMail } from '../mail';
import { hashToken, looksLikeToken, newToken } from '../registration/tokens';
import { WorldCafeError, type WorldCafeErrorCode } from './errors';
import { cafeById } from './setup';

export interface Voter {
	voterId: number;
	cafeId: number;
	title: string;
	votesPerParticipant: number;
}

/** What the organiser is asked to confirm before the vote links go out. */
export interface VoteLinkPreview {
	/** Ideas the tables have written down, the things people vote on. */
	ideas: number;
	/** People who would get a link now. */
	recipients: number;
	/** People who already have one. */
	sent: number;
}

/**
 * Why vote links may not go out now, or null when they may. `confirmedRecipients` is the number
 * the organiser saw and confirmed; null when they did not confirm. A changed number (someone
 * checked in or cancelled meanwhile) is asked again rather than sent to people nobody counted.
 */
export function voteLinkRefusal(state: {
	planned: boolean;
	ideas: number;
	recipients: number;
	confirmedRecipients: number | null;
}): WorldCafeErrorCode | null {
	if (!state.planned) return 'kein_plan';
	if (state.ideas === 0) return 'keine_ideen_zur_abstimmung';
	if (state.recipients === 0) return 'keine_empfaenger';
	if (state.confirmedRecipients === null) return 'versand_unbestaetigt';
	if (state.confirmedRecipients !== state.recipients) return 'empfaenger_geaendert';
	return null;
}

/**
 * A vote link goes to people seated in the plan who are confirmed, or who checked in on the day
 * (they were in the room, confirmed address or not), and who have no link yet.
 */
function recipientsOf(db: Database | Transaction, cafeId: number) {
	const have = db
		.select({ id: cafeVoters.registrationId })
		.from(cafeVoters)
		.where(eq(cafeVoters.cafeId, cafeId));
	return db
		.selectDistinct({
			id: registrations.id,
			email: registrations.email,
			firstName: registrations.firstName,
			lastName: registrations.lastName,
			language: registrations.language
		})
		.from(cafeSeats)
		.innerJoin(registrations, eq(registrations.id, cafeSeats.registrationId))
		.where(
			and(
				eq(cafeSeats.cafeId, cafeId),
				notInArray(registrations.id, have),
				or(
					eq(registrations.status, 'confirmed'),
					and(eq(registrations.status, 'pending'), isNotNull(registrations.checkedInAt))
				)
			)
		);
}

async function ideaCount(db: Database | Transaction, cafeId: number): Promise<number> {
	const [row] = await db
		.select({ ideas: count() })
		.from(cafeIdeas)
		.innerJoin(cafeNotes, eq(cafeNotes.id, cafeIdeas.noteId))
		.innerJoin(cafeTables, eq(cafeTables.id, cafeNotes.tableId))
		.where(eq(cafeTables.cafeId, cafeId));
	return Number(row.ideas);
}

export async function voteLinkPreview(db: Database, cafeId: number): Promise<VoteLinkPreview> {
	const [ideas, recipients, [sent]] = await Promise.all([
		ideaCount(db, cafeId),
		recipientsOf(db, cafeId),
		db.select({ sent: count() }).from(cafeVoters).where(eq(cafeVoters.cafeId, cafeId))
	]);
	return { ideas, recipients: recipients.length, sent: Number(sent.sent) };
}

/**
 * One vote link per recipient (see `recipientsOf`), each sent by mail through the outbox in the
 * same transaction, once the organiser has confirmed the number of recipients. Returns how many
 * links were made.
 */
export async function issueVoteLinks(
	db: Database,
	cafeId: number,
	origin: string,
	actorUserId: number | null,
	now: Date,
	confirmedRecipients: number | null
): Promise<number> {
	const cafe = await cafeById(db, cafeId);
	return db.transaction(async (tx) => {
		// One sender at a time: the second click finds everyone served and is refused.
		await tx
			.select({ id: worldCafes.id })
			.from(worldCafes)
			.where(eq(worldCafes.id, cafeId))
			.for('update');
		const people = await recipientsOf(tx, cafeId);
		const refusal = voteLinkRefusal({
			planned: cafe.planVersion > 0,
			ideas: await ideaCount(tx, cafeId),
			recipients: people.length,
			confirmedRecipients
		});
		if (refusal) throw new WorldCafeError(refusal);
		for (const person of people) {
			const token = newToken();
			await tx
				.insert(cafeVoters)
				.values({ cafeId, registrationId: person.id, tokenHash: hashToken(token), createdAt: now });
			if (!person.email) continue;
			await enqueueMail(tx, voteLinkMail(cafe, person, `${origin}/abstimmen/${token}`), now);
		}
		await recordAudit(
			tx,
			{
				actorUserId,
				action: 'worldcafe.vote_links_issued',
				subjectType: 'world_cafe',
				subjectId: cafeId,
				details: { links: people.length }
			},
			now
		);
		return people.length;
	});
}

/**
 * Tied to the person's registration (`registration:<id>`), so deleting their data deletes it.
 * The names are text of the mail, never a link; the vote link is the only link.
 */
export function voteLinkMail(
	cafe: { id: number; title: string; votesPerParticipant: number },
	person: { id: number; email: string; firstName: string; lastName: string; language: Language },
	url: string
): OutgoingMail {
	const t = translator(person.language);
	const content = renderMail(
		t('mail.vote.subject', { title: cafe.title }),
		[
			message(t('mail.greeting'), { name: `${person.firstName} ${person.lastName}` }),
			message(t('mail.vote.body'), { title: cafe.title, votes: cafe.votesPerParticipant }),
			para`${link(person.language === 'de' ? url : `${url}?lang=${person.language}`)}`,
			message(t('mail.vote.personal')),
			message(t('mail.signature'))
		],
		person.language
	);
	return {
		kind: 'worldcafe.vote_link',
		subjectRef: `registration:${person.id}`,
		to: person.email,
		...content
	};
}

/**
 * When a participant's data is deleted their vote link stops opening: the stored hash is replaced
 * by a value no token hashes to. The votes already given stay, without a way back to the person.
 */
export async function revokeVoteLinks(tx: Transaction, registrationIds: number[]): Promise<void> {
	if (!registrationIds.length) return;
	await tx
		.update(cafeVoters)
		.set({ tokenHash: sql`'revoked:' || ${cafeVoters.id}` })
		.where(inArray(cafeVoters.registrationId, registrationIds));
}

export async function voterByToken(db: Database, token: string): Promise<Voter> {
	if (!looksLikeToken(token)) throw new WorldCafeError('link_ungueltig');
	const [row] = await db
		.select({
			voterId: cafeVoters.id,
			cafeId: worldCafes.id,
			title: worldCafes.title,
			votesPerParticipant: worldCafes.votesPerParticipant
		})
		.from(cafeVoters)
		.innerJoin(worldCafes, eq(worldCafes.id, cafeVoters.cafeId))
		.where(eq(cafeVoters.tokenHash, hashToken(token)));
	if (!row) throw new WorldCafeError('link_ungueltig');
	return row;
}

async function ideaOfCafe(db: Database, cafeId: number, ideaId: number): Promise<boolean> {
	const [row] = await db
		.select({ id: cafeIdeas.id })
		.from(cafeIdeas)
		.innerJoin(cafeNotes, eq(cafeNotes.id, cafeIdeas.noteId))
		.innerJoin(cafeTables, eq(cafeTables.id, cafeNotes.tableId))
		.where(and(eq(cafeIdeas.id, ideaId), eq(cafeTables.cafeId, cafeId)));
	return Boolean(row);
}

/**
 * One vote for an idea, at most `votesPerParticipant` in all. The voter row is locked, so two
 * tabs voting at once cannot both take the last vote. Voting twice for one idea changes nothing.
 */
export async function castVote(db: Database, voter: Voter, ideaId: number): Promise<void> {
	if (!(await ideaOfCafe(db, voter.cafeId, ideaId))) throw new WorldCafeError('idee_unbekannt');
	await db.transaction(async (tx) => {
		await tx
			.select({ id: cafeVoters.id })
			.from(cafeVoters)
			.where(eq(cafeVoters.id, voter.voterId))
			.for('update');
		const [{ given }] = await tx
			.select({ given: count() })
			.from(cafeVotes)
			.where(eq(cafeVotes.voterId, voter.voterId));
		const [already] = await tx
			.select({ ideaId: cafeVotes.ideaId })
			.from(cafeVotes)
			.where(and(eq(cafeVotes.voterId, voter.voterId), eq(cafeVotes.ideaId, ideaId)));
		if (already) return;
		if (Number(given) >= voter.votesPerParticipant)
			throw new WorldCafeError('stimmen_aufgebraucht');
		await tx.insert(cafeVotes).values({ voterId: voter.voterId, ideaId });
	});
}

export async function withdrawVote(db: Database, voter: Voter, ideaId: number): Promise<void> {
	await db
		.delete(cafeVotes)
		.where(and(eq(cafeVotes.voterId, voter.voterId), eq(cafeVotes.ideaId, ideaId)));
}

export async function votesOf(db: Database, voter: Voter): Promise<number[]> {
	const rows = await db
		.select({ ideaId: cafeVotes.ideaId })
		.from(cafeVotes)
		.where(eq(cafeVotes.voterId, voter.voterId));
	return rows.map((r) => r.ideaId);
}
