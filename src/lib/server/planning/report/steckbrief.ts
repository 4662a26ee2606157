/**
 * The Quartierssteckbrief: one A4 page about one area for the public atlas — its name and
 * municipality, the key figures beside the municipality's, the MSS class, the area type, a small
 * locator map, the data year and the sources, in the page's language. Everything is read through
 * the public atlas (`PUBLIC` access): the figures are the area page's own display strings, so
 * disclosure control is exactly the area page's. Collecting reads the database; building the
 * document is pure; the PDF is rendered in the report worker (see `render.ts`).
 */
import type { Database } from '../../db';
import { translator, type Locale } from '$lib/i18n';
import { areaProfile, municipalityAtlas, PUBLIC, type AreaProfile } from '../../monitoring';
import type { MapModel } from '$lib/types/atlas';

export interface SteckbriefDocument {
	language: Locale;
	title: string;
	/** "Bottrop (kreisfreie Stadt)" / "Dorsten (Kreis Recklinghausen)". */
	place: string;
	marks: string[];
	factsHeading: string;
	facts: { label: string; value: string }[];
	figures: {
		caption: string;
		columns: string[];
		numeric: boolean[];
		rows: string[][];
	} | null;
	noFigures: string;
	map: { svg: string; width: number; height: number; alt: string; caption: string } | null;
	sourcesHeading: string;
	sources: string[];
	footer: string;
}

const HIGHLIGHT = '#1f5f99';
const OTHER = '#e4e7eb';

/** The municipality's areas in grey with `code` highlighted (vector, the atlas's geometry). */
export function locatorSvg(map: MapModel, code: string): string {
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${map.height}" viewBox="0 0 ${map.width} ${map.height}">`,
		`<g stroke="#8a949e" stroke-width="0.5">`
	];
	for (const p of map.paths) {
		if (p.code !== code) parts.push(`<path d="${p.d}" fill="${OTHER}"/>`);
	}
	for (const p of map.paths) {
		if (p.code === code) {
			parts.push(`<path d="${p.d}" fill="${HIGHLIGHT}" stroke="#1b1f24" stroke-width="1.2"/>`);
		}
	}
	if (map.outline) {
		parts.push(`<path d="${map.outline}" fill="none" stroke="#1b1f24" stroke-width="1.2"/>`);
	}
	parts.push('</g></svg>');
	return parts.join('');
}

/** The document of the profile (pure). `map` is any of the municipality's atlas maps. */
export function buildSteckbrief(
	profile: AreaProfile,
	map: MapModel | null,
	locale: Locale,
	pageUrl: string
): SteckbriefDocument {
	const t = translator(locale);
	const { area, municipality, areaTerm } = profile;
	const none = '–';
	const mss = profile.mss;
	const mssText = !mss
		? none
		: mss.indexed
			? t('steckbrief.mssValue', {
					status: mss.status,
					dynamics: mss.dynamics,
					cell: mss.cell,
					baseYear: mss.baseYear,
					year: mss.year
				}) + (mss.attention ? ` · ${t('steckbrief.mssAttention')}` : '')
			: t('profile.notIndexed', { reason: mss.reason });
	const typeText = profile.type
		? [
				profile.typeLabel?.name || t('atlas.typeName', { type: profile.type.type }),
				profile.typeLabel?.description ? `(${profile.typeLabel.description})` : '',
				`– ${profile.type.description}`
			]
				.filter(Boolean)
				.join(' ')
		: none;
	const years = profile.indicators.map((i) => i.latestYear);
	const dataYear = years.length
		? Math.min(...years) === Math.max(...years)
			? String(Math.max(...years))
			: `${Math.min(...years)}–${Math.max(...years)}`
		: none;
	const indicatorSources = [...new Set(profile.indicators.map((i) => i.indicator.source))]
		.filter((s) => s && s.trim())
		.sort((a, b) => a.localeCompare(b, locale));
	const kreisfrei = municipality.kreisfrei;
	return {
		language: locale,
		title: t('steckbrief.title', { term: areaTerm, name: area.name }),
		place: t('steckbrief.in', {
			municipality: municipality.name,
			kreis: kreisfrei ? t('atlas.kreisfrei') : municipality.kreisName
		}),
		marks: profile.isDemo ? [t('steckbrief.demo')] : [],
		factsHeading: t('steckbrief.facts'),
		facts: [
			{ label: t('steckbrief.mss'), value: mssText },
			{ label: t('steckbrief.type'), value: typeText },
			{ label: t('steckbrief.dataYear'), value: dataYear }
		],
		figures: profile.indicators.length
			? {
					caption: t('steckbrief.figures', { term: areaTerm }),
					columns: [
						t('steckbrief.col.indicator'),
						t('steckbrief.col.year'),
						areaTerm,
						t('steckbrief.col.rank'),
						t('steckbrief.col.municipality')
					],
					numeric: [false, true, true, true, true],
					rows: profile.indicators.map((row) => [
						row.indicator.name,
						String(row.latestYear),
						row.latest,
						row.rank ? t('profile.rankOf', row.rank) : none,
						row.municipality ?? none
					])
				}
			: null,
		noFigures: t('steckbrief.noFigures'),
		map: map
			? {
					svg: locatorSvg(map, area.code),
					width: map.width,
					height: map.height,
					alt: t('steckbrief.mapAlt', {
						term: areaTerm,
						name: area.name,
						count: map.paths.length,
						municipality: municipality.name
					}),
					caption: t('steckbrief.mapCaption', { name: area.name, municipality: municipality.name })
				}
			: null,
		sourcesHeading: t('steckbrief.sources'),
		sources: [
			...(indicatorSources.length
				? [t('steckbrief.indicatorSources', { sources: indicatorSources.join('; ') })]
				: []),
			...(profile.seriesBreak
				? [
						`${t('profile.breakTitle', { year: profile.seriesBreak.year })}: ${profile.seriesBreak.text}`
					]
				: []),
			...profile.notes
		],
		footer: t('steckbrief.footer', { url: pageUrl })
	};
}

/** The profile of area `code` of `ags` as the public area page shows it, or null if there is none. */
export async function collectSteckbrief(
	db: Database,
	ags: string,
	code: string,
	locale: Locale,
	pageUrl: string
): Promise<SteckbriefDocument | null> {
	const profile = await areaProfile(db, ags, code, PUBLIC, locale);
	if (!profile) return null;
	const atlas = await municipalityAtlas(db, ags, PUBLIC, {}, locale);
	return buildSteckbrief(profile, atlas?.map ?? null, locale, pageUrl);
}

/** "steckbrief-05512000-Q01.pdf" / "area-profile-05512000-Q01.pdf" (the code made file-safe). */
export function steckbriefFileName(ags: string, code: string, locale: Locale): string {
	const safe = code.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 60) || 'gebiet';
	return `${locale === 'de' ? 'steckbrief' : 'area-profile'}-${ags}-${safe}.pdf`;
}
