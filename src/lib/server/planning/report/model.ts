/**
 * The Sozialbericht's record and the inputs of its writes (zod). Like the plan's inputs they
 * accept what a form sends (strings, repeated fields) as well as typed values; their messages are
 * catalogue keys (`programme.err.<code>`).
 */
import { z } from 'zod';
import type { reports } from '$lib/server/db/schema';
import { reportChapters, reportLanguages, type ReportChapter } from '$lib/types/report';
import { planningErrorKey, type PlanningErrorCode } from '../errors';
import { INT4_MAX, hasForbiddenCharacters, normaliseText } from '$lib/server/fields';

export type Report = typeof reports.$inferSelect;

const msg = (code: PlanningErrorCode) => ({ error: planningErrorKey(code) });
const toNumber = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : v);
const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
/** A single form value arrives as a string, several as an array. */
const asList = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The longest text block of a chapter (characters). */
export const MAX_TEXT = 20_000;

/** Control characters (a NUL byte among them) are refused on their field, as in the shared fields. */
const clean = (v: string) => !hasForbiddenCharacters(v);
const Title = z
	.string(msg('titel_leer'))
	.refine(clean, { ...msg('zeichen_ungueltig'), abort: true })
	.transform((v) => normaliseText(v))
	.pipe(z.string().min(1, msg('titel_leer')).max(300, msg('text_zu_lang')));
const Year = z.preprocess(
	toNumber,
	z
		.number(msg('jahr_ungueltig'))
		.int(msg('jahr_ungueltig'))
		.min(1990, msg('jahr_ungueltig'))
		.max(2100, msg('jahr_ungueltig'))
);
const Language = z.enum(reportLanguages, msg('sprache_ungueltig')).default('de');

export const ReportCreateInput = z.object({ title: Title, year: Year, language: Language });
export type ReportCreateInput = z.input<typeof ReportCreateInput>;

export const ReportChange = z.object({
	title: Title,
	year: Year,
	language: Language,
	chapters: z.preprocess(
		asList,
		z
			.array(z.enum(reportChapters, msg('kapitel_ungueltig')))
			.min(1, msg('keine_kapitel'))
			// Always in the report's own order, whatever order the form sends.
			.transform((list) => reportChapters.filter((c) => list.includes(c)))
	),
	indicators: z.preprocess(
		asList,
		z
			.array(
				z
					.string(msg('indikator_unbekannt'))
					.trim()
					.min(1, msg('indikator_unbekannt'))
					.max(100, msg('indikator_unbekannt'))
					.refine(clean, msg('indikator_unbekannt'))
			)
			.max(60, msg('indikator_unbekannt'))
			.transform((list) => [...new Set(list)])
	),
	planId: z
		.preprocess(
			blankToNull,
			z.preprocess(
				toNumber,
				z
					.number(msg('plan_unbekannt'))
					.int(msg('plan_unbekannt'))
					.positive(msg('plan_unbekannt'))
					.max(INT4_MAX, msg('plan_unbekannt'))
					.nullable()
			)
		)
		.default(null),
	texts: z
		.partialRecord(
			z.enum(reportChapters, msg('kapitel_ungueltig')),
			z
				.string()
				.max(MAX_TEXT, msg('text_zu_lang'))
				// Tab and line breaks belong in a text block; other control characters do not.
				.refine(clean, msg('zeichen_ungueltig'))
		)
		.default({})
		.transform((texts) => {
			const kept: Partial<Record<ReportChapter, string>> = {};
			for (const chapter of reportChapters) {
				const text = texts[chapter]?.replace(/\r\n/g, '\n').trim();
				if (text) kept[chapter] = text;
			}
			return kept;
		})
});
export type ReportChange = z.input<typeof ReportChange>;

/** What a report form posts, as `ReportChange` input: `text_<chapter>` fields become `texts`. */
export function reportFormInput(form: FormData): ReportChange {
	const texts: Record<string, string> = {};
	for (const chapter of reportChapters) {
		const text = form.get(`text_${chapter}`);
		if (typeof text === 'string') texts[chapter] = text;
	}
	const one = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v : undefined;
	};
	return {
		title: one('title') as string,
		year: one('year') as string,
		language: (one('language') ?? 'de') as 'de',
		chapters: form.getAll('chapters').filter((v) => typeof v === 'string') as ReportChapter[],
		indicators: form.getAll('indicators').filter((v) => typeof v === 'string'),
		planId: one('planId') ?? null,
		texts
	};
}
