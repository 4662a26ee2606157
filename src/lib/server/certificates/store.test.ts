import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { certificates, mailOutbox, registrations, users } from '../db/schema';
import { checkIn } from '../backoffice/checkin';
import { registerByOrganiser } from '../registration';
import { aRegistration, anOpenEdition } from '../registration/testing';
import { certificatesPdf } from './pdf';
import {
	certificateForRegistration,
	certificateOverview,
	editionCertificates,
	mailCertificateLinks,
	verifyCertificate
} from './store';
import { groupedCode } from './rules';

const origin = 'https://konferenz.example';

async function pdfText(pdf: Buffer): Promise<string> {
	return (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text;
}

describe.each(backends)('attendance certificates on $name', (backend) => {
	let handle: DatabaseHandle;
	let organiserId: number;
	const db = () => handle.db;
	const registeredAt = new Date('2026-11-25T10:00:00Z');
	// The test edition runs 09:00–15:00 on 16 June (Berlin), i.e. until 13:00 UTC.
	const during = (year: number) => new Date(`${year}-06-16T08:00:00Z`);
	const after = (year: number) => new Date(`${year}-06-16T13:00:00Z`);

	beforeAll(async () => {
		handle = await backend.open();
		const [user] = await db()
			.insert(users)
			.values({
				email: 'orga@example.org',
				name: 'Orga',
				role: 'organiser',
				createdAt: registeredAt
			})
			.returning();
		organiserId = user.id;
	});

	afterAll(async () => {
		await handle?.close();
	});

	/** An edition with a workshop, one person checked in (Şule) and one who never came. */
	async function conference(year: number) {
		const e = await anOpenEdition(db(), { year, capacity: 10, workshopCapacities: [5] });
		const ctx = { now: registeredAt, origin, actorUserId: organiserId };
		const came = await registerByOrganiser(
			db(),
			e.id,
			aRegistration({
				firstName: 'Şule',
				lastName: 'Yıldız-Łukasiewicz',
				workshopFirstId: e.workshopIds[0]
			}),
			ctx
		);
		const stayed = await registerByOrganiser(
			db(),
			e.id,
			aRegistration({ firstName: 'Bernd' }),
			ctx
		);
		await checkIn(db(), e.id, { id: came.id }, organiserId, during(year));
		return { edition: e, came, stayed };
	}

	it('gives a checked-in participant a certificate after the event, with the same code every time', async () => {
		const { came } = await conference(2181);
		expect(await certificateForRegistration(db(), came.id, during(2181))).toEqual({
			kind: 'refused',
			reason: 'not_over'
		});
		const first = await certificateForRegistration(db(), came.id, after(2181));
		const again = await certificateForRegistration(db(), came.id, after(2181));
		expect(first.kind).toBe('certificate');
		if (first.kind !== 'certificate' || again.kind !== 'certificate') return;
		expect(again.certificate.code).toBe(first.certificate.code);
		expect(first.certificate).toMatchObject({
			firstName: 'Şule',
			lastName: 'Yıldız-Łukasiewicz',
			workshops: ['Workshop 1'],
			hours: 6,
			organisers: ['Regionalverband Ruhr']
		});
	});

	it('gives none to a registered person who was not checked in', async () => {
		const { stayed, edition } = await conference(2182);
		expect(await certificateForRegistration(db(), stayed.id, after(2182))).toEqual({
			kind: 'refused',
			reason: 'not_checked_in'
		});
		const all = await editionCertificates(db(), edition.id, after(2182));
		expect(all.map((c) => c.firstName)).toEqual(['Şule']);
		const stored = await db()
			.select()
			.from(certificates)
			.where(eq(certificates.registrationId, stayed.id));
		expect(stored).toEqual([]);
	});

	it('prints the name in its own script, the edition, the workshop and the verification code and link', async () => {
		const { came } = await conference(2183);
		const outcome = await certificateForRegistration(db(), came.id, after(2183));
		if (outcome.kind !== 'certificate') throw new Error('no certificate');
		const text = await pdfText(await certificatesPdf([outcome.certificate], origin));
		expect(text).toContain('Teilnahmebescheinigung');
		expect(text).toContain('Şule Yıldız-Łukasiewicz');
		expect(text).toContain('Testkonferenz 2183');
		expect(text).toContain('Workshop 1');
		expect(text).toContain('6 Zeitstunden');
		expect(text).toContain(groupedCode(outcome.certificate.code));
		expect(text).toContain(`${origin}/bescheinigung/${outcome.certificate.code}`);
	});

	it('confirms a code with name, edition and date only, and nothing for a made-up code', async () => {
		const { came } = await conference(2184);
		const outcome = await certificateForRegistration(db(), came.id, after(2184));
		if (outcome.kind !== 'certificate') throw new Error('no certificate');
		const verified = await verifyCertificate(
			db(),
			groupedCode(outcome.certificate.code).toLowerCase()
		);
		expect(verified).toEqual({
			name: 'Şule Yıldız-Łukasiewicz',
			year: 2184,
			title: 'Testkonferenz 2184',
			date: '2184-06-16'
		});
		expect(await verifyCertificate(db(), 'AB12CD34EF56GH78JK90')).toBeNull();
		expect(await verifyCertificate(db(), 'nonsense')).toBeNull();
		// Once the person's data is deleted, the code still confirms the edition, without a name.
		await db()
			.update(registrations)
			.set({ anonymisedAt: after(2184) })
			.where(eq(registrations.id, came.id));
		expect((await verifyCertificate(db(), outcome.certificate.code))?.name).toBeNull();
	});

	it('mails the checked-in people their link once, through the outbox, and nobody else', async () => {
		const { edition, came, stayed } = await conference(2185);
		expect(await mailCertificateLinks(db(), edition.id, origin, organiserId, during(2185))).toBe(0);
		expect(await mailCertificateLinks(db(), edition.id, origin, organiserId, after(2185))).toBe(1);
		expect(await mailCertificateLinks(db(), edition.id, origin, organiserId, after(2185))).toBe(0);
		const mails = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.kind, 'certificate.link'));
		const mine = mails.filter((m) => m.subjectRef === `registration:${came.id}`);
		expect(mine).toHaveLength(1);
		expect(mine[0].textBody).toMatch(
			new RegExp(`${origin}/anmeldung/[A-Za-z0-9_-]{43}/bescheinigung\\.pdf`)
		);
		expect(mails.some((m) => m.subjectRef === `registration:${stayed.id}`)).toBe(false);
		expect(await certificateOverview(db(), edition.id, after(2185))).toEqual({
			over: true,
			checkedIn: 1,
			issued: 1,
			mailed: 1
		});
	});
});
