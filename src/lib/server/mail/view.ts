import type { Database } from '../db';
import type { OutboxEntry } from '$lib/types/mail';
import { listOutbox } from './outbox';

/**
 * Mails with a password link are shown to organisers without their text: an organiser reading
 * the link of an admin's reset mail could take over that account.
 */
const PRIVATE_KINDS = ['account.'];

/** Mails are rendered with `<html lang="…">`; older ones and plain-text mails are German. */
function languageOf(html: string | null): 'de' | 'en' {
	return html !== null && /^<!doctype html><html lang="en"/i.test(html) ? 'en' : 'de';
}

export async function outboxEntries(
	db: Database,
	options: { hidePrivate: boolean; limit?: number }
): Promise<OutboxEntry[]> {
	const mails = await listOutbox(db, { limit: options.limit ?? 100 });
	return mails.map((m) => ({
		id: m.id,
		kind: m.kind,
		to: m.toAddress,
		subject: m.subject,
		text:
			options.hidePrivate && PRIVATE_KINDS.some((k) => m.kind.startsWith(k)) ? null : m.textBody,
		status: m.status,
		lastError: m.lastError,
		createdAt: m.createdAt,
		attachments: m.attachments.map((a) => a.filename),
		language: languageOf(m.htmlBody)
	}));
}
