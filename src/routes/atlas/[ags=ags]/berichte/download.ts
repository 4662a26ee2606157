import { error, type RequestEvent } from '@sveltejs/kit';
import { version } from '$app/environment';
import { translator } from '$lib/i18n';
import { database } from '$lib/server/db';
import { rowIdFrom } from '$lib/server/fields';
import {
	publishedReportBytes,
	publishedReportFile,
	reportFileName,
	ReportRenderError,
	type ReportFormat
} from '$lib/server/planning/report';

const TYPES: Record<ReportFormat, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
};

/**
 * A published report's file for everyone, from its frozen snapshot. Drafts and unknown ids are a
 * 404 in the page's language. The bytes never change within a build: a day's public caching and
 * an entity tag that answers a revalidation with 304 without rendering.
 */
export async function publicReportDownload(
	event: RequestEvent<{ ags: string; id: string }>,
	format: ReportFormat
): Promise<Response> {
	const { params, locals, request } = event;
	const t = translator(locals.locale);
	const id = rowIdFrom(params.id);
	const found =
		id === null ? null : await publishedReportFile(database(), params.ags, id, format, version);
	if (!found) error(404, t('error.noReport'));
	const headers = {
		'content-type': TYPES[format],
		'content-disposition': `attachment; filename="${reportFileName(found.report, format)}"`,
		'cache-control': 'public, max-age=86400',
		etag: found.tag,
		'x-content-type-options': 'nosniff'
	};
	const asked = request.headers.get('if-none-match');
	if (asked && asked.split(',').some((tag) => tag.trim() === found.tag)) {
		return new Response(null, { status: 304, headers });
	}
	let body: Uint8Array<ArrayBuffer>;
	try {
		body = await publishedReportBytes(found.report, format, found.tag);
	} catch (problem) {
		if (problem instanceof ReportRenderError) error(503, problem.message);
		throw problem;
	}
	return new Response(body, { headers });
}
