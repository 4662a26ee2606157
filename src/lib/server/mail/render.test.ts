import { describe, expect, it } from 'vitest';
import { defangLinks, escapeHtml, lines, link, message, para, renderMail } from './render';
import { hrefsOf } from './testing';

describe('renderMail', () => {
	it('joins paragraphs into the text part and escapes them in the HTML part', () => {
		const mail = renderMail('Betreff', ['Guten Tag "Ärger" & <b>Co</b>,', 'Zeile 1\nZeile 2']);
		expect(mail.text).toBe('Guten Tag "Ärger" & <b>Co</b>,\n\nZeile 1\nZeile 2\n');
		expect(mail.html).toContain('<p>Guten Tag &quot;Ärger&quot; &amp; &lt;b&gt;Co&lt;/b&gt;,</p>');
		expect(mail.html).toContain('<p>Zeile 1<br>Zeile 2</p>');
		expect(escapeHtml(`'"<>&`)).toBe('&#39;&quot;&lt;&gt;&amp;');
	});

	it('links only the links the platform puts in, escaped', () => {
		const mail = renderMail('x', [
			para`Ihr Link:\n${link('https://konferenz.example/anmeldung/abc?b=1&c=2')}`
		]);
		expect(hrefsOf(mail.html)).toEqual(['https://konferenz.example/anmeldung/abc?b=1&amp;c=2']);
		expect(mail.text).toBe('Ihr Link:\nhttps://konferenz.example/anmeldung/abc?b=1&c=2\n');
	});

	it('never turns a name into a link, and defangs it so mail clients do not either', () => {
		const firstName = 'https://evil.example/login';
		const mail = renderMail('x', [
			para`Guten Tag ${firstName} ${'www.evil.example'},`,
			'http://evil.example/plain-string',
			lines(para`Organisation: ${'evil.example'}`)
		]);
		expect(hrefsOf(mail.html)).toEqual([]);
		expect(mail.html).not.toContain('<a');
		for (const part of [mail.text, mail.html]) {
			expect(part).not.toContain('://evil');
			expect(part).not.toContain('evil.example');
		}
		expect(mail.text).toContain('Guten Tag https[:]//evil[.]example/login www[.]evil[.]example,');
	});

	it('refuses a platform link that is not an http(s) URL', () => {
		expect(() => link('javascript:alert(1)')).toThrow();
		expect(() => link('https://x.example/"><script>')).toThrow();
	});
});

describe('defangLinks', () => {
	it('breaks schemes and host names but leaves ordinary text and e-mail addresses alone', () => {
		expect(defangLinks('HTTPS://Evil.Example/x')).toBe('HTTPS[:]//Evil[.]Example/x');
		expect(defangLinks('ftp://a.b.example')).toBe('ftp[:]//a[.]b[.]example');
		expect(defangLinks('paypal.com')).toBe('paypal[.]com');
		expect(defangLinks('Caritas e.V., Dr. med. Müller, Str. 12, 3.5 Std.')).toBe(
			'Caritas e.V., Dr. med. Müller, Str. 12, 3.5 Std.'
		);
		expect(defangLinks('erika.muster@example.org')).toBe('erika.muster@example.org');
	});
});

describe('message', () => {
	it('fills a catalogue message: its wording is prose, names are defanged text, links stay links', () => {
		const mail = renderMail(
			'x',
			[
				message('Dear {name}, here is {link} ({missing})', {
					name: 'evil.example',
					link: link('https://konferenz.example/anmeldung/abc')
				})
			],
			'en'
		);
		expect(mail.text).toBe(
			'Dear evil[.]example, here is https://konferenz.example/anmeldung/abc ({missing})\n'
		);
		expect(hrefsOf(mail.html)).toEqual(['https://konferenz.example/anmeldung/abc']);
		expect(mail.html).toContain('<html lang="en">');
	});
});
