import { randomBytes } from 'node:crypto';
import { berlinInstant } from '../conference/time';

/**
 * Verification codes: 20 characters of Crockford's Base32 (no I, L, O, U), 100 random bits. The
 * code is printed on the certificate in groups of four (`7KQ3-…`); readers may type it with or
 * without dashes and in either case.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 20;

export function newCertificateCode(): string {
	const bytes = randomBytes(CODE_LENGTH);
	// 256 is a multiple of 32, so `byte % 32` is uniform.
	return [...bytes].map((b) => ALPHABET[b % 32]).join('');
}

/** The stored form of a typed or linked code, or null if it cannot be one. */
export function normaliseCode(raw: string): string | null {
	const code = raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/** `7KQ3-M2XA-…` as printed. */
export function groupedCode(code: string): string {
	return code.match(/.{1,4}/g)?.join('-') ?? code;
}

export interface CertificateEdition {
	date: string | null;
	startTime: string | null;
	endTime: string | null;
}

/**
 * A certificate exists only once the event is over: from its end (Berlin time); without an end
 * time from the end of its day. An edition without a date has no certificates.
 */
export function eventEndedAt(edition: CertificateEdition): Date | null {
	if (!edition.date) return null;
	if (edition.endTime) return berlinInstant(edition.date, edition.endTime.slice(0, 5));
	const nextDay = new Date(`${edition.date}T00:00:00Z`);
	nextDay.setUTCDate(nextDay.getUTCDate() + 1);
	return berlinInstant(nextDay.toISOString().slice(0, 10), '00:00');
}

export function eventOver(edition: CertificateEdition, now: Date): boolean {
	const end = eventEndedAt(edition);
	return end !== null && now.getTime() >= end.getTime();
}

/** Hours of the conference day (start to end), in half hours; null without both times. */
export function eventHours(edition: CertificateEdition): number | null {
	if (!edition.startTime || !edition.endTime) return null;
	const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
	const span = minutes(edition.endTime) - minutes(edition.startTime);
	return span > 0 ? Math.round(span / 30) / 2 : null;
}

export interface CertificatePerson {
	status: string;
	checkedInAt: Date | null;
	anonymisedAt: Date | null;
}

export type CertificateRefusal = 'not_checked_in' | 'not_over' | 'no_seat';

/**
 * Why a person gets no certificate (yet), or null when they get one: only people who were
 * checked in, holding a seat, and only after the event.
 */
export function certificateRefusal(
	edition: CertificateEdition,
	person: CertificatePerson,
	now: Date
): CertificateRefusal | null {
	if (person.anonymisedAt || (person.status !== 'confirmed' && person.status !== 'pending')) {
		return 'no_seat';
	}
	if (!person.checkedInAt) return 'not_checked_in';
	if (!eventOver(edition, now)) return 'not_over';
	return null;
}

/** The address that confirms a certificate. */
export function verificationUrl(origin: string, code: string): string {
	return `${origin}/bescheinigung/${code}`;
}
