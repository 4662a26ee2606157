import { database } from '$lib/server/db';
import { reportDocument, reportFileName, reportDocx } from '$lib/server/planning/report';
import { plannerOf } from '../../../planner';
import { reportOfPage } from '../report';
import type { RequestHandler } from './$types';

const TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The report as DOCX: a published one from its snapshot, a draft with the data now. */
export const GET: RequestHandler = async (event) => {
	const { user, ags } = plannerOf(event);
	const db = database();
	const report = await reportOfPage(db, user, ags, event.params.id);
	const body = await reportDocx(await reportDocument(db, report, new Date()));
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': TYPE,
			'content-disposition': `attachment; filename="${reportFileName(report, 'docx')}"`,
			'cache-control': 'private, no-store'
		}
	});
};
