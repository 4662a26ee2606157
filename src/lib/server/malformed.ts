import type { Handle, RequestEvent } from '@sveltejs/kit';
import { formatBytes, translator, type Locale, type MessageKey } from '$lib/i18n';

/**
 * Requests the server cannot read at all are answered before any route runs: a body larger than
 * `BODY_SIZE_LIMIT` with 413, a body in a format the route does not take with 415. Both are the
 * client's mistake, so they get a readable answer (an HTML page for forms, JSON for the API) and
 * no stack trace in the log; the framework would otherwise raise them inside the action as an
 * internal error.
 */

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const JSON_TYPES = ['application/json'];

/** Routes that read JSON bodies; every other route takes form posts (SvelteKit actions). */
const JSON_ROUTES = [/^\/api\//, /^\/tisch\/\[token\]\/notiz$/];

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** adapter-node's reading of `BODY_SIZE_LIMIT` ("512K", "64M", bytes, "Infinity"). */
export function bodySizeLimit(value = process.env.BODY_SIZE_LIMIT ?? '512K'): number {
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.at(-1)?.toUpperCase() ?? ''];
	const limit = unit ? Number(value.slice(0, -1)) * unit : Number(value);
	return Number.isNaN(limit) || limit <= 0 ? Infinity : limit;
}

export type Malformed = { status: 413 | 415; key: MessageKey; json: boolean };

/** What is wrong with a request's body before reading it, or null. */
export function malformedBody(
	method: string,
	routeId: string | null,
	headers: Headers,
	limit: number
): Malformed | null {
	if (!WITH_BODY.has(method) || routeId === null) return null;
	const json = JSON_ROUTES.some((pattern) => pattern.test(routeId));
	const length = Number(headers.get('content-length') ?? '0');
	if (Number.isFinite(length) && length > limit) {
		return { status: 413, key: 'request.err.tooLarge', json };
	}
	const type = (headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (type === '' && length === 0) return null;
	const accepted = json ? JSON_TYPES : FORM_TYPES;
	if (!accepted.includes(type)) return { status: 415, key: 'request.err.unsupportedType', json };
	return null;
}

function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
	);
}

export function malformedResponse(problem: Malformed, locale: Locale, limit: number): Response {
	const t = translator(locale);
	const message = t(problem.key, { limit: formatBytes(limit, locale) });
	if (problem.json) {
		return Response.json(
			{ errors: [{ field: 'body', message }] },
			{ status: problem.status, headers: { 'Cache-Control': 'no-store' } }
		);
	}
	const title = t('error.title', { status: problem.status });
	const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – ${escapeHtml(t('site.name'))}</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/">${escapeHtml(t('error.backHome'))}</a></p>
</main>
</body>
</html>
`;
	return new Response(html, {
		status: problem.status,
		headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }
	});
}

function refusal(event: RequestEvent): Response | null {
	const limit = bodySizeLimit();
	const problem = malformedBody(event.request.method, event.route.id, event.request.headers, limit);
	return problem ? malformedResponse(problem, event.locals.locale, limit) : null;
}

export const refuseMalformed: Handle = async ({ event, resolve }) =>
	refusal(event) ?? resolve(event);
