/**
 * The public side of a published Sozialbericht: the listing of a municipality's published reports
 * (atlas page, API), the public download addresses, and the report's text for the archive search.
 * A draft is never public: every read here filters on `status = 'veroeffentlicht'`.
 */
import { and, asc, desc, eq, or } from 'drizzle-orm';
import type { Database } from '../../db';
import { reports } from '../../db/schema';
import type { ReportLanguage } from '$lib/types/report';
import type { ReportDocument } from './build';
import type { Report } from './model';
import { homeAgs, scopeKey, scopeName, scopeOf } from './scope';
import { municipalityByAgs } from '$lib/reference/municipalities';

export interface PublishedReport {
	id: number;
	/**
	 * The municipality whose public pages the report is addressed through: its own, or for a Kreis
	 * report the member municipality of the listing (the Kreis's first member elsewhere).
	 */
	ags: string;
	/** A Kreis report's Kreis key; null for a municipality's own report. */
	kreisAgs: string | null;
	/** Whose report: the town's name, or the Kreis's ("Kreis Recklinghausen"). */
	scopeName: string;
	year: number;
	title: string;
	language: ReportLanguage;
	publishedAt: Date;
	isDemo: boolean;
}

/** What a list of published reports shows. */
const listed = {
	id: reports.id,
	ags: reports.ags,
	kreisAgs: reports.kreisAgs,
	year: reports.year,
	title: reports.title,
	language: reports.language,
	publishedAt: reports.publishedAt,
	isDemo: reports.isDemo
};

/** Published reports that concern a municipality: its own and its Kreis's (not for a kreisfreie Stadt). */
function published(ags: string) {
	const m = municipalityByAgs(ags);
	const own = eq(reports.ags, ags);
	return and(
		m && !m.kreisfrei ? or(own, eq(reports.kreisAgs, m.kreisAgs)) : own,
		eq(reports.status, 'veroeffentlicht')
	);
}

/**
 * The published reports of a municipality, its Kreis's among them, newest reporting year first,
 * then newest published.
 */
export async function publishedReports(db: Database, ags: string): Promise<PublishedReport[]> {
	const rows = await db
		.select(listed)
		.from(reports)
		.where(published(ags))
		.orderBy(desc(reports.year), desc(reports.publishedAt), desc(reports.id));
	// The check constraint ties the published status to a publication date.
	return rows.map((r) => ({
		...r,
		ags,
		scopeName: reportScopeLabel(r),
		publishedAt: r.publishedAt ?? new Date(0)
	}));
}

/** Every municipality's and Kreis's published reports (the organisers' choice for a conference's documentation). */
export async function allPublishedReports(db: Database): Promise<PublishedReport[]> {
	const rows = await db
		.select(listed)
		.from(reports)
		.where(eq(reports.status, 'veroeffentlicht'))
		.orderBy(desc(reports.year), asc(reports.ags), asc(reports.kreisAgs), asc(reports.title));
	return rows.map((r) => ({
		...r,
		ags: homeAgs(r),
		scopeName: reportScopeLabel(r),
		publishedAt: r.publishedAt ?? new Date(0)
	}));
}

/**
 * One published report of the municipality or of its Kreis, or null (unknown, another
 * municipality's, a draft).
 */
export async function publishedReport(
	db: Database,
	ags: string,
	reportId: number
): Promise<Report | null> {
	const [row] = await db
		.select()
		.from(reports)
		.where(and(published(ags), eq(reports.id, reportId)));
	return row ?? null;
}

/**
 * The public addresses of a published report's files (relative, or absolute with `origin`),
 * through the municipality `ags` names; a stored Kreis report (`ags` null) through its Kreis's
 * first member municipality.
 */
export function publishedReportUrls(
	report: { id: number; ags: string | null; kreisAgs?: string | null },
	origin = ''
): { pdf: string; docx: string } {
	const base = `${origin}/atlas/${report.ags ?? homeAgs({ ags: null, kreisAgs: report.kreisAgs ?? null })}/berichte/${report.id}`;
	return { pdf: `${base}.pdf`, docx: `${base}.docx` };
}

/** Whose report, as a reader names it: the town ("Dorsten") or the Kreis ("Kreis Recklinghausen"). */
export function reportScopeLabel(report: { ags: string | null; kreisAgs: string | null }): string {
	return scopeName(scopeOf(report)) ?? scopeKey(report);
}

/** The JSON answer of `GET /api/planning/municipalities/{ags}/reports`. */
export function reportsApiBody(
	ags: string,
	list: readonly PublishedReport[],
	origin: string
): {
	ags: string;
	reports: {
		id: number;
		title: string;
		year: number;
		language: ReportLanguage;
		publishedAt: string;
		isDemo: boolean;
		scope: { kind: 'gemeinde' | 'kreis'; key: string; name: string };
		links: { pdf: string; docx: string };
	}[];
} {
	return {
		ags,
		reports: list.map((r) => ({
			id: r.id,
			title: r.title,
			year: r.year,
			language: r.language,
			publishedAt: r.publishedAt.toISOString(),
			isDemo: r.isDemo,
			scope: r.kreisAgs
				? { kind: 'kreis' as const, key: r.kreisAgs, name: r.scopeName }
				: { kind: 'gemeinde' as const, key: r.ags, name: r.scopeName },
			links: publishedReportUrls(r, origin)
		}))
	};
}

/**
 * The searchable text of a report document: subtitle, marks, chapter titles, headings,
 * paragraphs (generated and the planner's own), list items and the captions of tables and
 * figures. Table cells are left out: figures are no search words, and the area names are in
 * the captions and texts that matter.
 */
export function reportText(document: ReportDocument): string {
	const parts: string[] = [document.subtitle, ...document.marks];
	for (const chapter of document.chapters) {
		parts.push(chapter.title);
		for (const block of chapter.blocks) {
			switch (block.kind) {
				case 'heading':
				case 'paragraph':
					parts.push(block.text);
					break;
				case 'list':
					parts.push(...block.items.map((item) => item.trim()));
					break;
				case 'table':
					parts.push(block.caption);
					break;
				case 'figure':
					parts.push(block.caption);
					break;
			}
		}
	}
	return parts.filter((p) => p.length > 0).join('\n');
}
