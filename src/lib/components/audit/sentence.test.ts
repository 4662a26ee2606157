import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { auditSentence, type AuditSentenceRow } from './sentence';

const de = translator('de');
const en = translator('en');
const row = (overrides: Partial<AuditSentenceRow>): AuditSentenceRow => ({
	action: 'registration.cancelled',
	subjectType: 'registration',
	subjectId: '4',
	details: {},
	...overrides
});
const text = (s: ReturnType<typeof auditSentence>) => `${s.before}${s.subject}${s.after}`;

describe('an audit entry as a sentence', () => {
	it('names the person and links their registration instead of "registration 4"', () => {
		const sentence = auditSentence(de, row({}), {
			name: 'Jürgen Müller (2027)',
			href: '/admin/konferenzen/2027/teilnehmende/4'
		});
		expect(text(sentence)).toBe('Anmeldung von Jürgen Müller (2027) abgemeldet');
		expect(sentence.subject).toBe('Jürgen Müller (2027)');
		expect(sentence.href).toBe('/admin/konferenzen/2027/teilnehmende/4');
	});

	it('speaks English on the English page', () => {
		const sentence = auditSentence(en, row({ action: 'registration.checked_in' }), {
			name: 'Jürgen Müller (2027)',
			href: null
		});
		expect(text(sentence)).toBe('Jürgen Müller (2027) checked in');
	});

	it('names a World Café table by its suggested name in the page’s language', () => {
		const table = row({ action: 'worldcafe.host_link_issued', subjectType: 'cafe_table' });
		const name = { name: 'Tisch 1 (Café Quartier)', href: null };
		expect(auditSentence(en, table, name).subject).toBe('Table 1 (Café Quartier)');
		expect(auditSentence(de, table, name).subject).toBe('Tisch 1 (Café Quartier)');
		expect(auditSentence(en, table, { name: 'Lesecafé (Café Quartier)', href: null }).subject).toBe(
			'Lesecafé (Café Quartier)'
		);
	});

	it('names the figures a mailing recorded, its subject line included', () => {
		const sentence = auditSentence(
			de,
			row({
				action: 'mailing.sent',
				subjectType: 'edition',
				details: { recipients: 2, subject: 'Anreise' }
			}),
			{ name: 'Sozialkonferenz Ruhr 2027', href: '/admin/konferenzen/2027/bearbeiten' }
		);
		expect(text(sentence)).toBe(
			'Rundmail „Anreise“ an 2 Personen der Konferenz Sozialkonferenz Ruhr 2027 geschickt'
		);
	});

	it('names a subject that is gone by its kind and number, without a link', () => {
		const sentence = auditSentence(
			de,
			row({ action: 'document.deleted', subjectType: 'document', subjectId: '7' }),
			undefined
		);
		expect(text(sentence)).toBe('Dokument Nr. 7 (nicht mehr vorhanden) gelöscht');
		expect(sentence.href).toBeNull();
	});

	it('still says something readable for an action it has no sentence for', () => {
		const sentence = auditSentence(
			de,
			row({ action: 'probe.step', subjectType: null, subjectId: null }),
			undefined
		);
		expect(text(sentence)).toBe('Vorgang „probe.step“: –');
	});
});
