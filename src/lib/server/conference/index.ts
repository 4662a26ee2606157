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
export { programmeWorkshops, workshopsBySession } from './workshops';
export type { SlotWorkshop } from './workshops';
export { calendarResponse } from './ics-response';
export { publicReads, invalidatePublicReads } from './public';
export { publicPages, PageCache, CACHED_PAGES } from './page-cache';
export {
	EditingError,
	EditionForm,
	NewEditionForm,
	SessionForm,
	SessionEditForm,
	WorkshopForm,
	WorkshopEditForm,
	createEdition,
	updateEdition,
	addSession,
	moveSession,
	deleteSession,
	addWorkshop,
	updateSession,
	updateWorkshop,
	deleteWorkshop,
	moveWorkshop,
	programmeForEditing,
	editionFormValues
} from './editing';
export {
	SpeakerForm,
	SpeakerEditForm,
	PartnerForm,
	PartnerRef,
	addSpeaker,
	updateSpeaker,
	deleteSpeaker,
	moveSpeaker,
	addPartner,
	changePartnerRole,
	removePartner,
	movePartner,
	contributorsForEditing
} from './contributors';
export { QuestionForm, QuestionRef, addQuestion, deleteQuestion } from './questions';
export type { QuestionInput } from './questions';
export { CopyForm, copyEdition, copiedParts } from './copy';
export type { CopiedPart, CopyInput } from './copy';
