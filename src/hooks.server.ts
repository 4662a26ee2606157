import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { startServer } from '$lib/server/startup';
import { resolveLocale, securityHeaders } from '$lib/server/http';
import { authenticate } from '$lib/server/auth';

export const init: ServerInit = async () => {
	await startServer();
};

export const handle: Handle = sequence(resolveLocale, authenticate, securityHeaders);

export const handleError: HandleServerError = ({ error, status, event }) => {
	if (status !== 404)
		console.error(`[sozialkonferenz] ${event.request.method} ${event.url.pathname}`, error);
	return { message: status === 404 ? 'Nicht gefunden' : 'Interner Fehler' };
};
