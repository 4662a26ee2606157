import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '../db';
import {
	cafeIdeas,
	cafeNotes,
	cafeTables,
	cafeVotes,
	documents,
	worldCafes,
	type HarvestSnapshot
} from '../db/schema';
import { recordAudit } from '../audit';
import { appConfig } from '../runtime';
import { cafeFieldLabels, cafeFields } from '../../types/worldcafe';
import { WorldCafeError } from './errors';
import { harvestPdf } from './pdf';
import { cafeById } from './setup';

/** Ideas nobody tagged yet are listed under this heading. */
export const UNTAGGED = 'Ohne Handlungsfeld';

export interface HarvestIdea {
	id: number;
	text: string;
	table: string;
	round: number;
	votes: number;
	fields: string[];
}

export interface HarvestTopic {
	topic: string;
	keyPoints: { table: string; round: number; text: string }[];
	fields: { field: string; key: string; ideas: HarvestIdea[] }[];
}

/**
 * Per topic, every table's key points over all rounds, and the ideas grouped by Handlungsfeld
 * (an idea tagged twice appears under both), most votes first.
 */
export async function harvestOf(db: Database, cafeId: number): Promise<HarvestTopic[]> {
	const tables = await db
		.select()
		.from(cafeTables)
		.where(eq(cafeTables.cafeId, cafeId))
		.orderBy(asc(cafeTables.position), asc(cafeTables.id));
	const notes = await db
		.select({
			id: cafeNotes.id,
			tableId: cafeNotes.tableId,
			round: cafeNotes.round,
			keyPoints: cafeNotes.keyPoints
		})
		.from(cafeNotes)
		.innerJoin(cafeTables, eq(cafeTables.id, cafeNotes.tableId))
		.where(eq(cafeTables.cafeId, cafeId))
		.orderBy(asc(cafeNotes.round));
	const votes = db
		.select({ ideaId: cafeVotes.ideaId, votes: count().as('votes') })
		.from(cafeVotes)
		.groupBy(cafeVotes.ideaId)
		.as('tally');
	const ideas = await db
		.select({
			id: cafeIdeas.id,
			noteId: cafeIdeas.noteId,
			text: cafeIdeas.text,
			fields: cafeIdeas.fields,
			votes: votes.votes
		})
		.from(cafeIdeas)
		.innerJoin(cafeNotes, eq(cafeNotes.id, cafeIdeas.noteId))
		.innerJoin(cafeTables, eq(cafeTables.id, cafeNotes.tableId))
		.leftJoin(votes, eq(votes.ideaId, cafeIdeas.id))
		.where(eq(cafeTables.cafeId, cafeId))
		.orderBy(asc(cafeNotes.round), asc(cafeIdeas.position), asc(cafeIdeas.id));

	const tableById = new Map(tables.map((t) => [t.id, t]));
	const noteById = new Map(notes.map((n) => [n.id, n]));
	const topics = [...new Set(tables.map((t) => t.topic))];
	return topics.map((topic) => {
		const ofTopic = (tableId: number) => tableById.get(tableId)?.topic === topic;
		const topicIdeas: HarvestIdea[] = ideas
			.filter((idea) => ofTopic(noteById.get(idea.noteId)?.tableId ?? -1))
			.map((idea) => {
				const note = noteById.get(idea.noteId)!;
				return {
					id: idea.id,
					text: idea.text,
					table: tableById.get(note.tableId)!.label,
					round: note.round + 1,
					votes: Number(idea.votes ?? 0),
					fields: idea.fields
				};
			});
		const fields = [...cafeFields, null]
			.map((field) => ({
				field: field === null ? UNTAGGED : cafeFieldLabels[field],
				key: field ?? 'untagged',
				ideas: topicIdeas
					.filter((idea) =>
						field === null ? idea.fields.length === 0 : idea.fields.includes(field)
					)
					.sort((a, b) => b.votes - a.votes)
			}))
			.filter((group) => group.ideas.length > 0);
		return {
			topic,
			keyPoints: notes
				.filter((n) => ofTopic(n.tableId) && n.keyPoints.trim() !== '')
				.map((n) => ({
					table: tableById.get(n.tableId)!.label,
					round: n.round + 1,
					text: n.keyPoints
				})),
			fields
		};
	});
}

