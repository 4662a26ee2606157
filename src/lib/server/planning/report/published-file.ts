/**
 * A published report's PDF or DOCX for the public: rendered from its frozen snapshot through the
 * rendering worker on the first request, then kept in a small in-memory cache. The snapshot never
 * changes, so the entity tag (report, publication instant, build, format) names the bytes for
 * good and a revalidating client gets a 304 without any rendering.
 */
import type { Database } from '../../db';
import { buildReport } from './build';
import type { Report } from './model';
import { publishedReport } from './public';
import { renderReport } from './render';
import type { ReportSnapshot } from './snapshot';

export type ReportFormat = 'pdf' | 'docx';

/** The entity tag of a published report's file in this build. */
export function publishedReportTag(report: Report, format: ReportFormat, build: string): string {
	return `"report-${report.id}-${report.publishedAt?.getTime() ?? 0}-${build}-${format}"`;
}

const CACHE_ENTRIES = 6;
const cache = new Map<string, Uint8Array<ArrayBuffer>>();

/** The rendered bytes of a published report (the caller has checked it is published). */
export async function publishedReportBytes(
	report: Report,
	format: ReportFormat,
	tag: string
): Promise<Uint8Array<ArrayBuffer>> {
	const kept = cache.get(tag);
	if (kept) {
		// Most recently used last.
		cache.delete(tag);
		cache.set(tag, kept);
		return kept;
	}
	const document = buildReport(report.snapshot as ReportSnapshot, report);
	const bytes = await renderReport(document, format);
	cache.set(tag, bytes);
	while (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
	return bytes;
}

/** A published report of the municipality with its tag, or null for a draft or unknown id. */
export async function publishedReportFile(
	db: Database,
	ags: string,
	reportId: number,
	format: ReportFormat,
	build: string
): Promise<{ report: Report; tag: string } | null> {
	const report = await publishedReport(db, ags, reportId);
	if (!report?.snapshot) return null;
	return { report, tag: publishedReportTag(report, format, build) };
}
