import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Language } from '$lib/types/enums';
import { translator } from '$lib/i18n';
import type { Database, Transaction } from '../db';
import {
	certificates,
	editionPartners,
	editions,
	organisations,
	registrationTokens,
	registrations,
	workshops
} from '../db/schema';
import { recordAudit } from '../audit';
import { enqueueMail, link, message, para, renderMail, type OutgoingMail } from '../mail';
import { hashToken, newToken } from '../registration/tokens';
import {
	certificateRefusal,
	eventHours,
	eventOver,
	newCertificateCode,
	normaliseCode,
	verificationUrl,
	type CertificateRefusal
} from './rules';

export interface CertificateEditionFacts {
	id: number;
	year: number;
	number: number | null;
	title: string;
	theme: string | null;
	date: string | null;
	startTime: string | null;
	endTime: string | null;
	venueName: string | null;
	venueCity: string | null;
}

/** Everything printed on one certificate. */
export interface Certificate {
	code: string;
	language: Language;
	firstName: string;
	lastName: string;
	edition: CertificateEditionFacts;
	/** The workshops the person was checked into (their workshop seat on the day). */
	workshops: string[];
	hours: number | null;
	/** The organisers named in the signature block. */
	organisers: string[];
}

const editionColumns = {
	id: editions.id,
	year: editions.year,
	number: editions.number,
	title: editions.title,
	theme: editions.theme,
	date: editions.date,
	startTime: editions.startTime,
	endTime: editions.endTime,
	venueName: editions.venueName,
	venueCity: editions.venueCity
};

const personColumns = {
	id: registrations.id,
	editionId: registrations.editionId,
	firstName: registrations.firstName,
	lastName: registrations.lastName,
	email: registrations.email,
	language: registrations.language,
	status: registrations.status,
	checkedInAt: registrations.checkedInAt,
	anonymisedAt: registrations.anonymisedAt,
	workshop: workshops.title
};

type Person = {
	id: number;
	editionId: number;
	firstName: string;
	lastName: string;
	email: string;
	language: Language;
	status: string;
	checkedInAt: Date | null;
	anonymisedAt: Date | null;
	workshop: string | null;
};

async function editionFacts(
	db: Database | Transaction,
	editionId: number
): Promise<CertificateEditionFacts> {
	const [row] = await db.select(editionColumns).from(editions).where(eq(editions.id, editionId));
	return row;
}

/** The organisers of the edition (partners with the role "Veranstalter"); RVR when none is named. */
async function organisersOf(db: Database | Transaction, editionId: number): Promise<string[]> {
	const rows = await db
		.select({ name: organisations.name })
		.from(editionPartners)
		.innerJoin(organisations, eq(organisations.id, editionPartners.organisationId))
		.where(and(eq(editionPartners.editionId, editionId), eq(editionPartners.role, 'veranstalter')))
		.orderBy(asc(editionPartners.position));
	return rows.length ? rows.map((r) => r.name) : ['Regionalverband Ruhr'];
}

/** The certificate's code: the one issued before, or a new one now (once per registration). */
async function issue(tx: Transaction | Database, registrationId: number, now: Date) {
	await tx
		.insert(certificates)
		.values({ registrationId, code: newCertificateCode(), issuedAt: now })
		.onConflictDoNothing({ target: certificates.registrationId });
	const [row] = await tx
		.select({ code: certificates.code })
		.from(certificates)
		.where(eq(certificates.registrationId, registrationId));
	return row.code;
}

function certificateOf(
	person: Person,
	code: string,
	edition: CertificateEditionFacts,
	organisers: string[]
): Certificate {
	return {
		code,
		language: person.language,
		firstName: person.firstName,
		lastName: person.lastName,
		edition,
		workshops: person.workshop ? [person.workshop] : [],
		hours: eventHours(edition),
		organisers
	};
}

export type CertificateOutcome =
	| { kind: 'certificate'; certificate: Certificate }
	| { kind: 'refused'; reason: CertificateRefusal };

