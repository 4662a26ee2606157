import { requireEdition } from '$lib/server/conference';
import { registrationWindow } from '$lib/server/registration';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const edition = await requireEdition(params.jahr);
	return { edition, registration: registrationWindow(edition, new Date()) };
};
