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
	dietary: hostile
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
