/**
 * The Sozialbericht: a municipality's social report for a reporting year, built from the public
 * atlas's figures and the Handlungsprogramm, frozen on publishing, rendered as PDF and DOCX.
 * Reads monitoring and planning; neither of them imports it.
 */
import type { Database } from '../../db';
import { buildReport, type ReportDocument } from './build';
import type { Report } from './model';
import { snapshotOf } from './store';
import { scopeKey } from './scope';

export {
	createReport,
	updateReport,
	publishReport,
	reportsOf,
	reportFor,
	reportIndicatorChoices,
	reportPlanChoices,
	snapshotOf,
	type ReportSummary
} from './store';
export { concerns, kreisMembers, scopeName, scopeOf, type ReportScope } from './scope';
export { ReportChange, ReportCreateInput, reportFormInput, MAX_TEXT, type Report } from './model';
export {
	buildReport,
	mapSvg,
	trendSvg,
	type Block,
	type ReportDocument,
	type ReportDraft
} from './build';
export {
	allPublishedReports,
	publishedReport,
	publishedReports,
	publishedReportUrls,
	reportsApiBody,
	reportScopeLabel,
	reportText,
	type PublishedReport
} from './public';
export {
	publishedReportBytes,
	publishedReportFile,
	publishedReportTag,
	type ReportFormat
} from './published-file';
export { seedReportDemo, DEMO_REPORT_TITLE } from './demo';
export { reportPdf } from './pdf';
export { reportDocx } from './docx';
export {
	renderReport,
	renderSteckbrief,
	ReportRenderError,
	renderBounds,
	steckbriefBounds,
	type RenderBounds
} from './render';
export {
	buildSteckbrief,
	collectSteckbrief,
	locatorSvg,
	steckbriefFileName,
	type SteckbriefDocument
} from './steckbrief';
export { steckbriefPdf } from './steckbrief-pdf';
export type { ReportSnapshot } from './snapshot';

/** The document of a report: a published one from its snapshot, a draft from the data now. */
export async function reportDocument(
	db: Database,
	report: Report,
	now: Date
): Promise<ReportDocument> {
	const snapshot = await snapshotOf(db, report, now);
	return buildReport(snapshot, report);
}

/**
 * A file name for a report's download: "sozialbericht-05513000-2021-12.pdf", a Kreis report's
 * with the Kreis key ("sozialbericht-05562-2021-14.pdf").
 */
export function reportFileName(
	report: Pick<Report, 'id' | 'ags' | 'kreisAgs' | 'year'>,
	ext: 'pdf' | 'docx'
): string {
	return `sozialbericht-${scopeKey(report)}-${report.year}-${report.id}.${ext}`;
}
