import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import {
	collectSteckbrief,
	renderSteckbrief,
	ReportRenderError,
	steckbriefFileName
} from '$lib/server/planning/report';
import type { RequestHandler } from './$types';

/** The area's one-page profile as PDF, in the page's language, with the public figures only. */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	const page = `${url.origin}/atlas/${params.ags}/${encodeURIComponent(params.gebiet)}`;
	const document = await collectSteckbrief(
		database(),
		params.ags,
		params.gebiet,
		locals.locale,
		page
	);
	if (!document) error(404, 'error.noArea');
	let body: Uint8Array<ArrayBuffer>;
	try {
		body = await renderSteckbrief(document);
	} catch (problem) {
		if (problem instanceof ReportRenderError) error(503, problem.message);
		throw problem;
	}
	return new Response(body, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${steckbriefFileName(params.ags, params.gebiet, locals.locale)}"`,
			'cache-control': 'no-cache',
			vary: 'Cookie, Accept-Language'
		}
	});
};
