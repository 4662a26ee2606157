// One catalogue file per domain and language; add a domain's file to both lists.
import { archive as deArchive } from './de/archive';
import { conference as deConference } from './de/conference';
import { monitoring as deMonitoring } from './de/monitoring';
import { site as deSite } from './de/site';
import { archive as enArchive } from './en/archive';
import { conference as enConference } from './en/conference';
import { monitoring as enMonitoring } from './en/monitoring';
import { site as enSite } from './en/site';

export const de = { ...deSite, ...deConference, ...deArchive, ...deMonitoring };
export type MessageKey = keyof typeof de;
export const en: Record<MessageKey, string> = {
	...enSite,
	...enConference,
	...enArchive,
	...enMonitoring
};
