import { z } from 'zod';
import { classificationMethods, paletteNames } from '$lib/types/monitoring';
import type { AtlasView } from './atlas/context';

/** Query of the atlas pages and downloads; unknown or broken values fall back to defaults. */
const AtlasQuerySchema = z.object({
	indikator: z
		.string()
		.regex(/^[a-z][a-z0-9_]{1,40}$/)
		.optional()
		.catch(undefined),
	jahr: z.coerce.number().int().min(1950).max(2100).optional().catch(undefined),
	klassen: z.enum(classificationMethods).optional().catch(undefined),
	palette: z.enum(paletteNames).optional().catch(undefined)
});

export function atlasView(params: URLSearchParams): AtlasView {
	const q = AtlasQuerySchema.parse(Object.fromEntries(params));
	return { indicator: q.indikator, year: q.jahr, method: q.klassen, palette: q.palette };
}

/** The same view as query string, for links to downloads. */
export function atlasQuery(view: {
	indicator: string;
	year: number;
	method: string;
	palette: string;
}): string {
	return new URLSearchParams({
		indikator: view.indicator,
		jahr: String(view.year),
		klassen: view.method,
		palette: view.palette
	}).toString();
}

const ApiValuesQuerySchema = z.object({
	indicator: z
		.string()
		.regex(/^[a-z][a-z0-9_]{1,40}$/, 'unknown indicator key')
		.optional(),
	year: z.coerce.number().int().min(1950).max(2100).optional()
});

export function apiValuesQuery(params: URLSearchParams) {
	return ApiValuesQuerySchema.safeParse(Object.fromEntries(params));
}
