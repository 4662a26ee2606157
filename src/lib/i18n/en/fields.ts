import type { fields as de } from '../de/fields';

export const fields: Record<keyof typeof de, string> = {
	'field.err.required': 'Please fill in this field.',
	'field.err.text': 'Please enter text.',
	'field.err.tooLong': 'The text is too long.',
	'field.err.characters':
		'The field contains control characters or invalid characters (for example a null byte). Please enter the text again.',
	'field.err.integer': 'Please enter a whole number.',
	'field.err.negative': 'The number must not be negative.',
	'field.err.tooSmall': 'The number is too small.',
	'field.err.tooLarge': 'The number is too large.',
	'field.err.date': 'Please enter a valid date (for example 2031-02-28).',
	'field.err.time': 'Please enter a valid time such as 09:30.',
	'field.err.dateTime': 'Please enter a valid date and time.',
	'field.err.search':
		'The search contains control characters or invalid characters and was not run.',
	'request.err.unsupportedType':
		'The request has a format that is not accepted here. Please submit the form from its page.',
	'request.err.unreadable':
		'The request is damaged and cannot be read. Please submit the form again.',
	'request.err.tooLarge': 'The request is too large. At most {limit} are allowed.'
};
