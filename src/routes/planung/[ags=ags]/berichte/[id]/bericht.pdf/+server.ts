import { database } from '$lib/server/db';
import { error } from '@sveltejs/kit';
import {
	renderReport,
	reportDocument,
	reportFileName,
	ReportRenderError
} from '$lib/server/planning/report';
import { plannerOf } from '../../../planner';
import { reportOfPage } from '../report';
import type { RequestHandler } from './$types';

const TYPE = 'application/pdf';

/** The report as PDF: a published one from its snapshot, a draft with the data now. */
export const GET: RequestHandler = async (event) => {
	const { user, ags } = plannerOf(event);
	const db = database();
	const report = await reportOfPage(db, user, ags, event.params.id);
	const document = await reportDocument(db, report, new Date());
	let body: Uint8Array<ArrayBuffer>;
	try {
		body = await renderReport(document, 'pdf');
	} catch (problem) {
		if (problem instanceof ReportRenderError) error(503, problem.message);
		throw problem;
	}
	return new Response(body, {
		headers: {
			'content-type': TYPE,
			'content-disposition': `attachment; filename="${reportFileName(report, 'pdf')}"`,
			'cache-control': 'private, no-store'
		}
	});
};
