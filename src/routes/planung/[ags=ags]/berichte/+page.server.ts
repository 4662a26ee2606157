import { redirect } from '@sveltejs/kit';
import { mayPlanFor } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { formObject, planningFailure } from '$lib/server/planning';
import {
	createReport,
	reportsOf,
	type ReportScope,
	type ReportSummary
} from '$lib/server/planning/report';
import { plannerOf } from '../planner';
import type { Actions, PageServerLoad } from './$types';

const listed = (reports: ReportSummary[]) =>
	reports.map((r) => ({
		id: r.id,
		title: r.title,
		year: r.year,
		status: r.status,
		language: r.language,
		publishedAt: r.publishedAt?.toISOString() ?? null
	}));

export const load: PageServerLoad = async (event) => {
	const { user, ags, municipality } = plannerOf(event);
	const db = database();
	// The Kreis's reports, as its plans on the programme page: only for who may plan for the Kreis.
	const kreis =
		!municipality.kreisfrei && mayPlanFor(user, { kind: 'kreis', kreisAgs: municipality.kreisAgs })
			? { kreisAgs: municipality.kreisAgs, name: municipality.kreis }
			: null;
	const [reports, kreisReports] = await Promise.all([
		reportsOf(db, ags),
		kreis ? reportsOf(db, { kind: 'kreis', kreisAgs: kreis.kreisAgs }) : Promise.resolve([])
	]);
	return {
		municipality,
		kreis,
		reports: listed(reports),
		kreisReports: listed(kreisReports)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { user, ags, municipality } = plannerOf(event);
		const values = formObject(await event.request.formData());
		const scope: ReportScope =
			values.scope === 'kreis'
				? { kind: 'kreis', kreisAgs: municipality.kreisAgs }
				: { kind: 'gemeinde', ags };
		let id = 0;
		try {
			id = (
				await createReport(
					database(),
					user,
					scope,
					{
						title: String(values.title ?? ''),
						year: String(values.year ?? ''),
						language: (values.language === 'en' ? 'en' : (values.language ?? 'de')) as 'de'
					},
					new Date()
				)
			).id;
		} catch (error) {
			return planningFailure(error, event.locals.locale, 'create', values);
		}
		redirect(303, `/planung/${ags}/berichte/${id}?angelegt=1`);
	}
};
