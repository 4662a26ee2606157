import { describe, expect, it } from 'vitest';
import type { Edition } from '$lib/types/conference';
import { expectOnlyPlatformLinks, hrefsOf } from '../mail/testing';
import * as mails from './mails';
import type { MailContext, MailRegistration } from './mails';

const origin = 'https://konferenz.example';
const hostile = 'https://evil.example/login';

/** A person who typed the same web address into every field the form offers. */
const person: MailRegistration = {
	id: 7,
	firstName: hostile,
	lastName: hostile,
	email: 'erika@example.org',
	status: 'pending',
	organisation: hostile,
	sector: 'sonstiges',
	municipalityAgs: null,
	expiresAt: new Date('2026-11-28T10:00:00Z'),
	needsStepFree: true,
	needsSignLanguage: false,
	needsInductionLoop: false,
	needsOther: hostile,
	dietary: hostile,
	language: 'de'
};

const edition: Edition = {
	id: 1,
	year: 2027,
	number: 12,
	title: 'Teilhabe im Quartier',
	theme: null,
	description: null,
	summary: null,
	date: '2027-06-16',
	dateNote: null,
	startTime: '09:00',
	endTime: '15:00',
	venueName: 'Zeche Zollverein',
	venueStreet: 'Gelsenkirchener Str. 181',
	venuePostcode: '45309',
	venueCity: 'Essen',
	isDemo: false,
	capacity: 100,
	registrationOpensAt: null,
	registrationClosesAt: null
};

function context(overrides: Partial<MailContext> = {}): MailContext {
	return {
		edition,
		origin,
		workshop: 'Workshop A',
		workshopWaitlist: 'Workshop B',
		waitlistPosition: 3,
		token: 'T'.repeat(43),
		...overrides
	};
}

const templates = {
	confirmationRequestMail: mails.confirmationRequestMail,
	linkAgainMail: mails.linkAgainMail,
	promotedMail: mails.promotedMail,
	workshopPromotedMail: mails.workshopPromotedMail,
	confirmedMail: mails.confirmedMail,
	changedMail: mails.changedMail,
	cancelledMail: mails.cancelledMail,
	expiredMail: mails.expiredMail
};

describe('registration mails', () => {
	it.each(Object.entries(templates))(
		'%s links only the platform’s own pages, never what the person typed',
		(_, template) => {
			for (const status of ['pending', 'confirmed', 'waitlisted'] as const) {
				const mail = template({ ...person, status }, context());
				expectOnlyPlatformLinks(mail, origin, hostile);
				expect(mail.text).toContain('https[:]//evil[.]example/login');
			}
		}
	);

	it('keeps the personal link a link', () => {
		const mail = mails.confirmationRequestMail(person, context());
		expect(hrefsOf(mail.html!)).toEqual([`${origin}/anmeldung/${'T'.repeat(43)}`]);
	});

	it('tells someone registering again that they are registered, and to confirm if they have not', () => {
		const pending = mails.linkAgainMail({ ...person, status: 'pending' }, context());
		expect(pending.text).toContain('Sie sind bereits angemeldet');
		expect(pending.text).toContain('Bitte bestätigen Sie Ihre E-Mail-Adresse bis');
		const confirmed = mails.linkAgainMail(
			{ ...person, status: 'confirmed', emailConfirmedAt: new Date() },
			context()
		);
		expect(confirmed.text).not.toContain('Bitte bestätigen');
		expect(hrefsOf(confirmed.html!)).toEqual([`${origin}/anmeldung/${'T'.repeat(43)}`]);
	});

	it('does not link web addresses in workshop titles or the venue either', () => {
		const mail = mails.confirmedMail(
			{ ...person, status: 'confirmed' },
			context({
				workshop: hostile,
				edition: { ...edition, title: hostile, venueName: hostile }
			})
		);
		expectOnlyPlatformLinks(mail, origin, hostile);
	});
});

