import { fail } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { database } from '$lib/server/db';
import { newToken } from '$lib/server/registration/tokens';
import {
	NoteSaveSchema,
	guestsAtTable,
	hostTableByToken,
	noteFromForm,
	notesOfTable,
	notFound,
	saveNote,
	type WorldCafeErrorCode
} from '$lib/server/worldcafe';
import type { Actions, PageServerLoad } from './$types';

async function host(token: string, locale: Locale) {
	try {
		return await hostTableByToken(database(), token);
	} catch (e) {
		notFound(e, locale);
	}
}

export const load: PageServerLoad = async ({ params, url, setHeaders, locals }) => {
	setHeaders({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
	const table = await host(params.token, locals.locale);
	const notes = await notesOfTable(database(), table);
	const asked = Number(url.searchParams.get('runde') ?? '1') - 1;
	const round = Number.isInteger(asked) && asked >= 0 && asked < table.rounds ? asked : 0;
	// A key for the empty idea row, so a plain form can add an idea without JavaScript.
	const guests = await guestsAtTable(database(), table.tableId, round);
	return { table, note: notes[round], round, guests, blankKey: newToken().slice(0, 16) };
};

export const actions: Actions = {
	save: async ({ params, request, locals }) => {
		const table = await host(params.token, locals.locale);
		const parsed = NoteSaveSchema.safeParse(noteFromForm(await request.formData()));
		if (!parsed.success) {
			const code: WorldCafeErrorCode = 'eingabe_ungueltig';
			return fail(400, { code: parsed.error.issues[0]?.message ?? code });
		}
		const outcome = await saveNote(database(), table, parsed.data, new Date());
		if (!outcome.ok) {
			return fail(409, {
				code: 'notiz_veraltet' satisfies WorldCafeErrorCode,
				conflict: outcome.conflict,
				yours: outcome.yours
			});
		}
		return { saved: outcome.note };
	}
};
