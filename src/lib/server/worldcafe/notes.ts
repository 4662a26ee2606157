import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Transaction } from '../db';
import { INT4_MAX, optionalText } from '../fields';
import { cafeIdeas, cafeNotes, cafeTables, worldCafes } from '../db/schema';
import { cafeFields } from '../../types/worldcafe';
import { hashToken, looksLikeToken } from '../registration/tokens';
import { WorldCafeError, type WorldCafeErrorCode } from './errors';

/** A host's text: several lines, no control characters; empty or invisible-only is ''. */
const noteText = (max: number) =>
	optionalText({
		max,
		multiline: true,
		tooLong: 'text_zu_lang' satisfies WorldCafeErrorCode,
		invalid: 'zeichen_ungueltig' satisfies WorldCafeErrorCode
	}).transform((v) => v ?? '');

const IdeaSchema = z.object({
	key: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
	text: noteText(2000),
	fields: z.array(z.enum(cafeFields)).max(cafeFields.length)
});

/** What a host sends: the whole note of one round and the version it was edited from. */
export const NoteSaveSchema = z.object({
	round: z.number().int().min(0).max(11),
	baseVersion: z.number().int().min(0).max(INT4_MAX),
	keyPoints: noteText(10_000),
	ideas: z.array(IdeaSchema).max(100)
});
export type NoteSave = z.infer<typeof NoteSaveSchema>;

export interface NoteContent {
	keyPoints: string;
	ideas: { key: string; text: string; fields: string[] }[];
}

export interface StoredNote extends NoteContent {
	round: number;
	version: number;
	updatedAt: string | null;
}

export interface HostTable {
	cafeId: number;
	cafeTitle: string;
	questions: string;
	rounds: number;
	tableId: number;
	label: string;
	topic: string;
	hostName: string;
}

export type SaveOutcome =
	{ ok: true; note: StoredNote } | { ok: false; conflict: StoredNote; yours: NoteContent };

/** The table a host link opens, or the "link not valid" error. */
export async function hostTableByToken(db: Database, token: string): Promise<HostTable> {
	if (!looksLikeToken(token)) throw new WorldCafeError('link_ungueltig');
	const [row] = await db
		.select({
			cafeId: worldCafes.id,
			cafeTitle: worldCafes.title,
			questions: worldCafes.questions,
			rounds: worldCafes.rounds,
			tableId: cafeTables.id,
			label: cafeTables.label,
			topic: cafeTables.topic,
			hostName: cafeTables.hostName
		})
		.from(cafeTables)
		.innerJoin(worldCafes, eq(worldCafes.id, cafeTables.cafeId))
		.where(eq(cafeTables.hostTokenHash, hashToken(token)));
	if (!row) throw new WorldCafeError('link_ungueltig');
	return row;
}

async function readNote(
	db: Database | Transaction,
	tableId: number,
	round: number
): Promise<StoredNote> {
	const [note] = await db
		.select()
		.from(cafeNotes)
		.where(and(eq(cafeNotes.tableId, tableId), eq(cafeNotes.round, round)));
	if (!note) return { round, version: 0, updatedAt: null, keyPoints: '', ideas: [] };
	const ideas = await db
		.select({ key: cafeIdeas.key, text: cafeIdeas.text, fields: cafeIdeas.fields })
		.from(cafeIdeas)
		.where(eq(cafeIdeas.noteId, note.id))
		.orderBy(asc(cafeIdeas.position), asc(cafeIdeas.id));
	return {
		round,
		version: note.version,
		updatedAt: note.updatedAt.toISOString(),
		keyPoints: note.keyPoints,
		ideas
	};
}

/** All rounds' notes of a table, an empty note (version 0) for rounds nothing was written in. */
export async function notesOfTable(db: Database, host: HostTable): Promise<StoredNote[]> {
	return Promise.all(
		Array.from({ length: host.rounds }, (_, round) => readNote(db, host.tableId, round))
	);
}

function cleaned(save: NoteSave): NoteContent {
	return {
		keyPoints: save.keyPoints.trim(),
		ideas: save.ideas
			.map((idea) => ({ key: idea.key, text: idea.text.trim(), fields: [...new Set(idea.fields)] }))
			.filter((idea) => idea.text !== '')
	};
}

function sameContent(a: NoteContent, b: NoteContent): boolean {
	const plain = (n: NoteContent) => JSON.stringify({ keyPoints: n.keyPoints, ideas: n.ideas });
	return plain(a) === plain(b);
}

/**
 * Saves a host's note for one round with optimistic concurrency: the save names the version it
 * was edited from. If someone saved in between (a second device), the save is refused and both
 * versions go back, so the host decides; nothing is merged silently. A save whose content equals
 * what is stored succeeds whatever its version, so a retry after a lost answer is harmless.
 */
export async function saveNote(
	db: Database,
	host: HostTable,
	save: NoteSave,
	now: Date
): Promise<SaveOutcome> {
	if (save.round >= host.rounds) throw new WorldCafeError('runde_unbekannt');
	const content = cleaned(save);
	return db.transaction(async (tx) => {
		await tx
			.insert(cafeNotes)
			.values({ tableId: host.tableId, round: save.round, updatedAt: now })
			.onConflictDoNothing();
		const [note] = await tx
			.select()
			.from(cafeNotes)
			.where(and(eq(cafeNotes.tableId, host.tableId), eq(cafeNotes.round, save.round)))
			.for('update');
		const current = await readNote(tx, host.tableId, save.round);
		if (sameContent(current, content)) return { ok: true as const, note: current };
		if (note.version !== save.baseVersion) {
			return { ok: false as const, conflict: current, yours: content };
		}
		const keys = content.ideas.map((idea) => idea.key);
		await tx
			.delete(cafeIdeas)
			.where(
				keys.length
					? and(eq(cafeIdeas.noteId, note.id), notInArray(cafeIdeas.key, keys))
					: eq(cafeIdeas.noteId, note.id)
			);
		for (const [position, idea] of content.ideas.entries()) {
			await tx
				.insert(cafeIdeas)
				.values({ noteId: note.id, key: idea.key, text: idea.text, fields: idea.fields, position })
				.onConflictDoUpdate({
					target: [cafeIdeas.noteId, cafeIdeas.key],
					set: { text: idea.text, fields: idea.fields, position }
				});
		}
		await tx
			.update(cafeNotes)
			.set({ keyPoints: content.keyPoints, version: sql`${cafeNotes.version} + 1`, updatedAt: now })
			.where(eq(cafeNotes.id, note.id));
		return { ok: true as const, note: await readNote(tx, host.tableId, save.round) };
	});
}

/** The plain form (no JavaScript): `keyPoints`, `idea.N.key|text|fields` rows and `baseVersion`. */
export function noteFromForm(form: FormData): unknown {
	const ideas: { key: string; text: string; fields: string[] }[] = [];
	for (let i = 0; form.has(`idea.${i}.key`); i++) {
		ideas.push({
			key: String(form.get(`idea.${i}.key`)),
			text: String(form.get(`idea.${i}.text`) ?? ''),
			fields: form.getAll(`idea.${i}.fields`).map(String)
		});
	}
	return {
		round: Number(form.get('round')),
		baseVersion: Number(form.get('baseVersion')),
		keyPoints: String(form.get('keyPoints') ?? ''),
		ideas
	};
}
