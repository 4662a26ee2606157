import { berlinDate } from '$lib/server/conference';
import { database } from '$lib/server/db';
import { controllerName, processingActivities, privacySettings } from '$lib/server/privacy';
import { appConfig } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const settings = await privacySettings(
		database(),
		berlinDate(new Date()),
		appConfig().registrationRateLimit
	);
	return { controller: controllerName(), activities: processingActivities(settings) };
};
