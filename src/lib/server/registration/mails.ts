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
export function registrationCalendar(edition: Edition, origin: string): MailAttachment[] {
	const calendar = editionCalendar(edition, origin, new Date());
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
 * A mail in the reader's language: greeting, the paragraphs, signature. `build` gets the
 * language and its translator and returns the subject and the paragraphs between.
 */
function mail(
	kind: string,
	r: MailRegistration,
	ctx: MailContext,
	build: (lang: Locale, t: Translate) => { subject: string; paragraphs: (MailParagraph | null)[] },
	attachments: MailAttachment[] = []
): OutgoingMail {
	const { lang, t } = speaker(r, ctx);
	const built = build(lang, t);
	const content = renderMail(
		built.subject,
		[
			message(t('mail.greeting'), { name: `${r.firstName} ${r.lastName}` }),
			...built.paragraphs.filter((p): p is MailParagraph => p !== null),
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

const subjectOf = (t: Translate, key: Parameters<Translate>[0], ctx: MailContext) =>
	t(key, { year: ctx.edition.year });

/** After registering: confirm the address (double opt-in); the seat or waiting-list place is held. */
export function confirmationRequestMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail(
		'registration.confirm_request',
		r,
		ctx,
		(lang, t) => ({
			subject: subjectOf(t, 'mail.confirmRequest.subject', ctx),
			paragraphs: [
				r.status === 'waitlisted'
					? message(t('mail.confirmRequest.waitlist'), { position: ctx.waitlistPosition })
					: message(t('mail.confirmRequest.seat')),
				message(t('mail.confirmRequest.confirm'), {
					deadline: deadline(r, lang, t),
					link: personalLink(ctx, lang)
				}),
				message(t('mail.confirmRequest.linkUse')),
				eventLine(ctx.edition, lang, t),
				details(r, ctx, t)
			]
		}),
		ctx.calendar ?? registrationCalendar(ctx.edition, ctx.origin)
	);
}

export function linkAgainMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('registration.link_again', r, ctx, (lang, t) => ({
		subject: subjectOf(t, 'mail.linkAgain.subject', ctx),
		paragraphs: [
			message(t('mail.linkAgain.body')),
			message(t('mail.linkAgain.link'), { link: personalLink(ctx, lang) }),
			r.status === 'pending' || (r.status === 'waitlisted' && !r.emailConfirmedAt)
				? message(t('mail.linkAgain.confirm'), { deadline: deadline(r, lang, t) })
				: null,
			eventLine(ctx.edition, lang, t)
		]
	}));
}

export function promotedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail(
		'waitlist.promoted',
		r,
		ctx,
		(lang, t) => ({
			subject: subjectOf(t, 'mail.promoted.subject', ctx),
			paragraphs: [
				message(t('mail.promoted.body')),
				r.status === 'pending'
					? message(t('mail.promoted.confirm'), { deadline: deadline(r, lang, t) })
					: message(t('mail.promoted.binding')),
				ctx.workshop ? message(t('mail.promoted.workshop'), { workshop: ctx.workshop }) : null,
				eventLine(ctx.edition, lang, t)
			]
		}),
		ctx.calendar ?? registrationCalendar(ctx.edition, ctx.origin)
	);
}

export function workshopPromotedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('workshop.promoted', r, ctx, (_, t) => ({
		subject: subjectOf(t, 'mail.workshopPromoted.subject', ctx),
		paragraphs: [message(t('mail.workshopPromoted.body'), { workshop: ctx.workshop })]
	}));
}

export function confirmedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('registration.confirmed', r, ctx, (lang, t) => ({
		subject: subjectOf(t, 'mail.confirmed.subject', ctx),
		paragraphs: [
			r.status === 'waitlisted'
				? message(t('mail.confirmed.waitlist'), { position: ctx.waitlistPosition })
				: message(t('mail.confirmed.body')),
			eventLine(ctx.edition, lang, t),
			details(r, ctx, t)
		]
	}));
}

export function changedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('registration.changed', r, ctx, (_, t) => ({
		subject: subjectOf(t, 'mail.changed.subject', ctx),
		paragraphs: [message(t('mail.changed.body')), details(r, ctx, t)]
	}));
}

export function cancelledMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('registration.cancelled', r, ctx, (lang, t) => ({
		subject: subjectOf(t, 'mail.cancelled.subject', ctx),
		paragraphs: [
			message(t('mail.cancelled.body')),
			message(t('mail.registerAgain'), { link: registrationPage(ctx, lang) })
		]
	}));
}

export function expiredMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail('registration.expired', r, ctx, (lang, t) => ({
		subject: subjectOf(t, 'mail.expired.subject', ctx),
		paragraphs: [
			message(t('mail.expired.body')),
			message(t('mail.registerAgain'), { link: registrationPage(ctx, lang) })
		]
	}));
}
