import { error } from '@sveltejs/kit';
import type { Database } from '$lib/server/db';
import { PlanningError } from '$lib/server/planning';
import { reportFor, type Report } from '$lib/server/planning/report';
import type { PlanningActor } from '$lib/server/planning';

/** The report of the page's URL, or a 404 (a report of another municipality is unknown here). */
export async function reportOfPage(
	db: Database,
	user: PlanningActor,
	ags: string,
	id: string
): Promise<Report> {
	const reportId = Number(id);
	if (!Number.isInteger(reportId) || reportId <= 0) error(404, 'Unbekannter Bericht');
	try {
		return await reportFor(db, user, ags, reportId);
	} catch (e) {
		if (e instanceof PlanningError) {
			error(e.code === 'keine_berechtigung' ? 403 : 404, e.message);
		}
		throw e;
	}
}
