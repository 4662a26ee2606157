import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { registrationEdition } from '$lib/server/registration';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const edition = await registrationEdition(database(), Number(params.jahr));
	if (!edition) error(404, `Keine Sozialkonferenz Ruhr im Jahr ${params.jahr}`);
	return { year: edition.year, hours: edition.confirmationHours };
};
