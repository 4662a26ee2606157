import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageText, translator } from '$lib/i18n';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { mailOutbox, users } from '../db/schema';
import {
	MailTextForm,
	defaultMailText,
	lacksRequired,
	mailTextFor,
	mailTextKinds,
	resetMailText,
	saveMailText
} from './mail-texts';
import { previewMail } from './mail-preview';
import { register } from './store';
import { aRegistration, anOpenEdition } from './testing';

const now = new Date('2026-11-25T10:00:00Z');
const ctx = { now, origin: 'https://konferenz.example' };

describe('mail texts', () => {
	it('refuses an unknown placeholder, naming it and the ones that exist', () => {
		const parsed = MailTextForm.safeParse({
			kind: 'registration.confirmed',
			language: 'de',
			subject: 'Bestätigt {jahr}',
			body: 'Hallo {vornahme}'
		});
		expect(parsed.success).toBe(false);
		const issue = parsed.error!.issues[0];
		expect(issue.path).toEqual(['body']);
		expect(messageText(translator('de'), issue.message)).toMatch(
			/^Unbekannter Platzhalter \{vornahme\}\. Möglich sind: \{name\}, \{vorname\},/
		);
	});

	it('refuses a block placeholder in the subject', () => {
		const parsed = MailTextForm.safeParse({
			kind: 'registration.confirmed',
			language: 'en',
			subject: 'Hello {link}',
			body: 'Text'
		});
		expect(parsed.success).toBe(false);
		expect(parsed.error!.issues[0].path).toEqual(['subject']);
	});

	it('offers each mail only the placeholders it can fill: the poster in poster mails, the personal link in registration mails', () => {
		const poster = MailTextForm.safeParse({
			kind: 'poster.angenommen',
			language: 'de',
			subject: 'Poster {poster}',
			body: 'Ihr Link: {link}'
		});
		expect(poster.success).toBe(false);
		expect(messageText(translator('de'), poster.error!.issues[0].message)).toContain('{tafel}');
		const registration = MailTextForm.safeParse({
			kind: 'registration.confirmed',
			language: 'de',
			subject: 'Bestätigt',
			body: 'Wand {tafel}'
		});
		expect(registration.success).toBe(false);
	});

	it('refuses a poster receipt, a confirmation request or a link sent again without the personal link, naming it', () => {
		const withoutLink = {
			'poster.eingegangen': 'Danke für „{poster}“, {name}. Änderungen sind bis {frist} möglich.',
			'poster.geaendert': 'Ihre Änderungen an „{poster}“ sind gespeichert.',
			'registration.confirm_request': 'Bitte bestätigen Sie Ihre Adresse bis {frist}.',
			'registration.link_again': 'Sie sind bereits angemeldet, {vorname}.'
		} as const;
		for (const [kind, body] of Object.entries(withoutLink)) {
			const parsed = MailTextForm.safeParse({ kind, language: 'de', subject: 'Hallo', body });
			expect(parsed.success, kind).toBe(false);
			const issue = parsed.error!.issues[0];
			expect(issue.path).toEqual(['body']);
			expect(messageText(translator('de'), issue.message)).toMatch(
				/^Im Text fehlt der Platzhalter \{link\}\./
			);
			expect(messageText(translator('en'), issue.message)).toMatch(
				/^The placeholder \{link\} is missing from the text\./
			);
			const fixed = MailTextForm.safeParse({
				kind,
				language: 'de',
				subject: 'Hallo',
				body: `${body}\n\n{link}`
			});
			expect(fixed.success, kind).toBe(true);
		}
		const withLink = MailTextForm.safeParse({
			kind: 'poster.eingegangen',
			language: 'de',
			subject: 'Eingang: {poster}',
			body: 'Danke für „{poster}“, {name}.\n\nÄndern bis {frist}: {link}'
		});
		expect(withLink.success).toBe(true);
	});

	it('sends the default instead of an own text saved without the personal link, and says so', () => {
		const own = { subject: 'Bitte bestätigen', body: 'Bitte bestätigen Sie bis {frist}.' };
		const texts = { 'registration.confirm_request': { de: own } };
		expect(lacksRequired('registration.confirm_request', own)).toBe(true);
		expect(mailTextFor(texts, 'registration.confirm_request', 'de')).toEqual(
			defaultMailText('registration.confirm_request', 'de')
		);
		const withLink = { subject: 'Bitte bestätigen', body: 'Bitte bestätigen Sie: {link}' };
		expect(
			mailTextFor(
				{ 'registration.confirm_request': { de: withLink } },
				'registration.confirm_request',
				'de'
			)
		).toEqual(withLink);
		// A mail that is not about the link keeps an own text without it.
		const confirmed = { subject: 'Bestätigt', body: 'Wir freuen uns auf Sie.' };
		expect(
			mailTextFor({ 'registration.confirmed': { de: confirmed } }, 'registration.confirmed', 'de')
		).toEqual(confirmed);
	});

	it('offers the poster receipt the submission’s link and deadline, not the board', () => {
		const parsed = MailTextForm.safeParse({
			kind: 'poster.eingegangen',
			language: 'de',
			subject: 'Eingang',
			body: 'Wand {tafel}: {link}'
		});
		expect(parsed.success).toBe(false);
		expect(messageText(translator('de'), parsed.error!.issues[0].message)).toBe(
			'Unbekannter Platzhalter {tafel}. Möglich sind: {name}, {jahr}, {titel}, {poster}, {link}, {frist}.'
		);
	});

	it('offers every default text with known placeholders only, in both languages', () => {
		for (const kind of mailTextKinds) {
			for (const language of ['de', 'en'] as const) {
				const text = defaultMailText(kind, language);
				expect(MailTextForm.safeParse({ kind, language, ...text }).success, kind).toBe(true);
			}
		}
	});
});

