import { requireMunicipality, requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { valueTemplate } from '$lib/server/monitoring/template';
import type { RequestHandler } from './$types';

/** The value import template of the planner's municipality: its areas × the chosen indicators. */
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	const keys = event.url.searchParams
		.getAll('indikator')
		.filter((k) => /^[a-z0-9_]{1,64}$/.test(k));
	const asked = Number(event.url.searchParams.get('jahr'));
	const year =
		Number.isInteger(asked) && asked >= 1950 && asked <= 2100 ? asked : new Date().getFullYear();
	const template = await valueTemplate(database(), { ags, keys, year });
	return new Response(template.csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="vorlage-${ags}-${year}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
