import { formatDateTime, translator, type Locale } from '$lib/i18n';
import { link, message, renderMail, type MailParagraph, type OutgoingMail } from '../mail';
import {
	mailTextFor,
	renderBody,
	renderSubject,
	type MailTexts,
	type PlaceholderValues
} from '../registration/mail-texts';

/** What the mails about a submission need to know of it. */
export interface MailSubmission {
	id: number;
	title: string;
	email: string;
	language: Locale;
	presenter: string;
	boardNumber: number | null;
}

export interface MailCall {
	year: number;
	editionTitle: string;
	deadline: Date;
}

function pageLink(origin: string, lang: Locale, path: string) {
	return link(`${origin}${path}${lang === 'de' ? '' : `?lang=${lang}`}`);
}

function build(
	kind: string,
	s: MailSubmission,
	subject: string,
	body: MailParagraph[]
): OutgoingMail {
	const t = translator(s.language);
	const content = renderMail(
		subject,
		[message(t('mail.greeting'), { name: s.presenter }), ...body, message(t('mail.signature'))],
		s.language
	);
	return {
		kind,
		subjectRef: `poster:${s.id}`,
		to: s.email,
		subject: content.subject,
		text: content.text,
		html: content.html
	};
}

/**
 * The outbox keeps the kinds these mails have always been stored and looked up under; the
 * organisers' texts are named in German like the decisions (`poster.eingegangen`).
 */
const outboxKind = {
	'poster.eingegangen': 'poster.received',
	'poster.geaendert': 'poster.changed'
};

/**
 * After submitting or changing a submission: what was received, and the personal link, in the
 * edition's own wording where the organisers wrote one (`mailtexte`), else the default.
 */
export function posterConfirmationMail(
	s: MailSubmission,
	call: MailCall,
	token: string,
	origin: string,
	changed: boolean,
	texts?: MailTexts
): OutgoingMail {
	const kind = changed ? 'poster.geaendert' : 'poster.eingegangen';
	const text = mailTextFor(texts, kind, s.language);
	const values: PlaceholderValues = {
		name: s.presenter,
		jahr: call.year,
		titel: call.editionTitle,
		poster: s.title,
		link: pageLink(origin, s.language, `/poster-einreichung/${token}`),
		frist: formatDateTime(call.deadline, s.language, 'medium')
	};
	return build(
		outboxKind[kind],
		s,
		renderSubject(text.subject, values),
		renderBody(text.body, values)
	);
}

/**
 * The organisers' decision: accepted (with the board number), rejected or on the waiting list,
 * in the edition's own wording where the organisers wrote one (`mailtexte`), else the default.
 */
export function posterDecisionMail(
	s: MailSubmission,
	call: MailCall,
	decision: 'angenommen' | 'abgelehnt' | 'warteliste',
	origin: string,
	texts?: MailTexts
): OutgoingMail {
	const kind = `poster.${decision}` as const;
	const text = mailTextFor(texts, kind, s.language);
	const values: PlaceholderValues = {
		name: s.presenter,
		jahr: call.year,
		titel: call.editionTitle,
		poster: s.title,
		tafel: s.boardNumber ?? '–',
		konferenzseite: pageLink(origin, s.language, `/konferenz/${call.year}`)
	};
	return build(kind, s, renderSubject(text.subject, values), renderBody(text.body, values));
}
