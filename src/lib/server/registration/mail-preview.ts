import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Locale } from '$lib/i18n';
import type { Database } from '../db';
import { registrations } from '../db/schema';
import { mailOfKind, type MailRegistration } from './mails';
import {
	isPosterMailKind,
	type MailText,
	type MailTextKind,
	type MailTexts,
	type PosterMailKind
} from './mail-texts';
import {
	posterConfirmationMail,
	posterDecisionMail,
	type MailCall,
	type MailSubmission
} from '../posters/mails';
import { callOfEdition } from '../posters/store';
import { editionById, mailContext, waitlistPosition, workshopLoads } from './store';

export interface MailPreview {
	subject: string;
	text: string;
	/** Whose registration the preview shows; null for the sample person. */
	name: string | null;
	/** A poster mail shows a sample poster; a registration mail a registration or a sample person. */
	sample: 'poster' | 'registration';
}

const sample = (language: Locale, now: Date): MailRegistration => ({
	id: 0,
	firstName: 'Erika',
	lastName: 'Beispiel',
	email: 'erika.beispiel@example.org',
	status: 'pending',
	organisation: 'Stadt Beispielstadt',
	jobTitle: null,
	sector: 'kommunalverwaltung',
	municipalityAgs: null,
	expiresAt: new Date(now.getTime() + 72 * 3_600_000),
	needsStepFree: false,
	needsSignLanguage: false,
	needsInductionLoop: false,
	needsOther: null,
	dietary: null,
	language
});

/**
 * A mail of one kind as it would go out now, with the edition's latest registration (or a
 * sample person when there is none) and `text` in place of the stored wording, so an organiser
 * sees an unsaved text with real data. The personal link in it is a placeholder, never a token.
 */
export async function previewMail(
	db: Database,
	editionId: number,
	kind: MailTextKind,
	language: Locale,
	text: MailText,
	context: { origin: string; now: Date }
): Promise<MailPreview> {
	const edition = await editionById(db, editionId);
	if (isPosterMailKind(kind)) {
		// A poster mail knows the poster, not a registration: a sample poster of this edition.
		const call = await callOfEdition(db, editionId);
		const mail = posterMail(
			kind,
			samplePoster(language, kind === 'poster.angenommen' ? 12 : null),
			{ year: edition.year, editionTitle: edition.title, deadline: call?.deadline ?? context.now },
			context.origin,
			{ [kind]: { [language]: text } }
		);
		return { subject: mail.subject, text: mail.text, name: null, sample: 'poster' };
	}
	const [latest] = await db
		.select()
		.from(registrations)
		.where(and(eq(registrations.editionId, editionId), isNull(registrations.anonymisedAt)))
		.orderBy(desc(registrations.id))
		.limit(1);
	const person: MailRegistration = latest ?? sample(language, context.now);
	const loads = await workshopLoads(db, editionId);
	const position =
		latest?.status === 'waitlisted' ? await waitlistPosition(db, editionId, latest.id) : 3;
	const ctx = mailContext(
		{ ...edition, mailTexts: { ...edition.mailTexts, [kind]: { [language]: text } } },
		context.origin,
		latest ?? { workshopId: null, workshopWaitlistId: null },
		loads,
		{ token: 'x'.repeat(43), waitlistPosition: position, language }
	);
	const mail = mailOfKind[kind](person, ctx);
	return {
		subject: mail.subject,
		text: mail.text,
		name: latest ? `${latest.firstName} ${latest.lastName}` : null,
		sample: 'registration'
	};
}

const samplePoster = (language: Locale, boardNumber: number | null): MailSubmission => ({
	id: 0,
	title:
		language === 'en' ? 'Making neighbourhood work visible' : 'Quartiersarbeit sichtbar machen',
	email: 'erika.beispiel@example.org',
	language,
	presenter: 'Erika Beispiel',
	boardNumber
});

function posterMail(
	kind: PosterMailKind,
	poster: MailSubmission,
	call: MailCall,
	origin: string,
	texts: MailTexts
) {
	switch (kind) {
		case 'poster.eingegangen':
		case 'poster.geaendert':
			// The personal link shows where it goes, with a placeholder instead of a token.
			return posterConfirmationMail(
				poster,
				call,
				'x'.repeat(43),
				origin,
				kind === 'poster.geaendert',
				texts
			);
		case 'poster.angenommen':
			return posterDecisionMail(poster, call, 'angenommen', origin, texts);
		case 'poster.abgelehnt':
			return posterDecisionMail(poster, call, 'abgelehnt', origin, texts);
		case 'poster.warteliste':
			return posterDecisionMail(poster, call, 'warteliste', origin, texts);
	}
}
