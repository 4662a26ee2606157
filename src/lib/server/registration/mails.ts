import type { Edition } from '$lib/types/conference';
import { formatDate, formatTime } from '$lib/i18n';
import { municipalityByAgs } from '$lib/reference/municipalities';
import { editionCalendar, venueLine } from '../conference/calendar';
import { renderCalendar } from '../conference/ics';
import { lines, link, para, renderMail, type MailParagraph, type OutgoingMail } from '../mail';
import type { MailAttachment } from '../db/schema';

export interface MailRegistration {
	id: number;
	firstName: string;
	lastName: string;
	email: string;
	status: 'pending' | 'confirmed' | 'waitlisted' | 'cancelled' | 'expired';
	organisation: string | null;
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
}

const sectorLabels: Record<string, string> = {
	wissenschaft: 'Wissenschaft',
	kommunalverwaltung: 'Kommunalverwaltung',
	politik: 'Politik',
	freie_wohlfahrtspflege: 'Freie Wohlfahrtspflege',
	praxis_traeger: 'Praxis/Träger',
	sonstiges: 'Sonstiges'
};

function eventLine(edition: Edition): MailParagraph {
	const when = edition.date
		? `${formatDate(edition.date, 'de')}${edition.startTime && edition.endTime ? `, ${edition.startTime.slice(0, 5)}–${edition.endTime.slice(0, 5)} Uhr` : ''}`
		: 'Datum folgt';
	const where = venueLine(edition);
	return lines(para`Sozialkonferenz Ruhr ${edition.year}: ${edition.title}`, when, where || null);
}

function details(r: MailRegistration, ctx: MailContext): MailParagraph {
	const needs = [
		r.needsStepFree ? 'stufenloser Zugang' : null,
		r.needsSignLanguage ? 'Gebärdensprachdolmetschung' : null,
		r.needsInductionLoop ? 'Induktionsschleife' : null,
		r.needsOther
	].filter(Boolean);
	const municipality = r.municipalityAgs
		? (municipalityByAgs(r.municipalityAgs)?.name ?? r.municipalityAgs)
		: 'außerhalb der Metropole Ruhr';
	return lines(
		para`Ihre Angaben:`,
		para`Name: ${r.firstName} ${r.lastName}`,
		para`E-Mail: ${r.email}`,
		r.organisation ? para`Organisation: ${r.organisation}` : null,
		para`Bereich: ${sectorLabels[r.sector] ?? r.sector}`,
		para`Kommune: ${municipality}`,
		ctx.workshop ? para`Workshop: ${ctx.workshop}` : null,
		ctx.workshopWaitlist ? para`Warteliste für den Workshop: ${ctx.workshopWaitlist}` : null,
		needs.length ? para`Barrierefreiheit: ${needs.join(', ')}` : null,
		r.dietary ? para`Verpflegung: ${r.dietary}` : null
	);
}

function personalLink(ctx: MailContext) {
	return ctx.token ? link(`${ctx.origin}/anmeldung/${ctx.token}`) : null;
}

function registrationPage(ctx: MailContext) {
	return link(`${ctx.origin}/konferenz/${ctx.edition.year}/anmeldung`);
}

