import { describe, expect, it } from 'vitest';
import { expectOnlyPlatformLinks, hrefsOf } from '../mail/testing';
import { voteLinkMail, voteLinkRefusal } from './votes';

const hostile = 'https://evil.example/login';

describe('the vote-link mail', () => {
	it('links only the vote link, never the names or the café title', () => {
		const url = `https://konferenz.example/abstimmen/${'v'.repeat(43)}`;
		const mail = voteLinkMail(
			{ id: 3, title: hostile, votesPerParticipant: 3 },
			{ id: 9, email: 'erika@example.org', firstName: hostile, lastName: hostile, language: 'de' },
			url
		);
		expect(hrefsOf(mail.html!)).toEqual([url]);
		expect(mail.text).toContain(url);
		expectOnlyPlatformLinks(mail, 'https://konferenz.example', hostile);
	});

	it('belongs to the participant’s registration, so deleting their data deletes it', () => {
		const mail = voteLinkMail(
			{ id: 3, title: 'Café', votesPerParticipant: 3 },
			{ id: 9, email: 'erika@example.org', firstName: 'Erika', lastName: 'Muster', language: 'de' },
			'https://konferenz.example/abstimmen/x'
		);
		expect(mail.subjectRef).toBe('registration:9');
	});

	it('is English, and opens the vote page in English, for someone who registered in English', () => {
		const url = 'https://konferenz.example/abstimmen/x';
		const person = { id: 9, email: 'erika@example.org', firstName: 'Erika', lastName: 'Muster' };
		const english = voteLinkMail(
			{ id: 3, title: 'Café', votesPerParticipant: 3 },
			{ ...person, language: 'en' },
			url
		);
		expect(english.subject).toBe('Your votes for the ideas of the World Café “Café”');
		expect(english.text).toContain('Dear Erika Muster,');
		expect(english.text).toContain('You can give 3 votes');
		expect(english.text).not.toContain('Guten Tag');
		expect(hrefsOf(english.html!)).toEqual([`${url}?lang=en`]);
		const german = voteLinkMail(
			{ id: 3, title: 'Café', votesPerParticipant: 3 },
			{ ...person, language: 'de' },
			url
		);
		expect(german.subject).toBe('Ihre Stimmen für die Ideen des World Cafés „Café“');
		expect(german.text).toContain('Guten Tag Erika Muster,');
		expect(german.text).toContain('Sie können 3 Stimmen');
		expect(hrefsOf(german.html!)).toEqual([url]);
	});
});

describe('when vote links may go out', () => {
	const ready = { planned: true, ideas: 4, recipients: 18, confirmedRecipients: 18 };

	it('sends once the organiser has confirmed the number of recipients', () => {
		expect(voteLinkRefusal(ready)).toBeNull();
	});

	it('needs a seating plan first', () => {
		expect(voteLinkRefusal({ ...ready, planned: false })).toBe('kein_plan');
	});

	it('needs ideas to vote on', () => {
		expect(voteLinkRefusal({ ...ready, ideas: 0 })).toBe('keine_ideen_zur_abstimmung');
	});

	it('says so when nobody is waiting for a link', () => {
		expect(voteLinkRefusal({ ...ready, recipients: 0, confirmedRecipients: 0 })).toBe(
			'keine_empfaenger'
		);
	});

	it('asks for confirmation before sending', () => {
		expect(voteLinkRefusal({ ...ready, confirmedRecipients: null })).toBe('versand_unbestaetigt');
	});

	it('asks again when the number changed since the organiser confirmed it', () => {
		expect(voteLinkRefusal({ ...ready, confirmedRecipients: 20 })).toBe('empfaenger_geaendert');
	});
});
