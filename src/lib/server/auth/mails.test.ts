import { describe, expect, it } from 'vitest';
import { expectOnlyPlatformLinks, hrefsOf } from '../mail/testing';
import { passwordLinkMail } from './mails';

const hostile = 'https://evil.example/login';

describe('account mails', () => {
	it.each(['invite', 'reset'] as const)(
		'the %s mail links only its own single-use link, never the account name',
		(purpose) => {
			const url = 'https://konferenz.example/passwort-neu/abc';
			const mail = passwordLinkMail({ id: 1, name: hostile, email: 'a@example.org' }, purpose, url);
			expect(hrefsOf(mail.html!)).toEqual([url]);
			expectOnlyPlatformLinks(mail, 'https://konferenz.example', hostile);
		}
	);
});
