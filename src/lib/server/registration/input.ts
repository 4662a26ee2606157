import { z } from 'zod';
import { municipalityByAgs } from '$lib/reference/municipalities';
import { sectors } from '$lib/types/enums';

/** Limits generous for real names and organisations, tight enough to stop abuse. */
export const LIMITS = {
	name: 100,
	email: 254,
	organisation: 200,
	jobTitle: 200,
	needsOther: 500,
	dietary: 300
} as const;

export const OUTSIDE_RUHR = 'extern';

/** `ask` completes "Bitte geben Sie … an", `subject` starts "… darf höchstens". */
const text = (max: number, ask: string, subject: string) =>
	z
		.string({ error: `Bitte geben Sie ${ask} an.` })
		.transform((v) => v.replace(/\s+/g, ' ').trim())
		.pipe(
			z
				.string()
				.min(1, `Bitte geben Sie ${ask} an.`)
				.max(max, `${subject} darf höchstens ${max} Zeichen lang sein.`)
		);

const optionalText = (max: number, label: string) =>
	z
		.string()
		.optional()
		.nullable()
		.transform((v) => (v ?? '').trim())
		.pipe(z.string().max(max, `${label} darf höchstens ${max} Zeichen lang sein.`))
		.transform((v) => (v === '' ? null : v));

export const EmailSchema = z
	.string({ error: 'Bitte geben Sie Ihre E-Mail-Adresse an.' })
	.trim()
	.min(1, 'Bitte geben Sie Ihre E-Mail-Adresse an.')
	.max(LIMITS.email, `Die E-Mail-Adresse darf höchstens ${LIMITS.email} Zeichen lang sein.`)
	.pipe(z.email('Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.'))
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
	.pipe(z.number().int('Bitte wählen Sie einen Workshop aus der Liste.').positive().nullable());

/** Changeable after registering (through the personal link). */
export const DetailsSchema = z.object({
	workshopFirstId: workshopId,
	workshopSecondId: workshopId,
	needsStepFree: flag,
	needsSignLanguage: flag,
	needsInductionLoop: flag,
	needsOther: optionalText(LIMITS.needsOther, 'Der Hinweis zur Barrierefreiheit'),
	dietary: optionalText(LIMITS.dietary, 'Der Hinweis zur Verpflegung'),
	consentListing: flag,
	consentPhotos: flag
});

export const RegistrationSchema = DetailsSchema.extend({
	firstName: text(LIMITS.name, 'Ihren Vornamen', 'Der Vorname'),
	lastName: text(LIMITS.name, 'Ihren Nachnamen', 'Der Nachname'),
	email: EmailSchema,
	organisation: optionalText(LIMITS.organisation, 'Die Organisation'),
	jobTitle: optionalText(LIMITS.jobTitle, 'Die Funktion'),
	sector: z.enum(sectors, { error: 'Bitte wählen Sie Ihren Bereich aus der Liste.' }),
	municipality: z
		.string({ error: 'Bitte wählen Sie Ihre Kommune aus der Liste.' })
		.refine(
			(v) => v === OUTSIDE_RUHR || municipalityByAgs(v) !== null,
			'Bitte wählen Sie Ihre Kommune aus der Liste.'
		)
		.transform((v) => (v === OUTSIDE_RUHR ? null : v)),
	privacyAcknowledged: flag.refine(
		(v) => v,
		'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.'
	)
});

export type RegistrationInput = z.infer<typeof RegistrationSchema>;
export type DetailsInput = z.infer<typeof DetailsSchema>;

export interface FieldError {
	field: string;
	message: string;
}

export function fieldErrors(error: z.ZodError): FieldError[] {
	const seen = new Set<string>();
	const errors: FieldError[] = [];
	for (const issue of error.issues) {
		const field = issue.path.map(String).join('.') || 'form';
		if (seen.has(field)) continue;
		seen.add(field);
		errors.push({ field, message: issue.message });
	}
	return errors;
}

/** Form posts arrive as FormData; the API sends JSON. Both go through the same schema. */
export function formToObject(form: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of form.entries()) if (typeof value === 'string') out[key] = value;
	return out;
}