describe('registration mails in the reader’s language', () => {
	const erika: MailRegistration = {
		...person,
		firstName: 'Erika',
		lastName: 'Muster',
		organisation: 'Caritas Bochum',
		jobTitle: 'Quartiersmanagerin',
		needsOther: null,
		dietary: null,
		sector: 'politik',
		municipalityAgs: '05911000'
	};
	/** Per mail kind: a sentence only its English version has, and one only its German has. */
	const expected: Record<keyof typeof templates, { en: string; de: string }> = {
		confirmationRequestMail: {
			en: 'Please confirm your e-mail address by',
			de: 'Bitte bestätigen Sie Ihre E-Mail-Adresse bis'
		},
		linkAgainMail: { en: 'Here is your personal link', de: 'Hier ist Ihr persönlicher Link' },
		promotedMail: {
			en: 'you have moved up from the waiting list',
			de: 'Sie sind von der Warteliste nachgerückt'
		},
		workshopPromotedMail: {
			en: 'A seat has become free in the workshop “Workshop A”',
			de: 'im Workshop „Workshop A“ ist ein Platz frei geworden'
		},
		confirmedMail: {
			en: 'Your registration is confirmed.',
			de: 'Ihre Anmeldung ist bestätigt.'
		},
		changedMail: { en: 'Your changes have been saved.', de: 'Ihre Änderungen sind gespeichert.' },
		cancelledMail: {
			en: 'You have cancelled your registration',
			de: 'Sie haben sich von der Sozialkonferenz Ruhr abgemeldet.'
		},
		expiredMail: {
			en: 'was not confirmed in time',
			de: 'wurde nicht rechtzeitig bestätigt'
		}
	};

	it.each(Object.entries(templates))(
		'%s is English for someone who registered in English',
		(name, template) => {
			const mail = template({ ...erika, language: 'en' }, context());
			const { en, de } = expected[name as keyof typeof templates];
			expect(mail.text.startsWith('Dear Erika Muster,\n')).toBe(true);
			expect(mail.text).toContain(en);
			expect(mail.text).toContain('Kind regards');
			expect(mail.text).not.toContain(de);
			expect(mail.text).not.toContain('Guten Tag');
			expect(mail.subject).toMatch(/^[A-Z][a-z ]+[a-z]\b.*Sozialkonferenz Ruhr 2027$/);
			expect(mail.subject).not.toMatch(/Anmeldung|Abmeldung|Platz|Link –/);
			expect(mail.html).toContain('<html lang="en">');
		}
	);

	it.each(Object.entries(templates))(
		'%s stays German for someone who registered in German',
		(name, template) => {
			const mail = template({ ...erika, language: 'de' }, context());
			const { en, de } = expected[name as keyof typeof templates];
			expect(mail.text.startsWith('Guten Tag Erika Muster,\n')).toBe(true);
			expect(mail.text).toContain(de);
			expect(mail.text).toContain('Mit freundlichen Grüßen');
			expect(mail.text).not.toContain(en);
			expect(mail.html).toContain('<html lang="de">');
		}
	);

	it('writes dates, deadlines and the details in English, and opens the personal page in English', () => {
		const mail = mails.confirmationRequestMail(
			{ ...erika, language: 'en', needsStepFree: true },
			context()
		);
		expect(mail.subject).toBe('Please confirm your registration – Sozialkonferenz Ruhr 2027');
		expect(mail.text).toContain('Wednesday, 16 June 2027, 09:00–15:00');
		expect(mail.text).toContain('Saturday, 28 November 2026, 11:00');
		expect(mail.text).not.toContain('Uhr');
		expect(mail.text).toContain('Your details:');
		expect(mail.text).toContain('Job title: Quartiersmanagerin');
		expect(mail.text).toContain('Sector: Politics');
		expect(mail.text).toContain('Accessibility: step-free access');
		expect(hrefsOf(mail.html!)).toEqual([`${origin}/anmeldung/${'T'.repeat(43)}?lang=en`]);
	});

	it('answers a repeated registration in the language of the page used now', () => {
		const mail = mails.linkAgainMail({ ...erika, language: 'de' }, context({ language: 'en' }));
		expect(mail.text.startsWith('Dear Erika Muster,')).toBe(true);
	});

	it('links the English registration page in an English cancellation', () => {
		const mail = mails.cancelledMail({ ...erika, language: 'en' }, context());
		expect(hrefsOf(mail.html!)).toEqual([`${origin}/konferenz/2027/anmeldung?lang=en`]);
	});
});
