import { error } from '@sveltejs/kit';
import { database } from '../db';
import { editionByYear, type BackofficeEdition } from './participants';
import { rowIdFrom } from '../fields';

/** The edition named by the route's year, or a 404 page. */
export async function editionOr404(year: string): Promise<BackofficeEdition> {
	const edition = await editionByYear(database(), Number(year));
	if (!edition) error(404, 'error.noEdition');
	return edition;
}

export function registrationIdOr404(param: string): number {
	const id = rowIdFrom(param);
	if (id === null) error(404, 'error.noRegistration');
	return id;
}

/** A file download: never cached, always saved under the given name. */
export function download(body: Uint8Array, type: string, filename: string): Response {
	return new Response(body as BodyInit, {
		headers: {
			'Content-Type': type,
			'Content-Disposition': `attachment; filename="${filename}"`,
			'Cache-Control': 'private, no-store'
		}
	});
}
