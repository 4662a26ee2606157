import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { deletionConceptMarkdown, editionPrivacy } from '$lib/server/privacy';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionPrivacy(database(), Number(event.params.jahr));
	if (!edition) error(404, 'error.noEdition');
	return new Response(deletionConceptMarkdown(edition, event.locals.locale), {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': `attachment; filename="loeschkonzept-${edition.year}.md"`
		}
	});
};
