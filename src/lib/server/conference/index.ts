export { listEditions, currentEdition, getEdition } from './store';
export type {
	Edition,
	EditionDetail,
	Partner,
	Speaker,
	ProgrammeSession
} from '$lib/types/conference';
export {
	programmeCalendar,
	sessionCalendar,
	editionCalendar,
	venueLine,
	isTimed
} from './calendar';
export { renderCalendar } from './ics';
export { berlinDate, berlinInstant, shortTime, CONFERENCE_TIME_ZONE } from './time';
export { requireEdition } from './load';
export { calendarResponse } from './ics-response';
export { publicReads, invalidatePublicReads } from './public';
export {
	EditingError,
	EditionForm,
	NewEditionForm,
	SessionForm,
	WorkshopForm,
	createEdition,
	updateEdition,
	addSession,
	moveSession,
	deleteSession,
	addWorkshop,
	programmeForEditing,
	editionFormValues
} from './editing';
