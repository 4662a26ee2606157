import { registration } from '$lib/i18n/de/registration';
import { questions } from '$lib/i18n/de/questions';
import type { FieldError } from './input';

const de = { ...registration, ...questions };

/**
 * Expected failures of the registration. Each code has a message a person can act on in the
 * catalogues (`reg.err.<code>`); the German one goes into the API's answer and the error itself,
 * pages show the one of their language (`key`).
 */
export const registrationErrorCodes = [
	'anmeldung_nicht_moeglich',
	'anmeldung_noch_nicht_offen',
	'anmeldeschluss',
	'konferenz_unbekannt',
	'workshop_unbekannt',
	'workshop_doppelt',
	'link_ungueltig',
	'bereits_storniert',
	'verfallen',
	'ausgelastet',
	'anmeldung_unbekannt',
	'email_vergeben',
	'nicht_auf_warteliste',
	'nicht_mehr_auf_warteliste',
	'zu_viele_anfragen'
] as const;

export type RegistrationErrorCode = (typeof registrationErrorCodes)[number];

export const errorKey = (code: RegistrationErrorCode) => `reg.err.${code}` as const;

export const registrationMessages = Object.fromEntries(
	registrationErrorCodes.map((code) => [code, de[errorKey(code)]])
) as Record<RegistrationErrorCode, string>;

export class RegistrationError extends Error {
	constructor(
		readonly code: RegistrationErrorCode,
		readonly field?: string
	) {
		super(registrationMessages[code]);
		this.name = 'RegistrationError';
	}
}

/**
 * Answers to the edition's own questions that cannot be stored, each problem on its question's
 * field (`q.<id>`). Thrown inside the transaction, so the stored answers stay as they were.
 */
export class AnswersError extends Error {
	constructor(readonly errors: FieldError[]) {
		super(errors.map((e) => `${e.field}: ${e.message}`).join(' '));
		this.name = 'AnswersError';
	}
}

/** HTTP status for each expected failure (API and form actions). */
export function httpStatusOf(code: RegistrationErrorCode): number {
	switch (code) {
		case 'link_ungueltig':
		case 'konferenz_unbekannt':
		case 'anmeldung_unbekannt':
			return 404;
		case 'zu_viele_anfragen':
			return 429;
		case 'ausgelastet':
			return 503;
		case 'anmeldung_nicht_moeglich':
		case 'anmeldung_noch_nicht_offen':
		case 'anmeldeschluss':
		case 'bereits_storniert':
		case 'verfallen':
		case 'email_vergeben':
		case 'nicht_auf_warteliste':
		case 'nicht_mehr_auf_warteliste':
			return 409;
		default:
			return 422;
	}
}
