import { describe, expect, it } from 'vitest';
import { formatDateTime, translator, type Locale } from '$lib/i18n';
import { link, message, renderMail } from '../mail';
import { MailTextForm } from '../registration/mail-texts';
import { posterConfirmationMail, type MailCall, type MailSubmission } from './mails';

const call: MailCall = {
	year: 2031,
	editionTitle: 'Quartiere im Wandel',
	deadline: new Date('2031-05-01T21:59:00Z')
};
const token = 'T'.repeat(43);
const origin = 'https://konferenz.example';

const aSubmission = (language: Locale, title = 'Quartiersbüro Ückendorf'): MailSubmission => ({
	id: 7,
	title,
	email: 'ayse.demir@quartier.example',
	language,
	presenter: 'Ayşe Demir',
	boardNumber: null
});

/** The receipt as it was built before its wording could be edited: straight from the catalogue. */
function catalogueReceipt(s: MailSubmission, changed: boolean) {
	const t = translator(s.language);
	const personal = `${origin}/poster-einreichung/${token}${s.language === 'de' ? '' : '?lang=en'}`;
	return renderMail(
		t(changed ? 'poster.mail.changedSubject' : 'poster.mail.receivedSubject', { year: call.year }),
		[
			message(t('mail.greeting'), { name: s.presenter }),
			message(t(changed ? 'poster.mail.changed' : 'poster.mail.received'), {
				title: s.title,
				year: call.year,
				edition: call.editionTitle
			}),
			message(t('poster.mail.link'), {
				deadline: formatDateTime(call.deadline, s.language, 'medium'),
				link: link(personal)
			}),
			message(t('mail.signature'))
		],
		s.language
	);
}

describe('the receipt of a poster submission', () => {
	it('reads exactly as before when the organisers wrote no own wording', () => {
		for (const language of ['de', 'en'] as const) {
			// A title that looks like an address is defanged the same way in both.
			for (const title of ['Quartiersbüro Ückendorf', 'Mehr auf www.quartier.example']) {
				for (const changed of [false, true]) {
					const s = aSubmission(language, title);
					const mail = posterConfirmationMail(s, call, token, origin, changed);
					const before = catalogueReceipt(s, changed);
					expect(
						{ subject: mail.subject, text: mail.text, html: mail.html },
						`${language}, ${title}, changed: ${changed}`
					).toEqual(before);
				}
			}
		}
	});

	it('says what was received, with the deadline and the personal link', () => {
		const mail = posterConfirmationMail(aSubmission('de'), call, token, origin, false);
		expect(mail.subject).toBe('Ihre Einreichung zur Posterausstellung 2031');
		expect(mail.text).toBe(
			'Guten Tag Ayşe Demir,\n\n' +
				'vielen Dank für Ihre Einreichung „Quartiersbüro Ückendorf“ zur Posterausstellung der Sozialkonferenz Ruhr 2031 (Quartiere im Wandel). Wir melden uns, sobald die Begutachtung abgeschlossen ist.\n\n' +
				'Bis zum Ende der Frist (01.05.2031, 23:59) können Sie Ihre Einreichung über diesen persönlichen Link ändern; bitte geben Sie ihn nicht weiter: https://konferenz.example/poster-einreichung/TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT\n\n' +
				'Mit freundlichen Grüßen\nIhr Team der Sozialkonferenz Ruhr\nRegionalverband Ruhr\n'
		);
	});

	it('keeps the outbox kinds the receipts have always had', () => {
		const s = aSubmission('de');
		expect(posterConfirmationMail(s, call, token, origin, false).kind).toBe('poster.received');
		expect(posterConfirmationMail(s, call, token, origin, true).kind).toBe('poster.changed');
	});

	it('uses the edition’s own wording in the language of the submission, with the link as a link', () => {
		const own = MailTextForm.parse({
			kind: 'poster.geaendert',
			language: 'en',
			subject: 'Changed: {poster} ({jahr})',
			body: 'Dear {name}, we have your changes to “{poster}” for {titel}.\n\nUntil {frist}:\n{link}'
		});
		const texts = { 'poster.geaendert': { en: { subject: own.subject, body: own.body } } };
		const mail = posterConfirmationMail(aSubmission('en'), call, token, origin, true, texts);
		expect(mail.kind).toBe('poster.changed');
		expect(mail.subject).toBe('Changed: Quartiersbüro Ückendorf (2031)');
		expect(mail.text).toContain(
			'Dear Ayşe Demir, we have your changes to “Quartiersbüro Ückendorf” for Quartiere im Wandel.'
		);
		expect(mail.text).toContain(
			`Until 1 May 2031, 23:59:\nhttps://konferenz.example/poster-einreichung/${token}?lang=en`
		);
		expect(mail.html).toContain(
			`<a href="https://konferenz.example/poster-einreichung/${token}?lang=en">`
		);
		// A German submission of the same edition still gets the default.
		const german = posterConfirmationMail(aSubmission('de'), call, token, origin, true, texts);
		expect(german.subject).toBe('Ihre geänderte Einreichung zur Posterausstellung 2031');
	});
});
