import { error, fail } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { newToken } from '$lib/server/registration/tokens';
import {
	NoteSaveSchema,
	hostTableByToken,
	noteFromForm,
	notesOfTable,
	saveNote,
	WorldCafeError
} from '$lib/server/worldcafe';
import type { Actions, PageServerLoad } from './$types';

async function host(token: string) {
	try {
		return await hostTableByToken(database(), token);
	} catch (e) {
		if (e instanceof WorldCafeError) error(404, e.message);
		throw e;
	}
}

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	setHeaders({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
	const table = await host(params.token);
	const notes = await notesOfTable(database(), table);
	const asked = Number(url.searchParams.get('runde') ?? '1') - 1;
	const round = Number.isInteger(asked) && asked >= 0 && asked < table.rounds ? asked : 0;
	// A key for the empty idea row, so a plain form can add an idea without JavaScript.
	return { table, note: notes[round], round, blankKey: newToken().slice(0, 16) };
};

export const actions: Actions = {
	save: async ({ params, request }) => {
		const table = await host(params.token);
		const parsed = NoteSaveSchema.safeParse(noteFromForm(await request.formData()));
		if (!parsed.success) {
			return fail(400, { message: parsed.error.issues[0]?.message ?? 'Ungültige Eingabe.' });
		}
		const outcome = await saveNote(database(), table, parsed.data, new Date());
		if (!outcome.ok) {
			return fail(409, {
				message: new WorldCafeError('notiz_veraltet').message,
				conflict: outcome.conflict,
				yours: outcome.yours
			});
		}
		return { saved: outcome.note };
	}
};
