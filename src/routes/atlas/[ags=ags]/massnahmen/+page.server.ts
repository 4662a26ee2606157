import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { database } from '$lib/server/db';
import { atlasMeasures } from '$lib/server/planning';
import { postersOfMeasures } from '$lib/server/posters';
import { translator } from '$lib/i18n';
import { plural } from '$lib/components/practice/format';
import { measureStatuses, planningFields } from '$lib/types/planning';
import type { PageServerLoad } from './$types';

/** Unknown filter values are ignored (an old or hand-made link still shows the page). */
const Filter = z.object({
	feld: z.enum(planningFields).optional().catch(undefined),
	stand: z.enum(measureStatuses).optional().catch(undefined)
});

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const filter = Filter.parse({
		feld: url.searchParams.get('feld') || undefined,
		stand: url.searchParams.get('stand') || undefined
	});
	const t = translator(locals.locale);
	const page = await atlasMeasures(
		database(),
		params.ags,
		{ field: filter.feld, status: filter.stand },
		{
			title: t('practice.mapTitle'),
			withMeasures: (n) => plural(t, 'practice.withMeasures', n, locals.locale),
			withMeasuresLegend: t('practice.withMeasuresLegend'),
			without: t('practice.without')
		}
	);
	if (!page) error(404, t('programme.err.gemeinde_unbekannt'));
	return {
		page,
		filter: { field: filter.feld ?? '', status: filter.stand ?? '' },
		posters: await postersOfMeasures(
			database(),
			page.measures.map((m) => m.id)
		)
	};
};
