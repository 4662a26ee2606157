import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { startServer } from '$lib/server/startup';
import { resolveLocale, securityHeaders } from '$lib/server/http';
import { authenticate } from '$lib/server/auth';
import { logError, redactPath } from '$lib/server/log';

export const init: ServerInit = async () => {
	await startServer();
};

export const handle: Handle = sequence(resolveLocale, authenticate, securityHeaders);

export const handleError: HandleServerError = ({ error, status, event }) => {
	if (status !== 404) logError(`${event.request.method} ${redactPath(event.url.pathname)}`, error);
	return { message: status === 404 ? 'Nicht gefunden' : 'Interner Fehler' };
};
