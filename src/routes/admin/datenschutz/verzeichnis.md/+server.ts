import { requireRole } from '$lib/server/auth';
import { berlinDate } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { privacySettings, processingRecordMarkdown } from '$lib/server/privacy';
import { appConfig } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'organiser');
	const today = berlinDate(new Date());
	const settings = await privacySettings(database(), today, appConfig().registrationRateLimit);
	return new Response(processingRecordMarkdown(settings, today, event.locals.locale), {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': `attachment; filename="verarbeitungsverzeichnis-${today}.md"`
		}
	});
};
