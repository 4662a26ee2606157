import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { listOutbox } from '$lib/server/mail';
import type { PageServerLoad } from './$types';

/**
 * Mails with a password link are shown without their text: an organiser reading the link of an
 * admin's reset mail could take over that account.
 */
const PRIVATE_KINDS = ['account.'];

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const mails = await listOutbox(database(), { limit: 100 });
	return {
		mails: mails.map((m) => ({
			id: m.id,
			kind: m.kind,
			to: m.toAddress,
			subject: m.subject,
			text: PRIVATE_KINDS.some((k) => m.kind.startsWith(k)) ? null : m.textBody,
			status: m.status,
			lastError: m.lastError,
			createdAt: m.createdAt
		}))
	};
};
