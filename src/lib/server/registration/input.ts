import { z } from 'zod';
import { municipalityByAgs } from '$lib/reference/municipalities';
import { languages, sectors } from '$lib/types/enums';
import { LIMITS } from '$lib/types/registration';
import { isMessageKey, translator, type MessageKey } from '$lib/i18n';
import {
	hasForbiddenCharacters,
	optionalRowId,
	optionalText as sharedOptionalText,
	requiredText
} from '../fields';

export { LIMITS };

export const OUTSIDE_RUHR = 'extern';

/**
 * Schema messages are catalogue keys (`reg.err.…`); `fieldErrors` turns them into text. A missing
 * and a too-long value have their own key each; control characters get the shared field key.
 */
const text = (max: number, missing: MessageKey, tooLong: MessageKey) =>
	requiredText({ max, required: missing, tooLong });

const optionalText = (max: number, tooLong: MessageKey) =>
	sharedOptionalText({ max, tooLong, multiline: true });

const singleLine = (max: number, tooLong: MessageKey) => sharedOptionalText({ max, tooLong });

export const EmailSchema = z
	.string({ error: 'reg.err.email' satisfies MessageKey })
	.refine((v) => !hasForbiddenCharacters(v), {
		message: 'reg.err.emailInvalid' satisfies MessageKey,
		abort: true
	})
	.trim()
	.min(1, 'reg.err.email' satisfies MessageKey)
	.max(LIMITS.email, 'reg.err.emailLong' satisfies MessageKey)
	.pipe(z.email('reg.err.emailInvalid' satisfies MessageKey))
	.transform((v) => v.toLowerCase());

/** A checkbox of the HTML form: "on" when ticked, missing otherwise ("true"/"false" for scripts). */
const flag = z
	.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true');

/** The JSON API takes booleans as booleans: `"true"` is a string, not a yes. */
const apiFlag = z
	.boolean({ error: 'reg.err.boolean' satisfies MessageKey })
	.optional()
	.transform((v) => v === true);

const workshopId = optionalRowId('reg.err.workshop' satisfies MessageKey);

const detailsFields = (yesNo: typeof flag | typeof apiFlag) => ({
	workshopFirstId: workshopId,
	workshopSecondId: workshopId,
	needsStepFree: yesNo,
	needsSignLanguage: yesNo,
	needsInductionLoop: yesNo,
	needsOther: optionalText(LIMITS.needsOther, 'reg.err.needsOtherLong'),
	dietary: optionalText(LIMITS.dietary, 'reg.err.dietaryLong'),
	consentListing: yesNo,
	consentPhotos: yesNo
});

const personFields = (yesNo: typeof flag | typeof apiFlag) => ({
	firstName: text(LIMITS.name, 'reg.err.firstName', 'reg.err.firstNameLong'),
	lastName: text(LIMITS.name, 'reg.err.lastName', 'reg.err.lastNameLong'),
	email: EmailSchema,
	organisation: singleLine(LIMITS.organisation, 'reg.err.organisationLong'),
	jobTitle: singleLine(LIMITS.jobTitle, 'reg.err.jobTitleLong'),
	sector: z.enum(sectors, { error: 'reg.err.sector' satisfies MessageKey }),
	municipality: z
		.string({ error: 'reg.err.municipality' satisfies MessageKey })
		.refine(
			(v) => v === OUTSIDE_RUHR || municipalityByAgs(v) !== null,
			'reg.err.municipality' satisfies MessageKey
		)
		.transform((v) => (v === OUTSIDE_RUHR ? null : v)),
	privacyAcknowledged: yesNo.refine((v) => v, 'reg.err.privacy' satisfies MessageKey),
	/** The language of the mails; without it, the language of the page (see submitRegistration). */
	language: z.enum(languages, { error: 'reg.err.language' satisfies MessageKey }).optional()
});

/** Changeable after registering (through the personal link). */
export const DetailsSchema = z.object(detailsFields(flag));

/** The registration form (FormData as strings, checkboxes "on"). */
export const RegistrationSchema = DetailsSchema.extend(personFields(flag));

/** The JSON API: the same fields, yes/no only as JSON booleans. */
export const RegistrationApiSchema = z.object({
	...detailsFields(apiFlag),
	...personFields(apiFlag)
});

export type RegistrationInput = z.infer<typeof RegistrationSchema>;
export type DetailsInput = z.infer<typeof DetailsSchema>;

export interface FieldError {
	field: string;
	/** German, for the API and logs. */
	message: string;
	/** The catalogue key, for pages in the reader's language. */
	key?: MessageKey;
}

const german = translator('de');

/** A problem as a field error: German text plus the key, when the message is one. */
export function fieldError(field: string, text: string): FieldError {
	return isMessageKey(text)
		? { field, message: german(text), key: text }
		: { field, message: text };
}

export function fieldErrors(error: z.ZodError): FieldError[] {
	const seen = new Set<string>();
	const errors: FieldError[] = [];
	for (const issue of error.issues) {
		const field = issue.path.map(String).join('.') || 'form';
		if (seen.has(field)) continue;
		seen.add(field);
		errors.push(fieldError(field, issue.message));
	}
	return errors;
}

/** Form posts arrive as FormData; the API sends JSON. Both go through the same schema. */
export function formToObject(form: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of form.entries()) if (typeof value === 'string') out[key] = value;
	return out;
}
