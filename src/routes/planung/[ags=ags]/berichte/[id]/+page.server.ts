import { fail, redirect } from '@sveltejs/kit';
import { mayPlanFor } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { formObject, planningFailure } from '$lib/server/planning';
import {
	publishReport,
	reportDocument,
	reportFormInput,
	reportIndicatorChoices,
	reportPlanChoices,
	scopeName,
	scopeOf,
	updateReport
} from '$lib/server/planning/report';
import { translator } from '$lib/i18n';
import { plannerOf } from '../../planner';
import { reportOfPage } from './report';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, ags, municipality } = plannerOf(event);
	const db = database();
	const report = await reportOfPage(db, user, ags, event.params.id);
	const scope = scopeOf(report);
	const [document, plans, indicators] = await Promise.all([
		reportDocument(db, report, new Date()),
		reportPlanChoices(db, scope, 'internal'),
		reportIndicatorChoices(db, scope)
	]);
	return {
		municipality,
		scopeName: scopeName(scope) ?? municipality.name,
		report: {
			id: report.id,
			title: report.title,
			year: report.year,
			language: report.language,
			chapters: report.chapters,
			indicators: report.indicators,
			texts: report.texts,
			planId: report.planId,
			status: report.status,
			publishedAt: report.publishedAt?.toISOString() ?? null
		},
		plans: plans
			.filter((p) => mayPlanFor(user, p.scope))
			.map((p) => ({ id: p.id, title: p.title })),
		indicators,
		document
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { user, ags } = plannerOf(event);
		const data = await event.request.formData();
		const report = await reportOfPage(database(), user, ags, event.params.id);
		try {
			await updateReport(database(), user, report.id, reportFormInput(data), new Date());
		} catch (error) {
			return planningFailure(
				error,
				event.locals.locale,
				'save',
				formObject(data, ['chapters', 'indicators'])
			);
		}
		return { form: 'save', done: true };
	},
	publish: async (event) => {
		const { user, ags } = plannerOf(event);
		const data = await event.request.formData();
		const report = await reportOfPage(database(), user, ags, event.params.id);
		if (data.get('confirm') !== 'on') {
			return fail(422, {
				form: 'publish',
				field: 'confirm',
				message: translator(event.locals.locale)('report.publishConfirm'),
				values: {}
			});
		}
		try {
			await publishReport(database(), user, report.id, new Date());
		} catch (error) {
			return planningFailure(error, event.locals.locale, 'publish');
		}
		redirect(303, `/planung/${ags}/berichte/${report.id}?veroeffentlicht=1`);
	}
};
