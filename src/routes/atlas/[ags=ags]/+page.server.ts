import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { translator } from '$lib/i18n';
import { atlasQuery, atlasView, municipalityAtlas, PUBLIC } from '$lib/server/monitoring';
import { publishedReports, publishedReportUrls } from '$lib/server/planning/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const db = database();
	const [atlas, reports] = await Promise.all([
		municipalityAtlas(db, params.ags, PUBLIC, atlasView(url.searchParams), locals.locale),
		publishedReports(db, params.ags)
	]);
	if (!atlas) error(404, 'error.noAtlas');
	return {
		atlas,
		mssNote: translator(locals.locale)('atlas.note.mss'),
		reports: reports.map((r) => ({
			id: r.id,
			title: r.title,
			year: r.year,
			language: r.language,
			publishedAt: r.publishedAt.toISOString(),
			isDemo: r.isDemo,
			...publishedReportUrls(r)
		})),
		query: atlasQuery({
			indicator: atlas.indicator.key,
			year: atlas.year,
			method: atlas.method,
			palette: atlas.palette
		})
	};
};
