import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { cafeMessage, publishedHarvestPdf } from '$lib/server/worldcafe';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) => {
	const id = Number(params.id);
	const pdf = Number.isInteger(id) ? await publishedHarvestPdf(database(), id) : null;
	if (!pdf) error(404, cafeMessage(locals.locale, 'ernte_unveroeffentlicht'));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `inline; filename="world-cafe-ernte-${id}.pdf"`,
			'Cache-Control': 'no-cache'
		}
	});
};
