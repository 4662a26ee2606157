import { requireEdition } from '$lib/server/conference';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	edition: await requireEdition(params.jahr)
});
