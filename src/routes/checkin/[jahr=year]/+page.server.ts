import { z } from 'zod';
import { requireRole } from '$lib/server/auth';
import {
	checkIn,
	checkinCounts,
	codeFrom,
	editionOr404,
	searchForCheckin
} from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';
import { rowId, searchText } from '$lib/server/fields';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const { query, invalid } = searchText(event.url.searchParams.get('q'), 100);
	const [counts, found] = await Promise.all([
		checkinCounts(database(), edition.id),
		query ? searchForCheckin(database(), edition.id, query) : Promise.resolve([])
	]);
	return { edition, counts, q: query ?? '', found, invalidQuery: invalid };
};

const MarkForm = z.object({ nr: rowId() });

export const actions: Actions = {
	scan: async (event) => {
		const user = requireRole(event, 'organiser');
		const edition = await editionOr404(event.params.jahr);
		const code = codeFrom(String((await event.request.formData()).get('code') ?? ''));
		if (!code) return { outcome: { kind: 'unknown' as const } };
		return { outcome: await checkIn(database(), edition.id, { code }, user.id, new Date()) };
	},
	mark: async (event) => {
		const user = requireRole(event, 'organiser');
		const edition = await editionOr404(event.params.jahr);
		const parsed = MarkForm.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return { outcome: { kind: 'unknown' as const } };
		const by = { id: parsed.data.nr };
		return { outcome: await checkIn(database(), edition.id, by, user.id, new Date()) };
	}
};
