import { database } from '../db';
import { publicCache } from './cache';
import { publicPages } from './page-cache';
import { currentEdition, getEdition, listEditions } from './store';
import { programmeWorkshops } from './workshops';

/** Reads of the public site, served through the micro-cache (see cache.ts). */
export const publicReads = {
	listEditions: () => publicCache.read('editions', () => listEditions(database())),
	getEdition: (year: number) =>
		publicCache.read(`edition:${year}`, () => getEdition(database(), year)),
	currentEdition: (today: string) =>
		publicCache.read(`current:${today}`, () => currentEdition(database(), today)),
	programmeWorkshops: (editionId: number) =>
		publicCache.read(`workshops:${editionId}`, () => programmeWorkshops(database(), editionId))
};

/** Called by every write to conference content in this process: data and rendered pages. */
export function invalidatePublicReads(): void {
	publicCache.invalidate();
	publicPages.invalidate();
}
