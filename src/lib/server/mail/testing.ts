import { expect } from 'vitest';
import type { OutgoingMail } from './outbox';

/** Every href of an HTML part. */
export function hrefsOf(html: string): string[] {
	return [...html.matchAll(/<a\b[^>]*href="([^"]*)"/gi)].map((m) => m[1]);
}

/**
 * A mail built with `hostile` in every field a person can type: its only links are the
 * platform's own, and neither part carries the hostile address in a form a client would link.
 */
export function expectOnlyPlatformLinks(mail: OutgoingMail, origin: string, hostile: string): void {
	for (const href of hrefsOf(mail.html ?? '')) expect(href.startsWith(`${origin}/`)).toBe(true);
	const host = new URL(hostile).host;
	for (const part of [mail.text, mail.html ?? '', mail.subject]) {
		expect(part).not.toContain(hostile);
		expect(part).not.toContain(host);
	}
}
