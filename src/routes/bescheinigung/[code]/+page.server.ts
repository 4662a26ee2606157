import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { verifyCertificate } from '$lib/server/certificates';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders, locals }) => {
	setHeaders({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
	const certificate = await verifyCertificate(database(), params.code);
	if (!certificate) error(404, translator(locals.locale)('cert.check.unknown'));
	return { certificate };
};
