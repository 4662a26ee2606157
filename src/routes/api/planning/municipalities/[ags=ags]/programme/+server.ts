import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { programmeApiBody, publicProgramme } from '$lib/server/planning';
import type { RequestHandler } from './$types';

/** The public part of the Handlungsprogramme of a municipality (its own and its Kreis's). */
export const GET: RequestHandler = async ({ params }) => {
	const data = await publicProgramme(database(), params.ags);
	if (!data) return json({ message: `Unknown municipality ${params.ags}` }, { status: 404 });
	return json(programmeApiBody(data));
};
