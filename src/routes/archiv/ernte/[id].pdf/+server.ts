import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { rowIdFrom } from '$lib/server/fields';
import { cafeMessage, publishedHarvestPdf } from '$lib/server/worldcafe';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) => {
	const id = rowIdFrom(params.id);
	const pdf = id === null ? null : await publishedHarvestPdf(database(), id);
	if (!pdf) error(404, cafeMessage(locals.locale, 'ernte_unveroeffentlicht'));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `inline; filename="world-cafe-ernte-${id}.pdf"`,
			'Cache-Control': 'no-cache'
		}
	});
};
