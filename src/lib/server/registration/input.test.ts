import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { fieldErrors, LIMITS, RegistrationApiSchema, RegistrationSchema } from './input';

const valid = {
	firstName: 'Erika',
	lastName: 'Musterfrau',
	email: 'erika@example.org',
	sector: 'politik',
	municipality: '05513000',
	privacyAcknowledged: 'on'
};

function errorsOf(input: Record<string, unknown>) {
	const parsed = RegistrationSchema.safeParse(input);
	return parsed.success ? [] : fieldErrors(parsed.error);
}

describe('RegistrationSchema', () => {
	it('accepts a complete form and normalises it', () => {
		const parsed = RegistrationSchema.parse({
			...valid,
			firstName: '  Erika  Maria ',
			email: ' Erika@Example.ORG ',
			municipality: 'extern',
			organisation: '',
			needsStepFree: 'on'
		});
		expect(parsed).toMatchObject({
			firstName: 'Erika Maria',
			email: 'erika@example.org',
			municipality: null,
			organisation: null,
			needsStepFree: true,
			needsSignLanguage: false,
			privacyAcknowledged: true
		});
	});

	it('names each missing required field with a German message and its catalogue key', () => {
		expect(errorsOf({})).toEqual([
			{
				field: 'firstName',
				message: 'Bitte geben Sie Ihren Vornamen an.',
				key: 'reg.err.firstName'
			},
			{
				field: 'lastName',
				message: 'Bitte geben Sie Ihren Nachnamen an.',
				key: 'reg.err.lastName'
			},
			{
				field: 'email',
				message: 'Bitte geben Sie Ihre E-Mail-Adresse an.',
				key: 'reg.err.email'
			},
			{
				field: 'sector',
				message: 'Bitte wählen Sie Ihren Bereich aus der Liste.',
				key: 'reg.err.sector'
			},
			{
				field: 'municipality',
				message: 'Bitte wählen Sie Ihre Kommune aus der Liste.',
				key: 'reg.err.municipality'
			},
			{
				field: 'privacyAcknowledged',
				message: 'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.',
				key: 'reg.err.privacy'
			}
		]);
		// The key gives an English page its own text.
		expect(translator('en')('reg.err.privacy')).toBe(
			'Please confirm that you have read the privacy notice.'
		);
	});

	it('rejects an invalid e-mail address', () => {
		for (const email of ['kein-at', 'a@', '@example.org', 'a b@example.org']) {
			expect(errorsOf({ ...valid, email }).map((e) => e.field)).toEqual(['email']);
		}
	});

	it('rejects over-long fields with the limit in the message', () => {
		const long = (n: number) => 'x'.repeat(n + 1);
		expect(errorsOf({ ...valid, firstName: long(LIMITS.name) })).toEqual([
			{
				field: 'firstName',
				message: 'Der Vorname darf höchstens 100 Zeichen lang sein.',
				key: 'reg.err.firstNameLong'
			}
		]);
		expect(translator('en')('reg.err.firstNameLong')).toBe(
			'The first name may be at most 100 characters long.'
		);
		expect(errorsOf({ ...valid, organisation: long(LIMITS.organisation) })[0].field).toBe(
			'organisation'
		);
		expect(errorsOf({ ...valid, needsOther: long(LIMITS.needsOther) })[0].field).toBe('needsOther');
		expect(errorsOf({ ...valid, dietary: long(LIMITS.dietary) })[0].field).toBe('dietary');
		expect(errorsOf({ ...valid, email: `${'a'.repeat(250)}@example.org` })[0].field).toBe('email');
	});

	it('keeps markup as plain text (it is escaped wherever it is shown)', () => {
		const parsed = RegistrationSchema.parse({
			...valid,
			lastName: '<img src=x onerror=alert(1)>',
			dietary: '<b>vegan</b>'
		});
		expect(parsed.lastName).toBe('<img src=x onerror=alert(1)>');
		expect(parsed.dietary).toBe('<b>vegan</b>');
	});

	it('accepts only the 53 Ruhr municipalities (with leading zero) or "extern"', () => {
		expect(errorsOf({ ...valid, municipality: '5513000' })[0].field).toBe('municipality');
		expect(errorsOf({ ...valid, municipality: '05315000' })[0].field).toBe('municipality');
		expect(errorsOf({ ...valid, sector: 'presse' })[0].field).toBe('sector');
	});

	it('rejects a workshop that is not a number', () => {
		expect(errorsOf({ ...valid, workshopFirstId: 'abc' })[0].field).toBe('workshopFirstId');
	});

	it('refuses control characters in any text field with a field error, not a database error', () => {
		for (const field of ['firstName', 'lastName', 'organisation', 'jobTitle', 'needsOther']) {
			for (const bad of ['Muster\u0000frau', 'a\u0007b', 'a\u009Bb', 'a\uD800b']) {
				expect(errorsOf({ ...valid, [field]: bad })).toEqual([
					{
						field,
						message: expect.stringContaining('Steuerzeichen'),
						key: 'field.err.characters'
					}
				]);
			}
		}
		expect(errorsOf({ ...valid, email: 'erika\u0000@example.org' })[0].field).toBe('email');
		expect(translator('en')('field.err.characters')).toContain('control characters');
	});

	it('takes a name of only zero-width characters as no name', () => {
		expect(errorsOf({ ...valid, firstName: '\u200B\u200D\uFEFF' })).toEqual([
			{
				field: 'firstName',
				message: 'Bitte geben Sie Ihren Vornamen an.',
				key: 'reg.err.firstName'
			}
		]);
	});

	it('refuses a workshop id beyond the database integer as an unknown workshop', () => {
		expect(errorsOf({ ...valid, workshopFirstId: 999999999999 })).toEqual([
			{
				field: 'workshopFirstId',
				message: 'Bitte wählen Sie einen Workshop aus der Liste.',
				key: 'reg.err.workshop'
			}
		]);
	});
});

describe('RegistrationApiSchema', () => {
	const api = { ...valid, privacyAcknowledged: true };
	const errors = (input: Record<string, unknown>) => {
		const parsed = RegistrationApiSchema.safeParse(input);
		return parsed.success ? [] : fieldErrors(parsed.error);
	};

	it('takes yes/no values only as JSON booleans', () => {
		expect(errors(api)).toEqual([]);
		expect(errors({ ...api, privacyAcknowledged: 'true' })).toEqual([
			{
				field: 'privacyAcknowledged',
				message: expect.stringContaining('true oder false'),
				key: 'reg.err.boolean'
			}
		]);
		expect(errors({ ...api, consentPhotos: 'on' })[0].field).toBe('consentPhotos');
		expect(errors({ ...api, privacyAcknowledged: false })[0].key).toBe('reg.err.privacy');
	});
});
