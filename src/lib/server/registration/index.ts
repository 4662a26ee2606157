export {
	register,
	confirmRegistration,
	changeDetails,
	cancelRegistration,
	deleteRegistration,
	leaveWaitlist,
	expireUnconfirmed,
	anonymisePastEditions,
	changeCapacity,
	seatCounts,
	registrationEdition,
	registrationView,
	exportRegistration,
	workshopLoads
} from './store';
export type {
	Registration,
	RegisterResult,
	RegistrationEdition,
	RegistrationView,
	SeatCounts
} from './store';
export {
	AnswersError,
	RegistrationError,
	registrationMessages,
	httpStatusOf,
	errorKey
} from './errors';
export {
	RegistrationSchema,
	DetailsSchema,
	fieldErrors,
	fieldError,
	formToObject,
	LIMITS,
	OUTSIDE_RUHR
} from './input';
export type { RegistrationInput, DetailsInput, FieldError } from './input';
export { registrationWindow } from './rules';
export { RateLimiter } from './ratelimit';
export { REGISTRATION_ACCEPTED, submitRegistration } from './submit';
export type { SubmitOutcome } from './submit';
export { registrationPage } from './page';
export type { RegistrationPage } from './page';
export { manageRegistration } from './manage';
export type { ManageAction } from './manage';
export { runRegistrationJobs, scheduleRegistrationJobs } from './jobs';
export {
	registerByOrganiser,
	updateByOrganiser,
	cancelByOrganiser,
	promoteByHand,
	OrganiserDetailsSchema
} from './organiser';
export type { OrganiserContext, OrganiserDetails } from './organiser';
export { badgeDay, badgeUrl } from './badge';
export type { BadgeDay } from './badge';
export {
	editionQuestions,
	questionsOfYear,
	answersOf,
	answerText,
	labelOf,
	answerField,
	withAnswers,
	RawAnswersSchema
} from './questions';
export type { Question } from './questions';
export { answerSheet, changeAnswersByOrganiser, changeOwnAnswers } from './answers';
export type { AnswerSheet } from './answers';
export {
	MailTextForm,
	mailTextKinds,
	placeholders,
	subjectPlaceholders,
	defaultMailText,
	mailTextsOf,
	saveMailText,
	resetMailText,
	isMailTextKind,
	placeholderLabel,
	lacksRequired,
	placeholdersFor
} from './mail-texts';
export type { MailTextKind, MailTexts } from './mail-texts';
export { previewMail } from './mail-preview';
export type { MailPreview } from './mail-preview';
