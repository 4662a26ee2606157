import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Locale } from '$lib/i18n';
import type { Database } from '../db';
import { registrations } from '../db/schema';
import { mailOfKind, type MailRegistration } from './mails';
import { isPosterMailKind, type MailText, type MailTextKind } from './mail-texts';
import { posterDecisionMail } from '../posters/mails';
import { editionById, mailContext, waitlistPosition, workshopLoads } from './store';

export interface MailPreview {
	subject: string;
	text: string;
	/** Whose registration the preview shows; null for the sample person. */
	name: string | null;
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
		// A poster decision knows the poster, not a registration: a sample poster of this edition.
		const mail = posterDecisionMail(
			{
				id: 0,
				title:
					language === 'en'
						? 'Making neighbourhood work visible'
						: 'Quartiersarbeit sichtbar machen',
				email: 'erika.beispiel@example.org',
				language,
				presenter: 'Erika Beispiel',
				boardNumber: kind === 'poster.angenommen' ? 12 : null
			},
			{ year: edition.year, editionTitle: edition.title, deadline: context.now },
			kind === 'poster.angenommen'
				? 'angenommen'
				: kind === 'poster.abgelehnt'
					? 'abgelehnt'
					: 'warteliste',
			context.origin,
			{ [kind]: { [language]: text } }
		);
		return { subject: mail.subject, text: mail.text, name: null };
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
		name: latest ? `${latest.firstName} ${latest.lastName}` : null
	};
}
