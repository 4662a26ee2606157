import { error } from '@sveltejs/kit';
import type { Database } from '$lib/server/db';
import { PlanningError } from '$lib/server/planning';
import { database } from '$lib/server/db';
import { rowIdFrom } from '$lib/server/fields';
import {
	renderReport,
	reportDocument,
	reportFileName,
	reportFor,
	ReportRenderError,
	type Report
} from '$lib/server/planning/report';
import { plannerOf } from '../../planner';
import type { PlanningActor } from '$lib/server/planning';

/** The report of the page's URL, or a 404 (a report of another municipality is unknown here). */
export async function reportOfPage(
	db: Database,
	user: PlanningActor,
	ags: string,
	id: string
): Promise<Report> {
	const reportId = rowIdFrom(id);
	if (reportId === null) error(404, 'error.noReport');
	try {
		return await reportFor(db, user, ags, reportId);
	} catch (e) {
		if (e instanceof PlanningError) {
			error(e.code === 'keine_berechtigung' ? 403 : 404, e.message);
		}
		throw e;
	}
}

const TYPES = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
} as const;

/**
 * The report of the page as a download: a published one from its snapshot, a draft with the data
 * now, rendered off the event loop (a 503 with the reason when it cannot be within the bounds).
 */
export async function reportDownload(
	event: Parameters<typeof plannerOf>[0] & { params: { id: string } },
	format: 'pdf' | 'docx'
): Promise<Response> {
	const { user, ags } = plannerOf(event);
	const db = database();
	const report = await reportOfPage(db, user, ags, event.params.id);
	const document = await reportDocument(db, report, new Date());
	let body: Uint8Array<ArrayBuffer>;
	try {
		body = await renderReport(document, format);
	} catch (problem) {
		if (problem instanceof ReportRenderError) error(503, problem.message);
		throw problem;
	}
	return new Response(body, {
		headers: {
			'content-type': TYPES[format],
			'content-disposition': `attachment; filename="${reportFileName(report, format)}"`,
			'cache-control': 'private, no-store'
		}
	});
}
