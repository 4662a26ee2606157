import { z } from 'zod';
import { classificationMethods, paletteNames } from '$lib/types/monitoring';
import type { AtlasView } from './atlas/context';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './atlas/exports';

/** Query of the atlas pages and downloads; unknown or broken values fall back to defaults. */
const AtlasQuerySchema = z.object({
	indikator: z
		.string()
		.regex(/^[a-z][a-z0-9_]{1,40}$/)
		.optional()
		.catch(undefined),
	jahr: z.coerce.number().int().min(1950).max(2100).optional().catch(undefined),
	klassen: z.enum(classificationMethods).optional().catch(undefined),
	palette: z.enum(paletteNames).optional().catch(undefined),
	/** The change map's other year; empty ("kein Vergleich") or broken means a map of one year. */
	von: z.coerce.number().int().min(1950).max(2100).optional().catch(undefined)
});

export function atlasView(params: URLSearchParams): AtlasView {
	const q = AtlasQuerySchema.parse(Object.fromEntries(params));
	return {
		indicator: q.indikator,
		year: q.jahr,
		method: q.klassen,
		palette: q.palette,
		since: q.von
	};
}

/** The same view as query string, for links to downloads. */
export function atlasQuery(view: {
	indicator: string;
	year: number;
	method: string;
	palette: string;
	since?: number | null;
}): string {
	return new URLSearchParams({
		indikator: view.indicator,
		jahr: String(view.year),
		klassen: view.method,
		palette: view.palette,
		...(view.since ? { von: String(view.since) } : {})
	}).toString();
}

const INDICATOR_KEY = /^[a-z][a-z0-9_]{1,40}$/;

/**
 * Query of the values API. Bounded by default: one year (the latest) and a page of
 * `DEFAULT_PAGE_SIZE` values; `year=all`, several indicators (`indicator=a,b`) and pages up to
 * `MAX_PAGE_SIZE` are there for those who ask.
 */
const ApiValuesQuerySchema = z.object({
	indicator: z
		.string()
		.transform((s) => s.split(',').filter((k) => k !== ''))
		.pipe(
			z
				.array(z.string().regex(INDICATOR_KEY, 'unknown indicator key'))
				.min(1, 'unknown indicator key')
				.max(50, 'at most 50 indicators')
		)
		.optional(),
	year: z
		.union([z.literal('all'), z.coerce.number().int().min(1950).max(2100)], {
			error: 'year must be a year between 1950 and 2100 or "all"'
		})
		.optional(),
	limit: z.coerce
		.number()
		.int()
		.min(1)
		.max(MAX_PAGE_SIZE, `limit must be at most ${MAX_PAGE_SIZE}`)
		.default(DEFAULT_PAGE_SIZE),
	offset: z.coerce.number().int().min(0).max(100_000_000).default(0)
});

export function apiValuesQuery(params: URLSearchParams) {
	const parsed = ApiValuesQuerySchema.safeParse(Object.fromEntries(params));
	if (!parsed.success) return parsed;
	const q = parsed.data;
	return {
		success: true as const,
		data: { indicators: q.indicator, year: q.year, limit: q.limit, offset: q.offset }
	};
}
