import { searchText, type SearchText } from '../fields';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import {
	documents,
	editions,
	posterCalls,
	posterSubmissions,
	reports,
	type DocumentKind
} from '../db/schema';
import { berlinDate } from '../conference/time';
import { publishedReportUrls, reportScopeLabel } from '../planning/report/public';
import { documentFileUrl } from './documentation';
import { MATCH_END, MATCH_START, splitHighlight, type HighlightPart } from './highlight';

export interface ArchiveDocument {
	id: number;
	kind: DocumentKind;
	title: string;
	url: string | null;
	mediaType: string | null;
	sizeBytes: number | null;
	summary: string | null;
	/** True for an uploaded file served at `url`, false for a link or a page. */
	isFile: boolean;
}

export async function documentsOfEdition(
	db: Database,
	editionId: number
): Promise<ArchiveDocument[]> {
	return db
		.select({
			id: documents.id,
			kind: documents.kind,
			title: documents.title,
			url: documents.url,
			mediaType: documents.mediaType,
			sizeBytes: documents.sizeBytes,
			summary: documents.summary,
			fileName: documents.fileName
		})
		.from(documents)
		.where(eq(documents.editionId, editionId))
		.orderBy(asc(documents.position), asc(documents.id))
		.then((rows) =>
			rows.map(({ fileName, ...row }) => ({
				...row,
				url: row.url ?? (fileName ? documentFileUrl(row.id, fileName) : null),
				isFile: fileName !== null
			}))
		);
}

export interface SearchHit {
	type: 'edition' | 'document' | 'report' | 'poster';
	/** The conference's year; a report's reporting year. */
	year: number;
	/** The edition's title; for a report, the municipality's name. */
	editionTitle: string;
	title: string;
	documentKind: DocumentKind | null;
	/** A poster's citation page; else null. */
	citation?: string | null;
	url: string | null;
	snippet: HighlightPart[];
	/** The language of a report's title and text (a German report on an English page); else null. */
	language: 'de' | 'en' | null;
	rank: number;
}

export const MAX_QUERY_LENGTH = 200;

/**
 * Trimmed, whitespace-folded, bounded; an empty result means "no search". A query with control
 * characters (a NUL byte makes PostgreSQL throw) is no search either; `invalid` says so.
 */
export function archiveQuery(raw: string | null | undefined): SearchText {
	return searchText(raw, MAX_QUERY_LENGTH);
}

export function normaliseQuery(raw: string | null | undefined): string {
	return archiveQuery(raw).query ?? '';
}

