import { redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { formObject, planningFailure } from '$lib/server/planning';
import { createReport, reportsOf } from '$lib/server/planning/report';
import { plannerOf } from '../planner';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ags, municipality } = plannerOf(event);
	const reports = await reportsOf(database(), ags);
	return {
		municipality,
		reports: reports.map((r) => ({
			id: r.id,
			title: r.title,
			year: r.year,
			status: r.status,
			language: r.language,
			publishedAt: r.publishedAt?.toISOString() ?? null
		}))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { user, ags } = plannerOf(event);
		const values = formObject(await event.request.formData());
		let id = 0;
		try {
			id = (
				await createReport(
					database(),
					user,
					ags,
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
