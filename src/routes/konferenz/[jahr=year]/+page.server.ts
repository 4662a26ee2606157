import { requireEdition } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { acceptedPosters, callOfEdition, isOpen } from '$lib/server/posters';
import { registrationWindow } from '$lib/server/registration';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const edition = await requireEdition(params.jahr);
	const now = new Date();
	const db = database();
	const call = await callOfEdition(db, edition.id);
	return {
		edition,
		registration: registrationWindow(edition, now),
		posterCall: call ? { open: isOpen(call, now), session: call.sessionTitle } : null,
		posters: call ? await acceptedPosters(db, edition.id, now) : []
	};
};
