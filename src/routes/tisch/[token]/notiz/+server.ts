import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import {
	NoteSaveSchema,
	hostTableByToken,
	notFound,
	saveNote,
	WorldCafeError,
	type WorldCafeErrorCode
} from '$lib/server/worldcafe';
import type { RequestHandler } from './$types';

/**
 * The autosave of the host page: the whole note of one round as JSON; 409 with both versions.
 * Problems come back as a `code` of the domain's catalogue, which the page translates.
 */
export const POST: RequestHandler = async ({ params, request, locals }) => {
	const db = database();
	let table;
	try {
		table = await hostTableByToken(db, params.token);
	} catch (e) {
		notFound(e, locals.locale);
	}
	const parsed = NoteSaveSchema.safeParse(await request.json().catch(() => null));
	if (!parsed.success) {
		const code: WorldCafeErrorCode = 'eingabe_ungueltig';
		return json({ code: parsed.error.issues[0]?.message ?? code }, { status: 400 });
	}
	try {
		const outcome = await saveNote(db, table, parsed.data, new Date());
		if (outcome.ok) return json({ note: outcome.note });
		return json(
			{ code: 'notiz_veraltet' satisfies WorldCafeErrorCode, conflict: outcome.conflict },
			{ status: 409 }
		);
	} catch (e) {
		if (e instanceof WorldCafeError) return json({ code: e.code }, { status: 400 });
		throw e;
	}
};
