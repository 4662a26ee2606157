import { describe, expect, it } from 'vitest';
import { linkParts } from './links';

const origin = 'https://konferenz.example';

describe('links in a mail text', () => {
	it('turns the platform’s addresses into links and keeps the text around them', () => {
		const text = `Bitte bestätigen Sie hier:\n${origin}/anmeldung/abc_DEF-123.\nDanke!`;
		expect(linkParts(text, origin)).toEqual([
			{ text: 'Bitte bestätigen Sie hier:\n' },
			{ text: `${origin}/anmeldung/abc_DEF-123`, href: `${origin}/anmeldung/abc_DEF-123` },
			{ text: '.\nDanke!' }
		]);
	});

	it('leaves a foreign address as text, since it may come from what someone typed', () => {
		const text = 'Guten Tag https://evil.example/login,';
		expect(linkParts(text, origin)).toEqual([{ text }]);
	});

	it('keeps the whole text when there is no address at all', () => {
		expect(linkParts('Mit freundlichen Grüßen', origin)).toEqual([
			{ text: 'Mit freundlichen Grüßen' }
		]);
	});
});