function calendarAttachment(edition: Edition, origin: string): MailAttachment[] {
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

function deadline(r: MailRegistration): string {
	return `${formatDate(r.expiresAt.toISOString().slice(0, 10), 'de')}, ${formatTime(r.expiresAt, 'de')} Uhr`;
}

function mail(
	kind: string,
	r: MailRegistration,
	subject: string,
	paragraphs: (MailParagraph | null)[],
	attachments: MailAttachment[] = []
): OutgoingMail {
	const content = renderMail(
		subject,
		paragraphs.filter((p): p is MailParagraph => p !== null)
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

const signature = para`Mit freundlichen Grüßen\nIhr Team der Sozialkonferenz Ruhr\nRegionalverband Ruhr`;

function greeting(r: MailRegistration): MailParagraph {
	return para`Guten Tag ${r.firstName} ${r.lastName},`;
}

/** After registering: confirm the address (double opt-in); the seat or waiting-list place is held. */
export function confirmationRequestMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	const state =
		r.status === 'waitlisted'
			? `Die Konferenz ist ausgebucht. Sie stehen auf Platz ${ctx.waitlistPosition} der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail.`
			: 'Ihr Platz ist für Sie reserviert.';
	return mail(
		'registration.confirm_request',
		r,
		`Bitte bestätigen Sie Ihre Anmeldung – Sozialkonferenz Ruhr ${ctx.edition.year}`,
		[
			greeting(r),
			para`vielen Dank für Ihre Anmeldung. ${state}`,
			para`Bitte bestätigen Sie Ihre E-Mail-Adresse bis ${deadline(r)} über diesen Link; sonst verfällt die Anmeldung:\n${personalLink(ctx)}`,
			para`Über denselben persönlichen Link können Sie Ihre Anmeldung jederzeit ansehen, Workshop und Hinweise ändern, absagen oder Ihre Daten herunterladen und löschen. Bitte geben Sie ihn nicht weiter.`,
			eventLine(ctx.edition),
			details(r, ctx),
			signature
		],
		calendarAttachment(ctx.edition, ctx.origin)
	);
}

export function linkAgainMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail(
		'registration.link_again',
		r,
		`Ihr persönlicher Link – Sozialkonferenz Ruhr ${ctx.edition.year}`,
		[
			greeting(r),
			para`mit dieser E-Mail-Adresse wurde noch einmal eine Anmeldung abgeschickt. Sie sind bereits angemeldet; Ihre bestehende Anmeldung gilt weiter, eine zweite wurde nicht angelegt. Waren Sie das nicht, können Sie diese E-Mail ignorieren.`,
			para`Hier ist Ihr persönlicher Link:\n${personalLink(ctx)}`,
			r.status === 'pending' || (r.status === 'waitlisted' && !r.emailConfirmedAt)
				? para`Bitte bestätigen Sie Ihre E-Mail-Adresse bis ${deadline(r)} über diesen Link; sonst verfällt die Anmeldung.`
				: null,
			eventLine(ctx.edition),
			signature
		]
	);
}

export function promotedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail(
		'waitlist.promoted',
		r,
		`Ein Platz ist frei geworden – Sozialkonferenz Ruhr ${ctx.edition.year}`,
		[
			greeting(r),
			para`gute Nachricht: Ein Platz ist frei geworden, und Sie sind von der Warteliste nachgerückt.`,
			r.status === 'pending'
				? para`Bitte bestätigen Sie noch Ihre E-Mail-Adresse bis ${deadline(r)} über den Link aus Ihrer ersten E-Mail; sonst verfällt der Platz.`
				: para`Ihre Anmeldung ist damit verbindlich.`,
			ctx.workshop ? para`Ihr Workshop: ${ctx.workshop}` : null,
			eventLine(ctx.edition),
			signature
		],
		calendarAttachment(ctx.edition, ctx.origin)
	);
}

export function workshopPromotedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail(
		'workshop.promoted',
		r,
		`Workshopplatz frei geworden – Sozialkonferenz Ruhr ${ctx.edition.year}`,
		[
			greeting(r),
			para`im Workshop „${ctx.workshop}“ ist ein Platz frei geworden; er ist jetzt für Sie reserviert.`,
			signature
		]
	);
}

export function confirmedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail(
		'registration.confirmed',
		r,
		`Anmeldung bestätigt – Sozialkonferenz Ruhr ${ctx.edition.year}`,
		[
			greeting(r),
			r.status === 'waitlisted'
				? para`Ihre E-Mail-Adresse ist bestätigt. Sie stehen auf Platz ${ctx.waitlistPosition} der Warteliste.`
				: para`Ihre Anmeldung ist bestätigt. Wir freuen uns auf Sie.`,
			eventLine(ctx.edition),
			details(r, ctx),
			signature
		]
	);
}

export function changedMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail(
		'registration.changed',
		r,
		`Anmeldung geändert – Sozialkonferenz Ruhr ${ctx.edition.year}`,
		[greeting(r), para`Ihre Änderungen sind gespeichert.`, details(r, ctx), signature]
	);
}

export function cancelledMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail(
		'registration.cancelled',
		r,
		`Abmeldung bestätigt – Sozialkonferenz Ruhr ${ctx.edition.year}`,
		[
			greeting(r),
			para`Sie haben sich von der Sozialkonferenz Ruhr abgemeldet. Ihr Platz wird an die Warteliste weitergegeben.`,
			para`Sie können sich bis zum Anmeldeschluss erneut anmelden: ${registrationPage(ctx)}`,
			signature
		]
	);
}

export function expiredMail(r: MailRegistration, ctx: MailContext): OutgoingMail {
	return mail(
		'registration.expired',
		r,
		`Anmeldung verfallen – Sozialkonferenz Ruhr ${ctx.edition.year}`,
		[
			greeting(r),
			para`Ihre Anmeldung wurde nicht rechtzeitig bestätigt und ist deshalb verfallen.`,
			para`Sie können sich bis zum Anmeldeschluss erneut anmelden: ${registrationPage(ctx)}`,
			signature
		]
	);
}