describe.each(backends)('edited mail texts on $name', (backend) => {
	let handle: DatabaseHandle;
	let actor: { actorUserId: number; now: Date };
	const db = () => handle.db;

	beforeAll(async () => {
		handle = await backend.open();
		const [user] = await db()
			.insert(users)
			.values({ email: 'orga@example.org', name: 'Orga', role: 'organiser', createdAt: now })
			.returning();
		actor = { actorUserId: user.id, now };
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('sends the edited text with its placeholders filled, and the default again after a reset', async () => {
		const e = await anOpenEdition(db(), { year: 2185, capacity: 10 });
		await saveMailText(
			db(),
			e.id,
			MailTextForm.parse({
				kind: 'registration.confirm_request',
				language: 'de',
				subject: 'Willkommen, {vorname}! ({jahr})',
				body: 'Schön, dass Sie kommen, {vorname}.\n\nBitte bis {frist} bestätigen:\n{link}\n\n{veranstaltung}'
			}),
			actor
		);
		const first = await register(db(), e.year, aRegistration({ firstName: 'Hanna' }), ctx);
		const english = await register(
			db(),
			e.year,
			aRegistration({ firstName: 'Ann', language: 'en' }),
			ctx
		);
		const [mail] = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `registration:${first.id}`));
		expect(mail.subject).toBe('Willkommen, Hanna! (2185)');
		expect(mail.textBody).toContain('Schön, dass Sie kommen, Hanna.');
		expect(mail.textBody).toMatch(
			/Bitte bis .+ bestätigen:\nhttps:\/\/konferenz\.example\/anmeldung\/[A-Za-z0-9_-]{43}/
		);
		expect(mail.textBody).toContain('Sozialkonferenz Ruhr 2185: Testkonferenz 2185');
		expect(mail.htmlBody).toContain('<a href="https://konferenz.example/anmeldung/');
		// The English text was not edited: the default goes out.
		const [other] = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `registration:${english.id}`));
		expect(other.subject).toBe('Please confirm your registration – Sozialkonferenz Ruhr 2185');

		await resetMailText(db(), e.id, 'registration.confirm_request', 'de', actor);
		const again = await register(db(), e.year, aRegistration({ firstName: 'Hanna' }), ctx);
		const [reset] = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `registration:${again.id}`))
			.orderBy(asc(mailOutbox.id));
		expect(reset.subject).toBe('Bitte bestätigen Sie Ihre Anmeldung – Sozialkonferenz Ruhr 2185');
	});

	it('previews an unsaved text with the edition’s latest registration', async () => {
		const e = await anOpenEdition(db(), { year: 2186, capacity: 10 });
		await register(db(), e.year, aRegistration({ firstName: 'Paula', lastName: 'Probe' }), ctx);
		const preview = await previewMail(
			db(),
			e.id,
			'registration.confirmed',
			'de',
			{ subject: 'Hallo {name}', body: 'Sie kommen aus der Konferenz {titel}.' },
			ctx
		);
		expect(preview).toMatchObject({ subject: 'Hallo Paula Probe', name: 'Paula Probe' });
		expect(preview.text).toContain('Sie kommen aus der Konferenz Testkonferenz 2186.');
		const nothingSent = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.kind, 'registration.confirmed'));
		expect(nothingSent).toEqual([]);
	});
});