/** The harvest as plain text: the body of the archive document, so the full-text search finds it. */
export function harvestText(snapshot: HarvestSnapshot): string {
	const lines: string[] = [snapshot.title, ''];
	for (const topic of snapshot.topics) {
		lines.push(`Thema: ${topic.topic}`);
		for (const point of topic.keyPoints) {
			lines.push(`Kernpunkte ${point.table}, Runde ${point.round}: ${point.text}`);
		}
		for (const group of topic.fields) {
			lines.push(`Handlungsfeld ${group.field}:`);
			for (const idea of group.ideas) lines.push(`- ${idea.text} (${idea.votes} Stimmen)`);
		}
		lines.push('');
	}
	return lines.join('\n');
}

/** Where the harvest PDFs are stored: the product's one file directory, `UPLOAD_DIR`. */
export function filesDirectory(): string {
	return appConfig().uploads.dir;
}

/**
 * Publishes the harvest into the edition's documentation: one `ergebnisse` document (page and PDF)
 * that a later publication updates in place. The PDF is written first under a new name, so a failed
 * transaction leaves only an unreferenced file behind, never a document without its file.
 */
export async function publishHarvest(
	db: Database,
	cafeId: number,
	actorUserId: number | null,
	now: Date,
	directory = filesDirectory()
): Promise<number> {
	const cafe = await cafeById(db, cafeId);
	const topics = await harvestOf(db, cafeId);
	if (!topics.some((t) => t.fields.length > 0)) throw new WorldCafeError('keine_ideen');
	const snapshot: HarvestSnapshot = {
		title: `Ernte des World Cafés „${cafe.title}“`,
		topics: topics.map((t) => ({
			topic: t.topic,
			keyPoints: t.keyPoints,
			fields: t.fields.map((g) => ({
				field: g.field,
				key: g.key,
				ideas: g.ideas.map(({ id, text, table, round, votes }) => ({
					id,
					text,
					table,
					round,
					votes
				}))
			}))
		}))
	};
	const pdf = await harvestPdf(snapshot);
	const fileName = `worldcafe-${cafeId}-ernte-${now.getTime()}.pdf`;
	await mkdir(directory, { recursive: true });
	await writeFile(join(directory, fileName), pdf);

	const ideaCount = topics.reduce(
		(sum, t) => sum + new Set(t.fields.flatMap((g) => g.ideas.map((i) => i.id))).size,
		0
	);
	const row = {
		editionId: cafe.editionId,
		kind: 'ergebnisse' as const,
		title: snapshot.title,
		url: `/archiv/ernte/${cafeId}`,
		filePath: fileName,
		mediaType: 'application/pdf',
		sizeBytes: pdf.length,
		summary: `${ideaCount} Ideen zu ${topics.length} Themen, geordnet nach Handlungsfeldern, mit den Stimmen der Teilnehmenden.`,
		body: harvestText(snapshot)
	};
	return db.transaction(async (tx) => {
		let documentId = cafe.publishedDocumentId;
		if (documentId !== null) {
			const updated = await tx
				.update(documents)
				.set(row)
				.where(eq(documents.id, documentId))
				.returning({ id: documents.id });
			if (!updated.length) documentId = null;
		}
		if (documentId === null) {
			const [inserted] = await tx.insert(documents).values(row).returning({ id: documents.id });
			documentId = inserted.id;
		}
		await tx
			.update(worldCafes)
			.set({ publishedDocumentId: documentId, publishedHarvest: snapshot })
			.where(eq(worldCafes.id, cafeId));
		await recordAudit(
			tx,
			{
				actorUserId,
				action: 'worldcafe.harvest_published',
				subjectType: 'world_cafe',
				subjectId: cafeId,
				details: { documentId }
			},
			now
		);
		return documentId;
	});
}

/** The published page's data, or null while nothing is published. */
export async function publishedHarvest(db: Database, cafeId: number) {
	const [row] = await db
		.select({
			snapshot: worldCafes.publishedHarvest,
			filePath: documents.filePath,
			editionId: worldCafes.editionId
		})
		.from(worldCafes)
		.innerJoin(documents, eq(documents.id, worldCafes.publishedDocumentId))
		.where(eq(worldCafes.id, cafeId));
	if (!row?.snapshot) return null;
	return row;
}

export async function publishedHarvestPdf(
	db: Database,
	cafeId: number,
	directory = filesDirectory()
): Promise<Buffer | null> {
	const row = await publishedHarvest(db, cafeId);
	if (!row?.filePath || row.filePath.includes('/') || row.filePath.includes('\\')) return null;
	try {
		return await readFile(join(directory, row.filePath));
	} catch (error) {
		// A document whose file went missing (a restored database without the files) is a 404.
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}
