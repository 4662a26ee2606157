import { error } from '@sveltejs/kit';
import { publicReads } from './public';
import type { EditionDetail } from '$lib/types/conference';

/** The edition of a `/konferenz/[jahr]` route, or a 404 that says which year is unknown. */
export async function requireEdition(yearParam: string): Promise<EditionDetail> {
	const edition = await publicReads.getEdition(Number(yearParam));
	if (!edition) error(404, `Keine Sozialkonferenz Ruhr im Jahr ${yearParam}`);
	return edition;
}
