import { error, type RequestEvent } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { planningCsv, programmePage } from '$lib/server/planning';
import { chosenPlan, plannerOf } from '../planner';

/** CSV of a plan's measures or targets for the planner (guarded like the pages). */
export async function csvDownload(
	event: RequestEvent<{ ags: string }>,
	what: 'measures' | 'targets'
): Promise<Response> {
	const { user, ags } = plannerOf(event);
	const db = database();
	const { plan } = await chosenPlan(db, user, ags, event.url);
	const page = plan ? await programmePage(db, plan.id, 'internal') : null;
	if (!page) error(404, 'Kein Handlungsprogramm');
	const name = what === 'measures' ? 'massnahmen' : 'zielwerte';
	return new Response(planningCsv(page, what), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}-${ags}-${page.plan.id}.csv"`
		}
	});
}
