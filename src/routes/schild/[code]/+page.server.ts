import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { badgeDay } from '$lib/server/registration';
import { itineraryForRegistration } from '$lib/server/worldcafe';
import { translator } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders, locals }) => {
	setHeaders({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
	const day = await badgeDay(database(), params.code.toLowerCase());
	if (!day) error(404, translator(locals.locale)('badge.unknown'));
	return { day, itineraries: await itineraryForRegistration(database(), day.registrationId) };
};
