import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Transaction } from '../db';
import { editions, registrations } from '../db/schema';
import { recordAudit } from '../audit';
import { defangLinks, enqueueMail } from '../mail';
import { optionalRowId, requiredText } from '../fields';

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
		})
	})
	.refine((m) => m.audience !== 'workshop' || m.workshop !== null, {
		path: ['workshop'],
		message: 'Bitte wählen Sie den Workshop.'
	});
export type MailingInput = z.infer<typeof MailingForm>;

export interface Recipient {
	id: number;
	firstName: string;
	lastName: string;
	email: string;
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
			email: registrations.email
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
			await enqueueMail(
				tx,
				{
					kind: 'mailing',
					subjectRef: `registration:${r.id}`,
					to: r.email,
					subject: personalise(input.subject, r),
					text: personalise(input.text, r)
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
					subject: input.subject
				}
			},
			now
		);
		return recipients.length;
	});
}

const longDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeZone: 'UTC' });

/** The ready reminder, meant for one week before the conference. */
export async function reminderTemplate(
	db: Database | Transaction,
	editionId: number
): Promise<{ subject: string; text: string }> {
	const [e] = await db.select().from(editions).where(eq(editions.id, editionId));
	const day = e.date ? longDate.format(new Date(`${e.date}T00:00:00Z`)) : 'dem Konferenztag';
	const time = e.startTime ? ` um ${e.startTime.slice(0, 5)} Uhr` : '';
	const venue = [
		e.venueName,
		e.venueStreet,
		[e.venuePostcode, e.venueCity].filter(Boolean).join(' ')
	]
		.filter(Boolean)
		.join(', ');
	return {
		subject: `Erinnerung: Sozialkonferenz Ruhr ${e.year} in einer Woche`,
		text: [
			'Guten Tag {vorname} {nachname},',
			'',
			`in einer Woche ist es so weit: Die Sozialkonferenz Ruhr ${e.year} „${e.title}“ beginnt am ${day}${time}.`,
			venue ? `Ort: ${venue}` : null,
			'',
			'Bitte bringen Sie Ihr Namensschild nicht mit – Sie erhalten es am Empfang. Wenn Sie nicht teilnehmen können, sagen Sie bitte über den Link in Ihrer Bestätigung ab, damit Ihr Platz an die Warteliste geht.',
			'',
			'Wir freuen uns auf Sie!',
			'Ihr Organisationsteam der Sozialkonferenz Ruhr'
		]
			.filter((line) => line !== null)
			.join('\n')
	};
}
