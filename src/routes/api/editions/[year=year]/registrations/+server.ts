import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { REGISTRATION_ACCEPTED, submitRegistration } from '$lib/server/registration';
import { appConfig } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, params, getClientAddress, locals }) => {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return json(
			{ errors: [{ field: 'body', message: 'Der Inhalt ist kein gültiges JSON.' }] },
			{ status: 400 }
		);
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return json(
			{
				errors: [
					{ field: 'body', message: 'Erwartet wird ein JSON-Objekt mit den Feldern der Anmeldung.' }
				]
			},
			{ status: 422 }
		);
	}
	const config = appConfig();
	const outcome = await submitRegistration(
		database(),
		Number(params.year),
		body as Record<string, unknown>,
		{
			ip: getClientAddress(),
			now: new Date(),
			origin: config.origin,
			ratePerMinute: config.registrationRateLimit,
			source: 'api',
			language: locals.locale
		}
	);
	switch (outcome.kind) {
		case 'accepted':
			// One answer for a new registration, a repeated one and a bot (see submitRegistration).
			return json({ status: 'mail_sent', message: REGISTRATION_ACCEPTED }, { status: 202 });
		default:
			return json({ errors: outcome.errors }, { status: outcome.status });
	}
};
