import type { Edition } from '$lib/types/conference';
import {
	formatDate,
	formatTime,
	isMessageKey,
	translator,
	type Locale,
	type Translate
} from '$lib/i18n';
import { municipalityByAgs } from '$lib/reference/municipalities';
import { editionCalendar, venueLine } from '../conference/calendar';
import { renderCalendar } from '../conference/ics';
import { lines, link, message, renderMail, type MailParagraph, type OutgoingMail } from '../mail';
import type { MailAttachment } from '../db/schema';
import {
	mailTextFor,
	renderBody,
	renderSubject,
	type MailTextKind,
	type PosterMailKind,
	type MailTexts,
	type PlaceholderValues
} from './mail-texts';

export interface MailRegistration {
	id: number;
	firstName: string;
	lastName: string;
	email: string;
	status: 'pending' | 'confirmed' | 'waitlisted' | 'cancelled' | 'expired';
	organisation: string | null;
	jobTitle?: string | null;
	sector: string;
	municipalityAgs: string | null;
	expiresAt: Date;
	/** Set once the address is confirmed (double opt-in). */
	emailConfirmedAt?: Date | null;
	needsStepFree: boolean;
	needsSignLanguage: boolean;
	needsInductionLoop: boolean;
	needsOther: string | null;
	dietary: string | null;
	/** The language the person registered in; the mail is written in it. */
	language: Locale;
}

export interface MailContext {
	edition: Edition;
	origin: string;
	/** Title of the workshop held, of the one waited for, or null. */
	workshop: string | null;
	workshopWaitlist: string | null;
	waitlistPosition: number | null;
	/** The personal link's token, when this mail carries the link. */
	token: string | null;
	/** Overrides the person's language (a repeated registration answers in the page's language). */
	language?: Locale;
	/** The edition's own mail texts; a kind without one is sent in the default wording. */
	texts?: MailTexts;
	/** The edition's calendar attachment, when already made (outside the seat lock). */
	calendar?: MailAttachment[];
}

export type { MailAttachment };

/** The mail's language and its translator. */
function speaker(r: MailRegistration, ctx: MailContext): { lang: Locale; t: Translate } {
	const lang = ctx.language ?? r.language;
	return { lang, t: translator(lang) };
}

/** `?lang=en` on the platform's links, so that the page opens in the mail's language. */
function pageLink(ctx: MailContext, lang: Locale, path: string) {
	return link(`${ctx.origin}${path}${lang === 'de' ? '' : `?lang=${lang}`}`);
}

function eventLine(edition: Edition, lang: Locale, t: Translate): MailParagraph {
	const day = edition.date ? formatDate(edition.date, lang) : null;
	const when = !day
		? t('mail.dateFollows')
		: edition.startTime && edition.endTime
			? t('mail.dayAndTimes', {
					day,
					start: edition.startTime.slice(0, 5),
					end: edition.endTime.slice(0, 5)
				})
			: day;
	const where = venueLine(edition);
	return lines(
		message(t('mail.event'), { year: edition.year, title: edition.title }),
		when,
		where || null
	);
}

function details(r: MailRegistration, ctx: MailContext, t: Translate): MailParagraph {
	const needs = [
		r.needsStepFree ? t('mail.need.stepFree') : null,
		r.needsSignLanguage ? t('mail.need.signLanguage') : null,
		r.needsInductionLoop ? t('mail.need.inductionLoop') : null,
		r.needsOther
	].filter(Boolean);
	const municipality = r.municipalityAgs
		? (municipalityByAgs(r.municipalityAgs)?.name ?? r.municipalityAgs)
		: t('reg.outsideRuhr');
	const sector = `sector.${r.sector}`;
	const detail = (key: Parameters<Translate>[0], value: string | null | undefined) =>
		value ? message(t(key), { value }) : null;
	return lines(
		t('mail.details'),
		detail('mail.detail.name', `${r.firstName} ${r.lastName}`),
		detail('mail.detail.email', r.email),
		detail('mail.detail.organisation', r.organisation),
		detail('mail.detail.jobTitle', r.jobTitle),
		detail('mail.detail.sector', isMessageKey(sector) ? t(sector) : r.sector),
		detail('mail.detail.municipality', municipality),
		detail('mail.detail.workshop', ctx.workshop),
		detail('mail.detail.workshopWaitlist', ctx.workshopWaitlist),
		detail('mail.detail.access', needs.join(', ')),
		detail('mail.detail.dietary', r.dietary)
	);
}

function personalLink(ctx: MailContext, lang: Locale) {
	return ctx.token ? pageLink(ctx, lang, `/anmeldung/${ctx.token}`) : null;
}

function registrationPage(ctx: MailContext, lang: Locale) {
	return pageLink(ctx, lang, `/konferenz/${ctx.edition.year}/anmeldung`);
}

/** The calendar file attached to the confirmation request: the same for every registration. */
export function registrationCalendar(
	edition: Edition,
	origin: string,
	stamp: Date = new Date()
): MailAttachment[] {
	const calendar = editionCalendar(edition, origin, stamp);
	if (!calendar) return [];
	return [
		{
			filename: `sozialkonferenz-ruhr-${edition.year}.ics`,
			contentType: 'text/calendar; charset=utf-8',
			content: Buffer.from(renderCalendar(calendar)).toString('base64')
		}
	];
}