/** What a participant's personal page offers: their certificate, or why there is none (yet). */
export async function certificateStatus(
	db: Database,
	registrationId: number,
	now: Date
): Promise<CertificateRefusal | null> {
	const [person] = await db
		.select(personColumns)
		.from(registrations)
		.leftJoin(workshops, eq(workshops.id, registrations.workshopId))
		.where(eq(registrations.id, registrationId));
	if (!person) return 'no_seat';
	return certificateRefusal(await editionFacts(db, person.editionId), person, now);
}

/** One participant's certificate, issuing its code on first use. */
export async function certificateForRegistration(
	db: Database,
	registrationId: number,
	now: Date
): Promise<CertificateOutcome> {
	return db.transaction(async (tx) => {
		const [person] = await tx
			.select(personColumns)
			.from(registrations)
			.leftJoin(workshops, eq(workshops.id, registrations.workshopId))
			.where(eq(registrations.id, registrationId));
		if (!person) return { kind: 'refused', reason: 'no_seat' };
		const edition = await editionFacts(tx, person.editionId);
		const reason = certificateRefusal(edition, person, now);
		if (reason) return { kind: 'refused', reason };
		const code = await issue(tx, person.id, now);
		return {
			kind: 'certificate',
			certificate: certificateOf(person, code, edition, await organisersOf(tx, edition.id))
		};
	});
}

async function eligiblePeople(tx: Transaction | Database, editionId: number): Promise<Person[]> {
	return tx
		.select(personColumns)
		.from(registrations)
		.leftJoin(workshops, eq(workshops.id, registrations.workshopId))
		.where(
			and(
				eq(registrations.editionId, editionId),
				inArray(registrations.status, ['pending', 'confirmed']),
				isNotNull(registrations.checkedInAt),
				isNull(registrations.anonymisedAt)
			)
		)
		.orderBy(asc(registrations.lastName), asc(registrations.firstName), asc(registrations.id));
}

/**
 * Every certificate of an edition (the organisers' "all as one PDF"), issuing codes where
 * needed; empty before the event is over.
 */
export async function editionCertificates(
	db: Database,
	editionId: number,
	now: Date
): Promise<Certificate[]> {
	return db.transaction(async (tx) => {
		const edition = await editionFacts(tx, editionId);
		if (!eventOver(edition, now)) return [];
		const organisers = await organisersOf(tx, editionId);
		const people = await eligiblePeople(tx, editionId);
		const result: Certificate[] = [];
		for (const person of people) {
			result.push(certificateOf(person, await issue(tx, person.id, now), edition, organisers));
		}
		return result;
	});
}

export interface CertificateOverview {
	over: boolean;
	checkedIn: number;
	issued: number;
	mailed: number;
}

export async function certificateOverview(
	db: Database,
	editionId: number,
	now: Date
): Promise<CertificateOverview> {
	const edition = await editionFacts(db, editionId);
	const [row] = await db
		.select({
			checkedIn: sql<number>`count(*)`.mapWith(Number),
			issued: sql<number>`count(${certificates.id})`.mapWith(Number),
			mailed: sql<number>`count(${certificates.mailedAt})`.mapWith(Number)
		})
		.from(registrations)
		.leftJoin(certificates, eq(certificates.registrationId, registrations.id))
		.where(
			and(
				eq(registrations.editionId, editionId),
				inArray(registrations.status, ['pending', 'confirmed']),
				isNotNull(registrations.checkedInAt),
				isNull(registrations.anonymisedAt)
			)
		);
	return { over: eventOver(edition, now), ...row };
}

/**
 * The mail with the link to the certificate: a new personal link (the registration's link is
 * stored only as a hash, so it cannot be sent again), which opens the certificate PDF. Tied to
 * the registration, so deleting the person's data deletes it.
 */
