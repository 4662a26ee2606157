import { describe, expect, it } from 'vitest';
import { escapeHtml, renderMail } from './render';

describe('renderMail', () => {
	it('joins paragraphs into the text part and escapes them in the HTML part', () => {
		const mail = renderMail('Betreff', ['Guten Tag "Ärger" & <b>Co</b>,', 'Zeile 1\nZeile 2']);
		expect(mail.text).toBe('Guten Tag "Ärger" & <b>Co</b>,\n\nZeile 1\nZeile 2\n');
		expect(mail.html).toContain('<p>Guten Tag &quot;Ärger&quot; &amp; &lt;b&gt;Co&lt;/b&gt;,</p>');
		expect(mail.html).toContain('<p>Zeile 1<br>Zeile 2</p>');
	});

	it('links web addresses but never turns input into markup', () => {
		const mail = renderMail('x', ['https://example.org/a?b=1&c=2']);
		expect(mail.html).toContain('<a href="https://example.org/a?b=1&amp;c=2">');
		expect(escapeHtml(`'"<>&`)).toBe('&#39;&quot;&lt;&gt;&amp;');
	});
});
