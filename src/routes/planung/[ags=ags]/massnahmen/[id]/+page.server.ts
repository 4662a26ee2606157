import {
	deleteMeasureAction,
	loadMeasureForm,
	organisationAction,
	saveMeasureAction
} from '../measure-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = loadMeasureForm;

export const actions: Actions = {
	save: saveMeasureAction,
	delete: deleteMeasureAction,
	organisation: organisationAction
};
