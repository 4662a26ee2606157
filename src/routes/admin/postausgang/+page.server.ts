import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { outboxEntries } from '$lib/server/mail';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	return { mails: await outboxEntries(database(), { hidePrivate: true }) };
};
