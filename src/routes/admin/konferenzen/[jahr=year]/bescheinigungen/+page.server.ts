import { requireRole } from '$lib/server/auth';
import { editionOr404 } from '$lib/server/backoffice';
import { certificateOverview, mailCertificateLinks } from '$lib/server/certificates';
import { database } from '$lib/server/db';
import { appConfig, pokeMailWorker } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return { edition, overview: await certificateOverview(database(), edition.id, new Date()) };
};

export const actions: Actions = {
	mail: async (event) => {
		const user = requireRole(event, 'organiser');
		const edition = await editionOr404(event.params.jahr);
		const mailed = await mailCertificateLinks(
			database(),
			edition.id,
			appConfig().origin,
			user.id,
			new Date()
		);
		pokeMailWorker();
		return { mailed };
	}
};