function deadline(r: MailRegistration, lang: Locale, t: Translate): string {
	return t('mail.dayAndTime', {
		day: formatDate(r.expiresAt.toISOString().slice(0, 10), lang),
		time: formatTime(r.expiresAt, lang)
	});
}

/**
 * A mail in the reader's language: greeting, the paragraphs of the edition's text for this kind
 * (its own wording or the default, see mail-texts.ts), signature. `stand` is the kind's sentence
 * on the state of the registration (the `{stand}` placeholder), null where there is none.
 */
function mail(
	kind: MailTextKind,
	r: MailRegistration,
	ctx: MailContext,
	stand: (lang: Locale, t: Translate) => MailParagraph | MailParagraph[] | null,
	attachments: MailAttachment[] = []
): OutgoingMail {
	const { lang, t } = speaker(r, ctx);
	const text = mailTextFor(ctx.texts, kind, lang);
	const values: PlaceholderValues = {
		name: `${r.firstName} ${r.lastName}`,
		vorname: r.firstName,
		nachname: r.lastName,
		jahr: ctx.edition.year,
		titel: ctx.edition.title,
		link: personalLink(ctx, lang),
		anmeldeseite: registrationPage(ctx, lang),
		frist: deadline(r, lang, t),
		platz: ctx.waitlistPosition,
		workshop: ctx.workshop,
		stand: stand(lang, t),
		veranstaltung: eventLine(ctx.edition, lang, t),
		angaben: details(r, ctx, t)
	};
	const content = renderMail(
		renderSubject(text.subject, values),
		[
			message(t('mail.greeting'), { name: `${r.firstName} ${r.lastName}` }),
			...renderBody(text.body, values),
			message(t('mail.signature'))
		],
		lang
	);
	return {
		kind,
		subjectRef: `registration:${r.id}`,
		to: r.email,
		subject: content.subject,
		text: content.text,
		html: content.html,
		attachments
	};
}

const none = () => null;

/** After registering: confirm the address (double opt-in); the seat or waiting-list place is held. */
export function confirmationRequestMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail(
		'registration.confirm_request',
		r,
		ctx,
		(_, t) =>
			r.status === 'waitlisted'
				? message(t('mail.confirmRequest.waitlist'), { position: ctx.waitlistPosition })
				: message(t('mail.confirmRequest.seat')),
		ctx.calendar ?? registrationCalendar(ctx.edition, ctx.origin)
	);
}

export function linkAgainMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('registration.link_again', r, ctx, (lang, t) =>
		r.status === 'pending' || (r.status === 'waitlisted' && !r.emailConfirmedAt)
			? message(t('mail.linkAgain.confirm'), { deadline: deadline(r, lang, t) })
			: null
	);
}

export function promotedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail(
		'waitlist.promoted',
		r,
		ctx,
		(lang, t) =>
			[
				r.status === 'pending'
					? message(t('mail.promoted.confirm'), { deadline: deadline(r, lang, t) })
					: message(t('mail.promoted.binding')),
				ctx.workshop ? message(t('mail.promoted.workshop'), { workshop: ctx.workshop }) : null
			].filter((p): p is MailParagraph => p !== null),
		ctx.calendar ?? registrationCalendar(ctx.edition, ctx.origin)
	);
}

export function workshopPromotedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('workshop.promoted', r, ctx, none);
}

/**
 * The registration is confirmed. A registration taken by an organiser gets no confirmation
 * request, so this is the person's first mail: it then carries the personal link (`ctx.token`).
 */
export function confirmedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('registration.confirmed', r, ctx, (lang, t) => {
		const state =
			r.status === 'waitlisted'
				? message(t('mail.confirmed.waitlist'), { position: ctx.waitlistPosition })
				: message(t('mail.confirmed.body'));
		const personal = personalLink(ctx, lang);
		return personal ? [state, message(t('mail.confirmed.link'), { link: personal })] : state;
	});
}

export function changedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('registration.changed', r, ctx, none);
}

export function cancelledMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('registration.cancelled', r, ctx, none);
}

export function expiredMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('registration.expired', r, ctx, none);
}

/** After leaving the waiting list from the personal page. */
export function waitlistLeftMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('waitlist.left', r, ctx, none);
}

/** Each kind's mail, for the organisers' preview. */
export const mailOfKind: Record<
	Exclude<MailTextKind, PosterMailKind>,
	(r: MailRegistration, ctx: MailContext) => OutgoingMail
> = {
	'registration.confirm_request': confirmationRequestMail,
	'registration.link_again': linkAgainMail,
	'registration.confirmed': confirmedMail,
	'registration.changed': changedMail,
	'registration.cancelled': cancelledMail,
	'registration.expired': expiredMail,
	'waitlist.promoted': promotedMail,
	'waitlist.left': waitlistLeftMail,
	'workshop.promoted': workshopPromotedMail
};
