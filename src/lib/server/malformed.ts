import { error, type Handle } from '@sveltejs/kit';
import { formatBytes, translator, type Locale, type MessageKey } from '$lib/i18n';

/**
 * Requests the server cannot read at all are answered before any route runs: a body larger than
 * `BODY_SIZE_LIMIT` with 413, a body in a format the route does not take with 415, a small
 * multipart body that cannot be parsed with 400. All are the
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

export type Malformed = { status: 400 | 413 | 415; key: MessageKey; json: boolean };

/** Small multipart bodies are parsed once up front; a broken one is the client's error. */
const CHECKED_MULTIPART_BYTES = 1024 * 1024;

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

/** A multipart body that cannot be parsed (a broken boundary) would throw inside the action. */
async function brokenMultipart(request: Request, routeId: string): Promise<Malformed | null> {
	const type = request.headers.get('content-type') ?? '';
	const length = Number(request.headers.get('content-length') ?? 'NaN');
	if (!type.toLowerCase().startsWith('multipart/form-data')) return null;
	if (!(length > 0 && length <= CHECKED_MULTIPART_BYTES)) return null;
	try {
		await request.clone().formData();
		return null;
	} catch {
		const json = JSON_ROUTES.some((pattern) => pattern.test(routeId));
		return { status: 400, key: 'request.err.unreadable', json };
	}
}

/** Everything wrong with a request's body that the route would otherwise fail on, or null. */
export async function requestProblem(
	request: Request,
	routeId: string | null,
	limit: number
): Promise<Malformed | null> {
	if (!WITH_BODY.has(request.method) || routeId === null) return null;
	return (
		malformedBody(request.method, routeId, request.headers, limit) ??
		(await brokenMultipart(request, routeId))
	);
}

/** The 413 message in the reader's language, with the server's limit. */
export function tooLargeMessage(locale: Locale, limit = bodySizeLimit()): string {
	return translator(locale)('request.err.tooLarge', { limit: formatBytes(limit, locale) });
}

/** Whether a failure reading the body is adapter-node's "body larger than BODY_SIZE_LIMIT". */
function isTooLarge(failure: unknown): boolean {
	return (
		typeof failure === 'object' &&
		failure !== null &&
		'status' in failure &&
		(failure as { status: unknown }).status === 413
	);
}

/**
 * Bodies the early checks cannot judge — a multipart upload above 1 MB, a body sent without
 * `Content-Length` — are read by the action. When that reading fails, the action's
 * `request.formData()` throws an expected error instead (400 for a body that is not a form,
 * 413 past the limit): the client gets the status and a readable message, the log no stack trace.
 */
export function answerUnreadableForms(request: Request, locale: Locale, limit: number): void {
	const read = request.formData.bind(request);
	const t = translator(locale);
	Object.defineProperty(request, 'formData', {
		configurable: true,
		value: async (): Promise<FormData> => {
			try {
				return await read();
			} catch (failure) {
				if (isTooLarge(failure)) error(413, tooLargeMessage(locale, limit));
				error(400, t('request.err.unreadable'));
			}
		}
	});
}

export const refuseMalformed: Handle = async ({ event, resolve }) => {
	const limit = bodySizeLimit();
	const problem = await requestProblem(event.request, event.route.id, limit);
	if (problem) return malformedResponse(problem, event.locals.locale, limit);
	if (WITH_BODY.has(event.request.method))
		answerUnreadableForms(event.request, event.locals.locale, limit);
	return resolve(event);
};
