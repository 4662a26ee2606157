import { error, json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { NoteSaveSchema, hostTableByToken, saveNote, WorldCafeError } from '$lib/server/worldcafe';
import type { RequestHandler } from './$types';

/** The autosave of the host page: the whole note of one round as JSON; 409 with both versions. */
export const POST: RequestHandler = async ({ params, request }) => {
	const db = database();
	let table;
	try {
		table = await hostTableByToken(db, params.token);
	} catch (e) {
		if (e instanceof WorldCafeError) error(404, e.message);
		throw e;
	}
	const parsed = NoteSaveSchema.safeParse(await request.json().catch(() => null));
	if (!parsed.success) {
		return json(
			{ message: parsed.error.issues[0]?.message ?? 'Ungültige Eingabe.' },
			{ status: 400 }
		);
	}
	try {
		const outcome = await saveNote(db, table, parsed.data, new Date());
		if (outcome.ok) return json({ note: outcome.note });
		return json(
			{ message: new WorldCafeError('notiz_veraltet').message, conflict: outcome.conflict },
			{ status: 409 }
		);
	} catch (e) {
		if (e instanceof WorldCafeError) return json({ message: e.message }, { status: 400 });
		throw e;
	}
};
