import { requireRole } from '$lib/server/auth';
import {
	editionOr404,
	editionWorkshops,
	listParticipants,
	parseParticipantQuery
} from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import { municipalities } from '$lib/reference/municipalities';
import { answerText, answersOf, editionQuestions } from '$lib/server/registration';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const filter = parseParticipantQuery(event.url.searchParams);
	const [result, workshops, questions] = await Promise.all([
		listParticipants(database(), edition.id, filter),
		editionWorkshops(database(), edition.id),
		editionQuestions(database(), edition.id)
	]);
	const stored = await answersOf(
		database(),
		result.rows.map((r) => r.id)
	);
	// Each row's answers as text in the page's language, by question id.
	const answers = Object.fromEntries(
		result.rows.map((r) => [
			r.id,
			Object.fromEntries(
				questions.map((q) => {
					const values = stored.get(r.id)?.get(q.id);
					return [q.id, values ? answerText(q, values, event.locals.locale) : ''];
				})
			)
		])
	);
	return { edition, filter, ...result, workshops, municipalities, questions, answers };
};
