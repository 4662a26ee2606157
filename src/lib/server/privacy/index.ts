export {
	anonymisationDay,
	controllerName,
	processingActivities,
	type ActivityId,
	type EditionPrivacy,
	type PrivacySettings,
	type ProcessingActivity,
	type Text
} from './activities';
export { deletionConcept, type DeletionConcept, type DeletionStep } from './deletion';
export { deletionConceptMarkdown, processingRecordMarkdown } from './documents';
export {
	FeedbackError,
	FeedbackSchema,
	FEEDBACK_PER_HOUR,
	resetFeedbackLimit,
	sendAccessibilityFeedback,
	type Feedback
} from './feedback';
export { editionPrivacy, privacyEditions, privacySettings } from './store';
export { accessibilityStatement } from './accessibility';
