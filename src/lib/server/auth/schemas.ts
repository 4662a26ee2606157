import { z } from 'zod';
import { roles } from '../../types/auth';
import { languages } from '../../types/enums';
import { requiredText } from '../fields';
import { PASSWORD_MAX_LENGTH, kreisProblem, municipalityProblem, passwordProblem } from './rules';

/** Reusable form fields of the accounts domain; messages are codes of AUTH_MESSAGES. */
export const EmailSchema = z
	.string({ error: 'email_ungueltig' })
	.trim()
	.toLowerCase()
	.max(254, { error: 'email_ungueltig' })
	.pipe(z.email({ error: 'email_ungueltig' }));

export const NameSchema = requiredText({ max: 120, required: 'name_fehlt', tooLong: 'name_fehlt' });

/** A password typed to log in: only present and bounded, the policy applies when it is set. */
export const LoginPasswordSchema = z
	.string({ error: 'passwort_fehlt' })
	.min(1, { error: 'passwort_fehlt' })
	.max(PASSWORD_MAX_LENGTH, { error: 'anmeldung_fehlgeschlagen' });

/** A new password: the policy of rules.ts (length, common passwords). */
export const NewPasswordSchema = z
	.string({ error: 'passwort_zu_kurz' })
	.superRefine((value, ctx) => {
		const problem = passwordProblem(value);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

export const RoleSchema = z.enum(roles, { error: 'rolle_ungueltig' });

/** Empty select → null; the role decides whether a municipality is required (see rules.ts). */
export const AgsSchema = z
	.string()
	.trim()
	.optional()
	.transform((v) => (v ? v : null));

type RoleChoice = {
	role: (typeof roles)[number];
	municipalityAgs: string | null;
	kreisAgs: string | null;
};

const withMunicipality = (value: RoleChoice, ctx: z.RefinementCtx) => {
	const problem = municipalityProblem(value.role, value.municipalityAgs);
	if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['municipalityAgs'] });
	const kreis = kreisProblem(value.role, value.kreisAgs);
	if (kreis) ctx.addIssue({ code: 'custom', message: kreis, path: ['kreisAgs'] });
};

/**
 * The form keeps the municipality and Kreis selects filled when an admin switches a planner to
 * another role; only planners have a municipality and only Kreis planners a Kreis, so the other
 * one is dropped instead of being an error.
 */
const onlyPlannersKeepMunicipality = <T extends RoleChoice>(value: T): T => ({
	...value,
	municipalityAgs: value.role === 'planner' ? value.municipalityAgs : null,
	kreisAgs: value.role === 'kreis_planner' ? value.kreisAgs : null
});

const samePasswords = (value: { password: string; confirm: string }, ctx: z.RefinementCtx) => {
	if (value.password !== value.confirm) {
		ctx.addIssue({ code: 'custom', message: 'passwoerter_ungleich', path: ['confirm'] });
	}
};

export const LoginForm = z.object({
	email: EmailSchema,
	password: LoginPasswordSchema,
	weiter: z.string().optional()
});

export const ResetRequestForm = z.object({ email: EmailSchema });

export const NewPasswordForm = z
	.object({ password: NewPasswordSchema, confirm: z.string() })
	.superRefine(samePasswords);

export const ChangePasswordForm = z
	.object({ current: LoginPasswordSchema, password: NewPasswordSchema, confirm: z.string() })
	.superRefine(samePasswords);

export const CreateUserForm = z
	.object({
		email: EmailSchema,
		name: NameSchema,
		role: RoleSchema,
		municipalityAgs: AgsSchema,
		kreisAgs: AgsSchema,
		/** The language of the invitation and of later mails to the account. */
		language: z.enum(languages).default('de')
	})
	.transform(onlyPlannersKeepMunicipality)
	.superRefine(withMunicipality);

export const ChangeRoleForm = z
	.object({ role: RoleSchema, municipalityAgs: AgsSchema, kreisAgs: AgsSchema })
	.transform(onlyPlannersKeepMunicipality)
	.superRefine(withMunicipality);
