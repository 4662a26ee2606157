import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { Database, DatabaseHandle } from '../db';
import { auditLog, editions, mailOutbox, users } from '../db/schema';
import { isPastRetention } from '../registration/rules';
import { anOpenEdition } from '../registration/testing';
import {
	anonymisationDay,
	deletionConcept,
	deletionConceptMarkdown,
	FeedbackError,
	FeedbackSchema,
	processingActivities,
	processingRecordMarkdown,
	privacySettings,
	resetFeedbackLimit,
	sendAccessibilityFeedback,
	type EditionPrivacy,
	type PrivacySettings
} from '.';

const edition = (retentionDays: number): EditionPrivacy => ({
	year: 2031,
	date: '2031-09-11',
	retentionDays,
	confirmationHours: 48
});

const settings = (e: EditionPrivacy): PrivacySettings => ({
	editions: [e],
	sessionIdleHours: 8,
	sessionMaxDays: 7,
	signInRunHours: 24,
	resetLinkHours: 1,
	inviteLinkHours: 72,
	registrationRateLimit: 10,
	feedbackPerHour: 5
});

function registrationRetention(s: PrivacySettings, lang: 'de' | 'en' = 'de'): string {
	return processingActivities(s).find((a) => a.id === 'registration')!.retention[lang];
}

describe('notice, record of processing and deletion concept', () => {
	it('all follow a changed retention setting of the edition', () => {
		for (const [days, day] of [
			[90, '2031-12-11'],
			[30, '2031-10-12']
		] as const) {
			const e = edition(days);
			expect(registrationRetention(settings(e))).toContain(`Konferenz 2031: ${days} Tage nach`);
			expect(registrationRetention(settings(e), 'en')).toContain(`${days} days after`);
			expect(processingRecordMarkdown(settings(e), '2031-01-01')).toContain(
				`Konferenz 2031: ${days} Tage nach dem Konferenztag`
			);
			const concept = deletionConcept(e);
			const anonymisation = concept.steps.find((s) => s.date !== null)!;
			expect(anonymisation.when.de).toBe(`${days} Tage nach dem Konferenztag`);
			expect(anonymisation.date).toBe(day);
			expect(deletionConceptMarkdown(e)).toContain(
				`| ${days} Tage nach dem Konferenztag | ${day} |`
			);
		}
	});

	it('name the day the nightly job really anonymises, not the day before or after', () => {
		for (const retentionDays of [0, 1, 90, 365]) {
			const e = edition(retentionDays);
			const day = anonymisationDay(e)!;
			const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000)
				.toISOString()
				.slice(0, 10);
			expect(isPastRetention(e.date, retentionDays, day)).toBe(true);
			expect(isPastRetention(e.date, retentionDays, before)).toBe(false);
		}
	});

	it('state the confirmation period of the edition in the notice and the concept', () => {
		const e = { ...edition(90), confirmationHours: 12 };
		expect(registrationRetention(settings(e))).toContain('nach 12 Stunden');
		expect(deletionConcept(e).steps[0].when.de).toMatch(/^12 Stunden nach der Anmeldung/);
	});

	it('give every activity a purpose, legal basis and period in both languages', () => {
		for (const activity of processingActivities(settings(edition(90)))) {
			for (const field of ['purpose', 'legalBasis', 'data', 'retention'] as const) {
				expect(activity[field].de, `${activity.id}.${field}`).not.toBe('');
				expect(activity[field].en, `${activity.id}.${field}`).not.toBe(activity[field].de);
			}
		}
	});

	it('leave the anonymisation day open while the edition has no date', () => {
		const concept = deletionConcept({ ...edition(90), date: null });
		expect(concept.steps.every((s) => s.date === null)).toBe(true);
		expect(deletionConceptMarkdown({ ...edition(90), date: null })).toContain('| – |');
	});
});

