import { z } from 'zod';
import { municipalityByAgs } from '$lib/reference/municipalities';
import { sectors } from '$lib/types/enums';
import { LIMITS } from '$lib/types/registration';
import { isMessageKey, translator, type MessageKey } from '$lib/i18n';

export { LIMITS };

export const OUTSIDE_RUHR = 'extern';

/**
 * Schema messages are catalogue keys (`reg.err.…`); `fieldErrors` turns them into text. A missing
 * and a too-long value have their own key each.
 */
const text = (max: number, missing: MessageKey, tooLong: MessageKey) =>
	z
		.string({ error: missing })
		.transform((v) => v.replace(/\s+/g, ' ').trim())
		.pipe(z.string().min(1, missing).max(max, tooLong));

const optionalText = (max: number, tooLong: MessageKey) =>
	z
		.string()
		.optional()
		.nullable()
		.transform((v) => (v ?? '').trim())
		.pipe(z.string().max(max, tooLong))
		.transform((v) => (v === '' ? null : v));

export const EmailSchema = z
	.string({ error: 'reg.err.email' satisfies MessageKey })
	.trim()
	.min(1, 'reg.err.email' satisfies MessageKey)
	.max(LIMITS.email, 'reg.err.emailLong' satisfies MessageKey)
	.pipe(z.email('reg.err.emailInvalid' satisfies MessageKey))
	.transform((v) => v.toLowerCase());

const flag = z
	.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true');

const workshopId = z
	.union([z.number(), z.string()])
	.optional()
	.nullable()
	.transform((v) => (v === '' || v === null || v === undefined ? null : Number(v)))
	.pipe(
		z
			.number()
			.int('reg.err.workshop' satisfies MessageKey)
			.positive()
			.nullable()
	);

/** Changeable after registering (through the personal link). */
export const DetailsSchema = z.object({
	workshopFirstId: workshopId,
	workshopSecondId: workshopId,
	needsStepFree: flag,
	needsSignLanguage: flag,
	needsInductionLoop: flag,
	needsOther: optionalText(LIMITS.needsOther, 'reg.err.needsOtherLong'),
	dietary: optionalText(LIMITS.dietary, 'reg.err.dietaryLong'),
	consentListing: flag,
	consentPhotos: flag
});

export const RegistrationSchema = DetailsSchema.extend({
	firstName: text(LIMITS.name, 'reg.err.firstName', 'reg.err.firstNameLong'),
	lastName: text(LIMITS.name, 'reg.err.lastName', 'reg.err.lastNameLong'),
	email: EmailSchema,
	organisation: optionalText(LIMITS.organisation, 'reg.err.organisationLong'),
	jobTitle: optionalText(LIMITS.jobTitle, 'reg.err.jobTitleLong'),
	sector: z.enum(sectors, { error: 'reg.err.sector' satisfies MessageKey }),
	municipality: z
		.string({ error: 'reg.err.municipality' satisfies MessageKey })
		.refine(
			(v) => v === OUTSIDE_RUHR || municipalityByAgs(v) !== null,
			'reg.err.municipality' satisfies MessageKey
		)
		.transform((v) => (v === OUTSIDE_RUHR ? null : v)),
	privacyAcknowledged: flag.refine((v) => v, 'reg.err.privacy' satisfies MessageKey)
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
