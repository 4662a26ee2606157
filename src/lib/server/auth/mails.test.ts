import { describe, expect, it } from 'vitest';
import { expectOnlyPlatformLinks, hrefsOf } from '../mail/testing';
import { passwordLinkMail } from './mails';

const hostile = 'https://evil.example/login';

describe('account mails', () => {
	it.each([
		['invite', 'de', ''],
		['reset', 'de', ''],
		['invite', 'en', '?lang=en'],
		['reset', 'en', '?lang=en']
	] as const)(
		'the %s mail (%s) links only its own single-use link, never the account name',
		(purpose, language, query) => {
			const url = 'https://konferenz.example/passwort-neu/abc';
			const mail = passwordLinkMail(
				{ id: 1, name: hostile, email: 'a@example.org' },
				purpose,
				url,
				language
			);
			expect(hrefsOf(mail.html!)).toEqual([`${url}${query}`]);
			expect(mail.html).toContain(`<html lang="${language}">`);
			expectOnlyPlatformLinks(mail, 'https://konferenz.example', hostile);
		}
	);
});
