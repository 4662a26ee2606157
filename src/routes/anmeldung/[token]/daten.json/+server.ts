import { error, json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { RegistrationError, exportRegistration } from '$lib/server/registration';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	try {
		const data = await exportRegistration(database(), params.token);
		return json(data, {
			headers: {
				'Content-Disposition': 'attachment; filename="sozialkonferenz-anmeldung.json"',
				'Cache-Control': 'no-store'
			}
		});
	} catch (e) {
		if (e instanceof RegistrationError) error(404, e.message);
		throw e;
	}
};
