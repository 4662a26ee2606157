import { describe, expect, it } from 'vitest';
import { expectOnlyPlatformLinks, hrefsOf } from '../mail/testing';
import { voteLinkMail } from './votes';

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