describe('the feedback form', () => {
	it('refuses a missing message and a broken address with field messages', () => {
		const parsed = FeedbackSchema.safeParse({ email: 'kein-at-zeichen', message: '   ' });
		expect(parsed.success).toBe(false);
		const fields = Object.fromEntries(
			parsed.error!.issues.map((i) => [String(i.path[0]), i.message])
		);
		expect(fields).toEqual({ email: 'duty.err.email', message: 'duty.err.message' });
	});
});

describe.each(backends)('privacy on $name', (backend) => {
	let handle: DatabaseHandle;
	const db = (): Database => handle.db;
	const now = new Date('2031-05-01T10:00:00Z');

	beforeAll(async () => {
		handle = await backend.open();
		await db()
			.insert(users)
			.values([
				{ email: 'orga@example.org', name: 'Orga', role: 'organiser', createdAt: now },
				{ email: 'admin@example.org', name: 'Admin', role: 'admin', createdAt: now },
				{ email: 'alt@example.org', name: 'Alt', role: 'organiser', active: false, createdAt: now },
				{
					email: 'planung@example.org',
					name: 'Planung',
					role: 'planner',
					municipalityAgs: '05513000',
					createdAt: now
				}
			]);
	});
	afterAll(async () => {
		await handle?.close();
	});
	beforeEach(() => resetFeedbackLimit());

	it('the notice reads the retention days an organiser set on the edition', async () => {
		const e = await anOpenEdition(db(), { year: 2031, capacity: 10, date: '2031-09-11' });
		await db().update(editions).set({ retentionDays: 45 }).where(eq(editions.id, e.id));
		const read = await privacySettings(db(), '2031-05-01', 10);
		expect(read.editions).toEqual([
			{ year: 2031, date: '2031-09-11', retentionDays: 45, confirmationHours: 72 }
		]);
		expect(registrationRetention(read)).toContain('Konferenz 2031: 45 Tage nach dem Konferenztag');
		// Once its data is gone, the edition is no longer named, unless it is the only one.
		const later = await privacySettings(db(), '2032-01-01', 10);
		expect(later.editions.map((x) => x.year)).toEqual([2031]);
	});

	it('feedback reaches every active organiser and admin through the outbox, naming no one in the audit log', async () => {
		const input = FeedbackSchema.parse({
			name: 'Rieke Rückmeldung',
			email: 'rieke@example.org',
			page: '/atlas',
			message: 'Die Karte lässt sich nicht mit der Tastatur bedienen.'
		});
		expect(await sendAccessibilityFeedback(db(), input, '192.0.2.1', now)).toBe(2);
		const mails = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.kind, 'accessibility.feedback'));
		expect(mails.map((m) => m.toAddress).sort()).toEqual(['admin@example.org', 'orga@example.org']);
		expect(mails[0].textBody).toContain('Die Karte lässt sich nicht mit der Tastatur bedienen.');
		expect(mails[0].textBody).toContain('rieke@example.org');
		const [audit] = await db()
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'accessibility.feedback_received'));
		expect(JSON.stringify(audit)).not.toContain('rieke');
	});

	it('takes five messages an hour from one address and refuses the sixth', async () => {
		const input = FeedbackSchema.parse({
			email: 'viel@example.org',
			message: 'Noch eine Barriere.'
		});
		for (let i = 0; i < 5; i++) await sendAccessibilityFeedback(db(), input, '192.0.2.9', now);
		await expect(sendAccessibilityFeedback(db(), input, '192.0.2.9', now)).rejects.toThrow(
			FeedbackError
		);
		// Another address is not affected.
		await expect(sendAccessibilityFeedback(db(), input, '192.0.2.10', now)).resolves.toBe(2);
	});

	it('queues nothing for a bot that fills the hidden field', async () => {
		const before = (await db().select().from(mailOutbox)).length;
		const input = FeedbackSchema.parse({
			email: 'bot@example.org',
			message: 'Werbung',
			website: 'https://spam.example'
		});
		expect(await sendAccessibilityFeedback(db(), input, '192.0.2.50', now)).toBe(0);
		expect((await db().select().from(mailOutbox)).length).toBe(before);
	});
});
