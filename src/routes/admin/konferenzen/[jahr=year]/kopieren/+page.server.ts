import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { editingAction, editionOr404 } from '$lib/server/backoffice';
import { CopyForm, copiedParts, copyEdition } from '$lib/server/conference';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return { edition, parts: copiedParts };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'organiser');
		const edition = await editionOr404(event.params.jahr);
		const result = await editingAction(event, 'copy', CopyForm, (data) =>
			copyEdition(database(), edition.year, data, { actorUserId: user.id, now: new Date() })
		);
		if ('done' in result)
			redirect(303, `/admin/konferenzen/${result.result.year}/bearbeiten?kopie=${edition.year}`);
		return result;
	}
};
