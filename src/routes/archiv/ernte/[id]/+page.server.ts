import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { ideasTakenUp, publicTakeUps, takeUpMarks } from '$lib/server/planning';
import { cafeMessage, publishedHarvest } from '$lib/server/worldcafe';
import type { PageServerLoad } from './$types';
import { rowIdFrom } from '$lib/server/fields';

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = rowIdFrom(params.id);
	const db = database();
	const published = id === null ? null : await publishedHarvest(db, id);
	if (!published?.snapshot) error(404, cafeMessage(locals.locale, 'ernte_unveroeffentlicht'));
	// Only public measures are marked: an internal proposal is the planners' draft, not news.
	const ideaIds = published.snapshot.topics.flatMap((t) =>
		t.fields.flatMap((g) => g.ideas.flatMap((i) => (i.id === undefined ? [] : [i.id])))
	);
	const takenUp = takeUpMarks(publicTakeUps(await ideasTakenUp(db, ideaIds)));
	return { id, harvest: published.snapshot, takenUp };
};