const headlineOptions = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Full-text search across editions, their documents, the municipalities' published
 * Sozialberichte (title and text, found at their PDF in the atlas) and the accepted posters of
 * editions whose day is over at `now` (title, abstract and the PDF's text, found at their PDF),
 * German stemming ("Sozialplanung" finds "kommunalen Sozialplanung"), ranked with ts_rank over
 * weighted vectors (title > text). `websearch_to_tsquery` accepts any user input without syntax
 * errors.
 */
export async function searchArchive(
	db: Database,
	rawQuery: string,
	limit = 50,
	/** Which editions are over (their posters are searched); routes pass the request's time. */
	now: Date = new Date()
): Promise<SearchHit[]> {
	const q = normaliseQuery(rawQuery);
	if (!q) return [];
	const query = sql`websearch_to_tsquery('german', ${q})`;

	const editionHits = await db
		.select({
			year: editions.year,
			title: editions.title,
			rank: sql<number>`ts_rank(${editions.search}, ${query})`.mapWith(Number),
			headline: sql<string>`ts_headline('german', concat_ws(' – ', ${editions.theme}, ${editions.description}, ${editions.summary}, ${editions.title}), ${query}, ${headlineOptions})`
		})
		.from(editions)
		.where(and(eq(editions.published, true), sql`${editions.search} @@ ${query}`))
		.orderBy(desc(sql`ts_rank(${editions.search}, ${query})`))
		.limit(limit);

	const documentHits = await db
		.select({
			year: editions.year,
			editionTitle: editions.title,
			title: documents.title,
			kind: documents.kind,
			id: documents.id,
			url: documents.url,
			fileName: documents.fileName,
			rank: sql<number>`ts_rank(${documents.search}, ${query})`.mapWith(Number),
			headline: sql<string>`ts_headline('german', concat_ws(' – ', ${documents.summary}, ${documents.body}), ${query}, ${headlineOptions})`
		})
		.from(documents)
		.innerJoin(editions, eq(editions.id, documents.editionId))
		.where(and(eq(editions.published, true), sql`${documents.search} @@ ${query}`))
		.orderBy(desc(sql`ts_rank(${documents.search}, ${query})`))
		.limit(limit);

	// A report's text is written on publishing; drafts have none and are never searched.
	const reportHits = await db
		.select({
			id: reports.id,
			ags: reports.ags,
			kreisAgs: reports.kreisAgs,
			year: reports.year,
			title: reports.title,
			language: reports.language,
			rank: sql<number>`ts_rank(${reports.search}, ${query})`.mapWith(Number),
			headline: sql<string>`ts_headline('german', ${reports.body}, ${query}, ${headlineOptions})`
		})
		.from(reports)
		.where(and(eq(reports.status, 'veroeffentlicht'), sql`${reports.search} @@ ${query}`))
		.orderBy(desc(sql`ts_rank(${reports.search}, ${query})`))
		.limit(limit);

	// A poster joins the archive once its edition's day is over.
	const posterHits = await db
		.select({
			id: posterSubmissions.id,
			year: editions.year,
			editionTitle: editions.title,
			title: posterSubmissions.title,
			fileName: posterSubmissions.fileName,
			rank: sql<number>`ts_rank(${posterSubmissions.search}, ${query})`.mapWith(Number),
			headline: sql<string>`ts_headline('german', concat_ws(' – ', ${posterSubmissions.abstract}, ${posterSubmissions.body}), ${query}, ${headlineOptions})`
		})
		.from(posterSubmissions)
		.innerJoin(posterCalls, eq(posterCalls.id, posterSubmissions.callId))
		.innerJoin(editions, eq(editions.id, posterCalls.editionId))
		.where(
			and(
				eq(editions.published, true),
				eq(posterSubmissions.status, 'angenommen'),
				sql`${editions.date} < ${berlinDate(now)}`,
				sql`${posterSubmissions.search} @@ ${query}`
			)
		)
		.orderBy(desc(sql`ts_rank(${posterSubmissions.search}, ${query})`))
		.limit(limit);

	const hits: SearchHit[] = [
		...editionHits.map((h) => ({
			type: 'edition' as const,
			year: h.year,
			editionTitle: h.title,
			title: h.title,
			documentKind: null,
			url: null,
			snippet: splitHighlight(h.headline),
			language: null,
			rank: h.rank
		})),
		...documentHits.map((h) => ({
			type: 'document' as const,
			year: h.year,
			editionTitle: h.editionTitle,
			title: h.title,
			documentKind: h.kind,
			url: h.url ?? (h.fileName ? documentFileUrl(h.id, h.fileName) : null),
			snippet: splitHighlight(h.headline),
			language: null,
			rank: h.rank
		})),
		...reportHits.map((h) => ({
			type: 'report' as const,
			year: h.year,
			editionTitle: reportScopeLabel(h),
			title: h.title,
			documentKind: null,
			url: publishedReportUrls(h).pdf,
			snippet: splitHighlight(h.headline),
			language: h.language,
			rank: h.rank
		})),
		...posterHits.map((h) => ({
			type: 'poster' as const,
			year: h.year,
			editionTitle: h.editionTitle,
			title: h.title,
			documentKind: 'poster' as const,
			citation: `/archiv/poster/${h.id}`,
			url: `/archiv/poster/${h.id}/${encodeURIComponent(h.fileName)}`,
			snippet: splitHighlight(h.headline),
			language: null,
			rank: h.rank
		}))
	];
	return hits.sort((a, b) => b.rank - a.rank || b.year - a.year).slice(0, limit);
}
