import { database } from '../db';
import { publicCache } from './cache';
import { currentEdition, getEdition, listEditions } from './store';

/** Reads of the public site, served through the micro-cache (see cache.ts). */
export const publicReads = {
	listEditions: () => publicCache.read('editions', () => listEditions(database())),
	getEdition: (year: number) =>
		publicCache.read(`edition:${year}`, () => getEdition(database(), year)),
	currentEdition: (today: string) =>
		publicCache.read(`current:${today}`, () => currentEdition(database(), today))
};

/** Called by every write to conference content in this process. */
export function invalidatePublicReads(): void {
	publicCache.invalidate();
}