export function certificateMail(
	person: Pick<Person, 'id' | 'email' | 'firstName' | 'lastName' | 'language'>,
	edition: Pick<CertificateEditionFacts, 'year' | 'title'>,
	urls: { pdf: string; page: string }
): OutgoingMail {
	const t = translator(person.language);
	const lang = (url: string) => (person.language === 'de' ? url : `${url}?lang=${person.language}`);
	const content = renderMail(
		t('mail.certificate.subject', { year: edition.year }),
		[
			message(t('mail.greeting'), { name: `${person.firstName} ${person.lastName}` }),
			message(t('mail.certificate.body'), { year: edition.year, title: edition.title }),
			para`${link(lang(urls.pdf))}`,
			message(t('mail.certificate.page')),
			para`${link(lang(urls.page))}`,
			message(t('mail.signature'))
		],
		person.language
	);
	return {
		kind: 'certificate.link',
		subjectRef: `registration:${person.id}`,
		to: person.email,
		...content
	};
}

/**
 * Mails every checked-in participant not mailed before the link to their certificate, in one
 * transaction with the audit entry; late check-ins are mailed by the next run. Returns how many
 * were mailed; 0 before the event is over.
 */
export async function mailCertificateLinks(
	db: Database,
	editionId: number,
	origin: string,
	actorUserId: number,
	now: Date
): Promise<number> {
	return db.transaction(async (tx) => {
		await tx
			.select({ id: editions.id })
			.from(editions)
			.where(eq(editions.id, editionId))
			.for('update');
		const edition = await editionFacts(tx, editionId);
		if (!eventOver(edition, now)) return 0;
		const people = await eligiblePeople(tx, editionId);
		const mailed = await tx
			.select({ registrationId: certificates.registrationId })
			.from(certificates)
			.where(
				and(
					inArray(certificates.registrationId, people.length ? people.map((p) => p.id) : [-1]),
					isNotNull(certificates.mailedAt)
				)
			);
		const done = new Set(mailed.map((m) => m.registrationId));
		let count = 0;
		for (const person of people.filter((p) => !done.has(p.id) && p.email)) {
			await issue(tx, person.id, now);
			const token = newToken();
			await tx
				.insert(registrationTokens)
				.values({ registrationId: person.id, tokenHash: hashToken(token), createdAt: now });
			const page = `${origin}/anmeldung/${token}`;
			await enqueueMail(
				tx,
				certificateMail(person, edition, { pdf: `${page}/bescheinigung.pdf`, page }),
				now
			);
			await tx
				.update(certificates)
				.set({ mailedAt: now })
				.where(eq(certificates.registrationId, person.id));
			count++;
		}
		await recordAudit(
			tx,
			{
				actorUserId,
				action: 'certificate.links_mailed',
				subjectType: 'edition',
				subjectId: editionId,
				details: { recipients: count }
			},
			now
		);
		return count;
	});
}

/** What `/bescheinigung/<code>` confirms: the name, the edition and its date — nothing more. */
export interface VerifiedCertificate {
	/** Null once the person's data was deleted after the retention period. */
	name: string | null;
	year: number;
	title: string;
	date: string | null;
}

export async function verifyCertificate(
	db: Database,
	raw: string
): Promise<VerifiedCertificate | null> {
	const code = normaliseCode(raw);
	if (!code) return null;
	const [row] = await db
		.select({
			firstName: registrations.firstName,
			lastName: registrations.lastName,
			anonymisedAt: registrations.anonymisedAt,
			year: editions.year,
			title: editions.title,
			date: editions.date
		})
		.from(certificates)
		.innerJoin(registrations, eq(registrations.id, certificates.registrationId))
		.innerJoin(editions, eq(editions.id, registrations.editionId))
		.where(eq(certificates.code, code));
	if (!row) return null;
	return {
		name: row.anonymisedAt ? null : `${row.firstName} ${row.lastName}`,
		year: row.year,
		title: row.title,
		date: row.date
	};
}

export { verificationUrl };
