import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { outboxEntries } from '$lib/server/mail';
import { isLoopbackAddress } from '$lib/server/config';
import { appConfig } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

/**
 * The local demo's view of the outbox, for running without SMTP. It shows password links and
 * participants' personal links, so it exists only when the configuration allows it (a local demo,
 * see `outboxPageDecision`) and only for requests from this machine; otherwise it is a 404, as if
 * there were no such page. Signed-in organisers read the outbox at /admin/postausgang.
 */
export const load: PageServerLoad = async ({ getClientAddress }) => {
	if (!appConfig().mail.outboxPage || !isLoopbackAddress(getClientAddress()))
		error(404, 'Nicht gefunden');
	return { mails: await outboxEntries(database(), { hidePrivate: false }) };
};
