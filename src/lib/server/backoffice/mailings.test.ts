import { describe, expect, it } from 'vitest';
import { MailingForm, personalise, versionFor } from './mailings';

describe('personalise', () => {
	it('fills in the names, defanging one that looks like a web address', () => {
		const text = personalise('Guten Tag {vorname} {nachname}, mehr unter https://ruhr.example/p', {
			firstName: 'https://evil.example/login',
			lastName: 'Muster'
		});
		expect(text).toBe(
			'Guten Tag https[:]//evil[.]example/login Muster, mehr unter https://ruhr.example/p'
		);
	});
});

describe('the language versions of a mailing', () => {
	const both = {
		subject: 'Programm',
		text: 'Guten Tag {vorname}',
		subjectEn: 'Programme',
		textEn: 'Dear {vorname}'
	};

	it('gives people who registered in English the English version, everyone else the German', () => {
		expect(versionFor(both, 'en')).toEqual({ subject: 'Programme', text: 'Dear {vorname}' });
		expect(versionFor(both, 'de')).toEqual({ subject: 'Programm', text: 'Guten Tag {vorname}' });
	});

	it('falls back to German when the organisers wrote no English text', () => {
		const german = { ...both, subjectEn: null, textEn: null };
		expect(versionFor(german, 'en')).toEqual({ subject: 'Programm', text: 'Guten Tag {vorname}' });
	});

	it('takes the English version as optional but refuses half of one', () => {
		const form = { audience: 'mit_platz', subject: 'Programm', text: 'Text' };
		const none = MailingForm.safeParse({ ...form, subjectEn: '', textEn: '' });
		expect(none.success && none.data).toMatchObject({ subjectEn: null, textEn: null });
		const subjectOnly = MailingForm.safeParse({ ...form, subjectEn: 'Programme', textEn: '' });
		expect(subjectOnly.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['textEn', 'bo.err.textEnMissing']
		]);
		const textOnly = MailingForm.safeParse({ ...form, textEn: 'Dear all' });
		expect(textOnly.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['subjectEn', 'bo.err.subjectEnMissing']
		]);
	});
});
