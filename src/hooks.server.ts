import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { startServer } from '$lib/server/startup';
import { resolveLocale, securityHeaders } from '$lib/server/http';
import { authenticate } from '$lib/server/auth';
import { refuseMalformed, tooLargeMessage } from '$lib/server/malformed';
import { logError, redactPath } from '$lib/server/log';
import { publicPages } from '$lib/server/conference';

export const init: ServerInit = async () => {
	await startServer();
};

// The production server (scripts/server.js) answers kept public pages before SvelteKit through
// this entry (decision 0041); `publicPages` stays the one cache both paths read and empty.
(globalThis as Record<symbol, unknown>)[Symbol.for('sozialkonferenz.keptPages')] = publicPages;

// securityHeaders before refuseMalformed, so that its early answers carry the headers too. The
// page cache before authenticate: a cached public page costs no session lookup (a request with
// a session cookie is never answered from it).
export const handle: Handle = sequence(
	resolveLocale,
	securityHeaders,
	refuseMalformed,
	publicPages.handle,
	authenticate
);

export const handleError: HandleServerError = ({ error, status, event }) => {
	if (status === 404) return { message: 'Nicht gefunden' };
	// A body that grew past BODY_SIZE_LIMIT while a JSON route read it: the client's error.
	if (status === 413) return { message: tooLargeMessage(event.locals.locale ?? 'de') };
	logError(`${event.request.method} ${redactPath(event.url.pathname)}`, error);
	return { message: 'Interner Fehler' };
};
