import {
	deleteMeasureAction,
	loadMeasureForm,
	organisationAction,
	saveMeasureAction
} from '../measure-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = loadMeasureForm;

export const actions: Actions = {
	save: async (event) => saveMeasureAction(event),
	delete: async (event) => deleteMeasureAction(event),
	organisation: async (event) => organisationAction(event)
};
