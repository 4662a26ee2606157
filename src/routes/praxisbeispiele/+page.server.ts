import { z } from 'zod';
import { database } from '$lib/server/db';
import { hasForbiddenCharacters } from '$lib/server/fields';
import { practiceOverview } from '$lib/server/planning';
import { planningFields } from '$lib/types/planning';
import type { PageServerLoad } from './$types';

/** A search word; one with control characters (a NUL byte) is no search, like a bad link. */
const text = z
	.string()
	.trim()
	.max(200)
	.refine((v) => !hasForbiddenCharacters(v))
	.optional()
	.catch(undefined);
const page = z.coerce.number().int().min(1).max(10_000).optional().catch(undefined);

/** Every parameter is optional; a bad one is ignored rather than refused (links get old). */
const Query = z.object({
	feld: z.enum(planningFields).optional().catch(undefined),
	zielgruppe: text,
	q: text,
	seite: page,
	gemeinde: z
		.string()
		.regex(/^\d{8}$/)
		.optional()
		.catch(undefined),
	gebiet: z
		.string()
		.trim()
		.min(1)
		.max(60)
		.refine((v) => !hasForbiddenCharacters(v))
		.optional()
		.catch(undefined),
	lseite: page
});

export const load: PageServerLoad = async ({ url }) => {
	const q = Query.parse(
		Object.fromEntries([...url.searchParams].filter(([, value]) => value.trim() !== ''))
	);
	const overview = await practiceOverview(database(), {
		field: q.feld,
		targetGroup: q.zielgruppe,
		q: q.q,
		page: q.seite,
		likeAgs: q.gemeinde,
		likeCode: q.gebiet,
		likePage: q.lseite
	});
	return {
		overview,
		query: {
			feld: q.feld ?? '',
			zielgruppe: q.zielgruppe ?? '',
			q: q.q ?? '',
			gemeinde: q.gemeinde ?? '',
			gebiet: q.gebiet ?? ''
		}
	};
};
