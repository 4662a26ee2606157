import { readFile } from 'node:fs/promises';
import { error } from '@sveltejs/kit';
import { documentFile } from '$lib/server/archive';
import { roleAllows } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { appConfig } from '$lib/server/runtime';
import type { RequestHandler } from './$types';
import { rowIdFrom } from '$lib/server/fields';

const notFound = 'Dieses Dokument gibt es nicht oder es ist nicht veröffentlicht.';

/** An uploaded document; organisers also see those of unpublished editions. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const id = rowIdFrom(params.id);
	if (id === null) error(404, notFound);
	const includeUnpublished = locals.user ? roleAllows(locals.user.role, ['organiser']) : false;
	const file = await documentFile(database(), id, params.name, {
		dir: appConfig().uploads.dir,
		includeUnpublished
	});
	if (!file) error(404, notFound);
	let body: Buffer;
	try {
		body = await readFile(file.path);
	} catch (e) {
		// A row whose file went missing (a database restored without its files) is a 404.
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') error(404, notFound);
		throw e;
	}
	return new Response(new Uint8Array(body), { headers: file.headers });
};
