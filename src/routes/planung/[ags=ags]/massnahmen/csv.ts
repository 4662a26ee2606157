import { error, type RequestEvent } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { planningCsv, planningXlsx, programmePage } from '$lib/server/planning';
import { translator } from '$lib/i18n';
import { chosenPlan, plannerOf } from '../planner';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** CSV or XLSX of a plan's measures or targets for the planner (guarded like the pages). */
export async function planningDownload(
	event: RequestEvent<{ ags: string }>,
	what: 'measures' | 'targets',
	format: 'csv' | 'xlsx' = 'csv'
): Promise<Response> {
	const { user, ags } = plannerOf(event);
	const db = database();
	const { plan } = await chosenPlan(db, user, ags, event.url);
	const page = plan ? await programmePage(db, plan.id, 'internal') : null;
	if (!page) error(404, translator(event.locals.locale)('programme.err.plan_unbekannt'));
	const name = `${what === 'measures' ? 'massnahmen' : 'zielwerte'}-${ags}-${page.plan.id}.${format}`;
	const body = format === 'csv' ? planningCsv(page, what) : planningXlsx(page, what);
	return new Response(body as BodyInit, {
		headers: {
			'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX,
			'content-disposition': `attachment; filename="${name}"`
		}
	});
}
