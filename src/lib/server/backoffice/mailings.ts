import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Transaction } from '../db';
import { editions, registrations } from '../db/schema';
import { recordAudit } from '../audit';
import { defangLinks, enqueueMail } from '../mail';
import { optionalRowId, optionalText, requiredText } from '../fields';
import { formatDate, translator, type MessageKey } from '$lib/i18n';
import type { Language } from '$lib/types/enums';

export const audiences = ['mit_platz', 'bestaetigt', 'warteliste', 'workshop'] as const;
export type Audience = (typeof audiences)[number];

export const MailingForm = z
	.object({
		audience: z.enum(audiences, { error: 'Bitte wählen Sie die Empfängergruppe.' }),
		workshop: optionalRowId('Bitte wählen Sie den Workshop.'),
		subject: requiredText({
			max: 200,
			required: 'Bitte geben Sie einen Betreff an.',
			tooLong: 'Der Betreff darf höchstens 200 Zeichen lang sein.'
		}),
		text: requiredText({
			max: 10_000,
			multiline: true,
			required: 'Bitte schreiben Sie einen Text.',
			tooLong: 'Der Text darf höchstens 10.000 Zeichen lang sein.'
		}),
		// The English version is optional; without it, everyone gets the German one.
		subjectEn: optionalText({ max: 200, tooLong: 'bo.err.subjectEnLong' satisfies MessageKey }),
		textEn: optionalText({
			max: 10_000,
			multiline: true,
			tooLong: 'bo.err.textEnLong' satisfies MessageKey
		})
	})
	.refine((m) => m.audience !== 'workshop' || m.workshop !== null, {
		path: ['workshop'],
		message: 'Bitte wählen Sie den Workshop.'
	})
	.refine((m) => m.textEn === null || m.subjectEn !== null, {
		path: ['subjectEn'],
		message: 'bo.err.subjectEnMissing' satisfies MessageKey
	})
	.refine((m) => m.subjectEn === null || m.textEn !== null, {
		path: ['textEn'],
		message: 'bo.err.textEnMissing' satisfies MessageKey
	});
export type MailingInput = z.infer<typeof MailingForm>;

/** A mail's German text and, optionally, its English one (both placeholders as `{vorname}`). */
export interface MailingVersions {
	subject: string;
	text: string;
	subjectEn: string | null;
	textEn: string | null;
}

/** The version for a reader: English for those who registered in English, if there is one. */
export function versionFor(
	versions: MailingVersions,
	language: Language
): { subject: string; text: string } {
	return language === 'en' && versions.subjectEn !== null && versions.textEn !== null
		? { subject: versions.subjectEn, text: versions.textEn }
		: { subject: versions.subject, text: versions.text };
}

export interface Recipient {
	id: number;
	firstName: string;
	lastName: string;
	email: string;
	language: Language;
}

export async function mailingRecipients(
	db: Database | Transaction,
	editionId: number,
	input: Pick<MailingInput, 'audience' | 'workshop'>
): Promise<Recipient[]> {
	const statuses =
		input.audience === 'bestaetigt'
			? ['confirmed']
			: input.audience === 'warteliste'
				? ['waitlisted']
				: ['pending', 'confirmed'];
	return db
		.select({
			id: registrations.id,
			firstName: registrations.firstName,
			lastName: registrations.lastName,
			email: registrations.email,
			language: registrations.language
		})
		.from(registrations)
		.where(
			and(
				eq(registrations.editionId, editionId),
				inArray(registrations.status, statuses as ('pending' | 'confirmed' | 'waitlisted')[]),
				isNull(registrations.anonymisedAt),
				input.audience === 'workshop' ? eq(registrations.workshopId, input.workshop!) : undefined
			)
		)
		.orderBy(asc(registrations.id));
}

/**
 * `{vorname}` and `{nachname}` become the recipient's names; nothing else is interpreted. A name
 * that looks like a web address is defanged, so mail clients do not turn it into a link in a
 * mail the organisers sent (the organisers' own text keeps its links).
 */
export function personalise(text: string, r: Pick<Recipient, 'firstName' | 'lastName'>): string {
	return text
		.replaceAll('{vorname}', defangLinks(r.firstName))
		.replaceAll('{nachname}', defangLinks(r.lastName));
}

/**
 * Queues one mail per recipient in the outbox and records `mailing.sent`, all in one transaction:
 * either everyone is queued or no one. The outbox worker sends them; `subjectRef` ties each mail
 * to its registration, so deleting a person's data deletes their copy too.
 */
export async function sendMailing(
	db: Database,
	editionId: number,
	input: MailingInput,
	actorUserId: number,
	now: Date
): Promise<number> {
	return db.transaction(async (tx) => {
		const recipients = await mailingRecipients(tx, editionId, input);
		for (const r of recipients) {
			const version = versionFor(input, r.language);
			await enqueueMail(
				tx,
				{
					kind: 'mailing',
					subjectRef: `registration:${r.id}`,
					to: r.email,
					subject: personalise(version.subject, r),
					text: personalise(version.text, r)
				},
				now
			);
		}
		await recordAudit(
			tx,
			{
				actorUserId,
				action: 'mailing.sent',
				subjectType: 'edition',
				subjectId: editionId,
				details: {
					audience: input.audience,
					workshop: input.workshop,
					recipients: recipients.length,
					inEnglish:
						input.textEn === null ? 0 : recipients.filter((r) => r.language === 'en').length,
					subject: input.subject
				}
			},
			now
		);
		return recipients.length;
	});
}

/** The ready reminder, meant for one week before the conference, in German and English. */
export async function reminderTemplate(
	db: Database | Transaction,
	editionId: number
): Promise<{ subject: string; text: string; subjectEn: string; textEn: string }> {
	const [e] = await db.select().from(editions).where(eq(editions.id, editionId));
	const venue = [
		e.venueName,
		e.venueStreet,
		[e.venuePostcode, e.venueCity].filter(Boolean).join(' ')
	]
		.filter(Boolean)
		.join(', ');
	const version = (language: Language) => {
		const t = translator(language);
		const about = { year: e.year, title: e.title };
		const begins = !e.date
			? t('mail.reminder.beginsSoon', about)
			: e.startTime
				? t('mail.reminder.beginsAt', {
						...about,
						day: formatDate(e.date, language),
						time: e.startTime.slice(0, 5)
					})
				: t('mail.reminder.beginsOn', { ...about, day: formatDate(e.date, language) });
		return {
			subject: t('mail.reminder.subject', { year: e.year }),
			text: [
				t('mail.reminder.greeting'),
				'',
				begins,
				venue ? t('mail.reminder.venue', { venue }) : null,
				'',
				t('mail.reminder.badge'),
				'',
				t('mail.reminder.closing')
			]
				.filter((line) => line !== null)
				.join('\n')
		};
	};
	const de = version('de');
	const en = version('en');
	return { ...de, subjectEn: en.subject, textEn: en.text };
}
