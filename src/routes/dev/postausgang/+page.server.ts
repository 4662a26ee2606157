import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { outboxEntries } from '$lib/server/mail';
import { appConfig } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

/** Development view of the outbox, for running without SMTP; off unless MAIL_OUTBOX_PAGE=true. */
export const load: PageServerLoad = async () => {
	if (!appConfig().mail.outboxPage) error(404, 'Nicht gefunden');
	return { mails: await outboxEntries(database(), { hidePrivate: false }) };
};
