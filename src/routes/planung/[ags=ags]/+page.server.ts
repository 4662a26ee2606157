import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireMunicipality, requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import {
	isMonitoringErrorCode,
	monitoringMessageKey,
	plannerOverview,
	type MonitoringErrorCode,
	publishDataset,
	undoImport,
	unpublishDataset,
	updateDatasetSettings
} from '$lib/server/monitoring';
import { monitoringFailure } from '$lib/server/monitoring/respond';
import { MIN_PUBLIC_THRESHOLD } from '$lib/server/monitoring/disclosure';
import type { Actions, PageServerLoad } from './$types';
import { integer, requiredText, rowId } from '$lib/server/fields';
import { translator } from '$lib/i18n';

const setting: MonitoringErrorCode = 'ungueltige_einstellung';
const threshold: MonitoringErrorCode = 'ungueltige_schwelle';
const areaTerm = requiredText({ max: 60, required: setting, tooLong: setting }).refine(
	(v) => v.length >= 2,
	setting
);

const SettingsForm = z.object({
	areaTerm: areaTerm,
	areaTermPlural: areaTerm,
	disclosureThreshold: integer({
		min: MIN_PUBLIC_THRESHOLD,
		max: 1000,
		invalid: threshold,
		tooSmall: threshold,
		tooLarge: threshold
	})
});

const UndoForm = z.object({ importId: rowId() });

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	return { overview: await plannerOverview(database(), ags) };
};

function who(user: { id: number; name: string }) {
	return { now: new Date(), actor: user.name, actorUserId: user.id };
}

export const actions: Actions = {
	publish: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		try {
			await publishDataset(database(), { ags, ...who(user) });
			return { action: 'publish', done: true };
		} catch (error) {
			return monitoringFailure(error, 'publish');
		}
	},
	unpublish: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		try {
			await unpublishDataset(database(), { ags, ...who(user) });
			return { action: 'unpublish', done: true };
		} catch (error) {
			return monitoringFailure(error, 'unpublish');
		}
	},
	settings: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const t = translator(event.locals.locale);
		const parsed = parseForm(SettingsForm, await event.request.formData(), t);
		if (!parsed.ok) {
			const errors = Object.fromEntries(
				Object.entries(parsed.problem.errors).map(([field, code]) => [
					field,
					isMonitoringErrorCode(code) ? monitoringMessageKey(code) : code
				])
			);
			return fail(400, { action: 'settings', errors, values: parsed.problem.values });
		}
		try {
			await updateDatasetSettings(database(), { ags, change: parsed.data, ...who(user) });
			return { action: 'settings', done: true };
		} catch (error) {
			return monitoringFailure(error, 'settings');
		}
	},
	undo: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const parsed = parseForm(UndoForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'undo', message: 'plan.err.noImport' });
		try {
			const undone = await undoImport(database(), {
				ags,
				importId: parsed.data.importId,
				...who(user)
			});
			return { action: 'undo', done: true, fileName: undone.fileName };
		} catch (error) {
			return monitoringFailure(error, 'undo');
		}
	}
};
