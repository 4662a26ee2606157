import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { translator } from '$lib/i18n';
import { atlasQuery, atlasView, municipalityAtlas } from '$lib/server/monitoring';
import { publishedReports, publishedReportUrls } from '$lib/server/planning/report';
import { atlasAccess } from './access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	const db = database();
	const access = atlasAccess(locals, url, params.ags, setHeaders);
	const [atlas, reports] = await Promise.all([
		municipalityAtlas(db, params.ags, access, atlasView(url.searchParams), locals.locale),
		publishedReports(db, params.ags)
	]);
	if (!atlas) error(404, 'error.noAtlas');
	return {
		atlas,
		draft: access.kind === 'draft',
		mssNote: translator(locals.locale)('atlas.note.mss'),
		reports: reports.map((r) => ({
			id: r.id,
			title: r.title,
			year: r.year,
			language: r.language,
			publishedAt: r.publishedAt.toISOString(),
			isDemo: r.isDemo,
			kreis: r.kreisAgs ? r.scopeName : null,
			...publishedReportUrls(r)
		})),
		query: atlasQuery({
			indicator: atlas.indicator.key,
			year: atlas.year,
			method: atlas.method,
			palette: atlas.palette,
			since: atlas.change
				? atlas.change.from === atlas.year
					? atlas.change.to
					: atlas.change.from
				: null
		})
	};
};
