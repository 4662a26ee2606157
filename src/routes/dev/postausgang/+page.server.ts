import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { listOutbox } from '$lib/server/mail';
import { appConfig } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

/** Development view of the outbox, for running without SMTP; off unless MAIL_OUTBOX_PAGE=true. */
export const load: PageServerLoad = async () => {
	if (!appConfig().mail.outboxPage) error(404, 'Nicht gefunden');
	const mails = await listOutbox(database(), { limit: 100 });
	return {
		mails: mails.map((m) => ({
			id: m.id,
			kind: m.kind,
			to: m.toAddress,
			subject: m.subject,
			text: m.textBody,
			status: m.status,
			createdAt: m.createdAt,
			attachments: m.attachments.map((a) => a.filename)
		}))
	};
};
