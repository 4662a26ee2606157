import { describe, expect, it } from 'vitest';
import { expectOnlyPlatformLinks, hrefsOf } from '../mail/testing';
import { voteLinkMail, voteLinkRefusal } from './votes';

const hostile = 'https://evil.example/login';

describe('the vote-link mail', () => {
	it('links only the vote link, never the names or the café title', () => {
		const url = `https://konferenz.example/abstimmen/${'v'.repeat(43)}`;
		const mail = voteLinkMail(
			{ id: 3, title: hostile, votesPerParticipant: 3 },
			{ id: 9, email: 'erika@example.org', firstName: hostile, lastName: hostile },
			url
		);
		expect(hrefsOf(mail.html!)).toEqual([url]);
		expect(mail.text).toContain(url);
		expectOnlyPlatformLinks(mail, 'https://konferenz.example', hostile);
	});

	it('belongs to the participant’s registration, so deleting their data deletes it', () => {
		const mail = voteLinkMail(
			{ id: 3, title: 'Café', votesPerParticipant: 3 },
			{ id: 9, email: 'erika@example.org', firstName: 'Erika', lastName: 'Muster' },
			'https://konferenz.example/abstimmen/x'
		);
		expect(mail.subjectRef).toBe('registration:9');
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
