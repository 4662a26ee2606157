export {
	PAGE_SIZE,
	ParticipantQuery,
	parseParticipantQuery,
	listParticipants,
	allParticipants,
	participantDetail,
	editionByYear,
	editionWorkshops,
	listEditions
} from './participants';
export type { ParticipantFilter, ParticipantRow, BackofficeEdition } from './participants';
export { exportParticipants, contentTypes, municipalityName } from './exports';
export type { ExportFormat, ExportKind } from './exports';
export { toCsv, toXlsx, neutralise } from '../spreadsheet';
export { badgesPdf } from './badges';
export type { BadgeLayout } from './badges';
export { checkIn, codeFrom, searchForCheckin, checkinCounts } from './checkin';
export type { CheckinOutcome, CheckinPerson } from './checkin';
export { editionOr404, registrationIdOr404, download } from './route';
export { participantsDownload, badgesDownload } from './downloads';
export { organiserAction } from './actions';
export { editingAction } from './editing-action';
export { editionStats } from './stats';
export type { EditionStats, Count } from './stats';
export {
	MailingForm,
	audiences,
	mailingRecipients,
	personalise,
	sendMailing,
	reminderTemplate
} from './mailings';
export type { Audience, MailingInput } from './mailings';
export {
	REMINDER_DAYS_BEFORE,
	reminderDue,
	reminderDueAt,
	reminderStatus,
	scheduleReminderJob,
	sendDueReminders,
	setReminderEnabled
} from './reminders';
export type { ReminderStatus } from './reminders';
