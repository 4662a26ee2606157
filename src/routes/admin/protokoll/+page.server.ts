import { z } from 'zod';
import { auditActionGroups, auditSubjects, listAudit } from '$lib/server/audit';
import { requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

const Query = z.object({
	aktion: z
		.string()
		.regex(/^[a-z_]+(\.[a-z_]*)*$/)
		.optional()
		.catch(undefined),
	seite: z.coerce.number().int().min(1).max(100_000).catch(1)
});

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'organiser');
	const query = Query.parse(Object.fromEntries(event.url.searchParams));
	const db = database();
	// "user" matches user.created but not users.x: a bare group name is taken as "user.".
	const prefix = query.aktion && !query.aktion.includes('.') ? `${query.aktion}.` : query.aktion;
	const [result, groups] = await Promise.all([
		listAudit(db, { actionPrefix: prefix, page: query.seite }),
		auditActionGroups(db)
	]);
	const subjects = await auditSubjects(db, result.rows, { userPages: user.role === 'admin' });
	return { ...result, subjects: Object.fromEntries(subjects), groups, aktion: query.aktion ?? '' };
};
