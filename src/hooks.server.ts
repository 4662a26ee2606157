import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { startServer } from '$lib/server/startup';
import { resolveLocale, securityHeaders } from '$lib/server/http';
import { authenticate } from '$lib/server/auth';
import { refuseMalformed } from '$lib/server/malformed';
import { logError, redactPath } from '$lib/server/log';

export const init: ServerInit = async () => {
	await startServer();
};

// securityHeaders before refuseMalformed, so that its early answers carry the headers too.
export const handle: Handle = sequence(
	resolveLocale,
	securityHeaders,
	refuseMalformed,
	authenticate
);

export const handleError: HandleServerError = ({ error, status, event }) => {
	if (status !== 404) logError(`${event.request.method} ${redactPath(event.url.pathname)}`, error);
	return { message: status === 404 ? 'Nicht gefunden' : 'Interner Fehler' };
};
