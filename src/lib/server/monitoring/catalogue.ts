/**
 * The default indicator catalogue: poverty risk and the composition and needs of residents.
 * Names say what is counted — "Arbeitslose je 100 Einwohner 15–64" is not the official
 * Arbeitslosenquote of the Bundesagentur für Arbeit, whose base is the civilian labour force.
 *
 * Time basis: small-area figures from the register and the BA's small-area statistics are counts
 * on a reference date (Stichtag 31.12.); only the GISD is built from annual figures. The official
 * INKAR reference values carry their own time basis (`municipality_values.time_basis`).
 */
import type { indicators } from '../db/schema';

export type IndicatorRow = typeof indicators.$inferSelect;
export type IndicatorDefault = Omit<IndicatorRow, 'position' | 'ags'>;

const BA = 'Statistik der Bundesagentur für Arbeit; kommunale Statistikstelle';
const MELDE = 'Einwohnermelderegister der Gemeinde';

export const DEFAULT_INDICATORS: readonly IndicatorDefault[] = [
	{
		key: 'einwohner',
		name: 'Einwohnerzahl',
		definition: 'Einwohner mit Hauptwohnsitz am 31.12.',
		nameEn: 'Population',
		definitionEn: 'Residents with their main residence in the municipality on 31 December',
		numeratorLabel: null,
		denominatorLabel: null,
		unit: 'Personen',
		kind: 'count',
		per: null,
		direction: 'neutral',
		handlungsfeld: 'bevoelkerung',
		source: MELDE,
		timeBasis: 'stichtag',
		minValue: 0,
		maxValue: null,
		decimals: 0
	},
	{
		key: 'sgb2_quote',
		name: 'SGB-II-Quote',
		definition:
			'Leistungsberechtigte nach SGB II je 100 Einwohner unter der Regelaltersgrenze (vereinfacht: unter 65 Jahren)',
		nameEn: 'SGB II rate',
		definitionEn:
			'People entitled to benefits under SGB II (basic income support) per 100 residents below the statutory retirement age (simplified: under 65)',
		numeratorLabel: 'Leistungsberechtigte nach SGB II',
		denominatorLabel: 'Einwohner unter 65 Jahren',
		unit: '%',
		kind: 'share',
		per: 100,
		direction: 'need_up',
		handlungsfeld: 'arbeit',
		source: BA,
		timeBasis: 'stichtag',
		minValue: 0,
		maxValue: 100,
		decimals: 1
	},
	{
		key: 'kinderarmut',
		name: 'Kinderarmut (SGB II, unter 15 J.)',
		definition:
			'Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren in SGB-II-Bedarfsgemeinschaften je 100 Einwohner unter 15 Jahren',
		nameEn: 'Child poverty (SGB II, under 15)',
		definitionEn:
			'Children under 15 not able to work in SGB II benefit households per 100 residents under 15',
		numeratorLabel: 'Kinder unter 15 Jahren in SGB-II-Bedarfsgemeinschaften',
		denominatorLabel: 'Einwohner unter 15 Jahren',
		unit: '%',
		kind: 'share',
		per: 100,
		direction: 'need_up',
		handlungsfeld: 'bildung',
		source: BA,
		timeBasis: 'stichtag',
		minValue: 0,
		maxValue: 100,
		decimals: 1
	},
	{
		key: 'arbeitslose_je_100',
		name: 'Arbeitslose je 100 Einwohner 15–64',
		definition:
			'Arbeitslose (SGB II und III) je 100 Einwohner von 15 bis unter 65 Jahren – nicht die amtliche Arbeitslosenquote, deren Bezugsgröße die zivilen Erwerbspersonen sind',
		nameEn: 'Unemployed per 100 residents aged 15–64',
		definitionEn:
			'Unemployed people (SGB II and III) per 100 residents aged 15 to under 65 – not the official unemployment rate, whose base is the civilian labour force',
		numeratorLabel: 'Arbeitslose (SGB II und III)',
		denominatorLabel: 'Einwohner 15 bis unter 65 Jahre',
		unit: '%',
		kind: 'share',
		per: 100,
		direction: 'need_up',
		handlungsfeld: 'arbeit',
		source: BA,
		timeBasis: 'stichtag',
		minValue: 0,
		maxValue: 100,
		decimals: 1
	},
	{
		key: 'langzeitarbeitslose_je_100',
		name: 'Langzeitarbeitslose je 100 Einwohner 15–64',
		definition:
			'Arbeitslose, die ein Jahr und länger arbeitslos sind, je 100 Einwohner von 15 bis unter 65 Jahren',
		nameEn: 'Long-term unemployed per 100 residents aged 15–64',
		definitionEn: 'People unemployed for a year or longer per 100 residents aged 15 to under 65',
		numeratorLabel: 'Langzeitarbeitslose',
		denominatorLabel: 'Einwohner 15 bis unter 65 Jahre',
		unit: '%',
		kind: 'share',
		per: 100,
		direction: 'need_up',
		handlungsfeld: 'arbeit',
		source: BA,
		timeBasis: 'stichtag',
		minValue: 0,
		maxValue: 100,
		decimals: 1
	},
	{
		key: 'alleinerziehende',
		name: 'Anteil Alleinerziehende',
		definition: 'Haushalte von Alleinerziehenden je 100 Haushalte mit Kindern unter 18 Jahren',
		nameEn: 'Share of single parents',
		definitionEn: 'Single-parent households per 100 households with children under 18',
		numeratorLabel: 'Haushalte Alleinerziehender',
		denominatorLabel: 'Haushalte mit Kindern unter 18 Jahren',
		unit: '%',
		kind: 'share',
		per: 100,
		direction: 'need_up',
		handlungsfeld: 'partizipation',
		source: 'Haushaltegenerierung aus dem Melderegister',
		timeBasis: 'stichtag',
		minValue: 0,
		maxValue: 100,
		decimals: 1
	},
	{
		key: 'anteil_unter_18',
		name: 'Anteil unter 18 Jahren',
		definition: 'Einwohner unter 18 Jahren je 100 Einwohner',
		nameEn: 'Share under 18',
		definitionEn: 'Residents under 18 per 100 residents',
		numeratorLabel: 'Einwohner unter 18 Jahren',
		denominatorLabel: 'Einwohner',
		unit: '%',
		kind: 'share',
		per: 100,
		direction: 'neutral',
		handlungsfeld: 'bevoelkerung',
		source: MELDE,
		timeBasis: 'stichtag',
		minValue: 0,
		maxValue: 100,
		decimals: 1
	},
	{
		key: 'anteil_ueber_65',
		name: 'Anteil 65 Jahre und älter',
		definition: 'Einwohner ab 65 Jahren je 100 Einwohner',
		nameEn: 'Share aged 65 and over',
		definitionEn: 'Residents aged 65 and over per 100 residents',
		numeratorLabel: 'Einwohner ab 65 Jahren',
		denominatorLabel: 'Einwohner',
		unit: '%',
		kind: 'share',
		per: 100,
		direction: 'neutral',
		handlungsfeld: 'gesundheit',
		source: MELDE,
		timeBasis: 'stichtag',
		minValue: 0,
		maxValue: 100,
		decimals: 1
	},
	{
		key: 'nichtdeutsch',
		name: 'Anteil nichtdeutscher Staatsangehörigkeit',
		definition: 'Einwohner ohne deutsche Staatsangehörigkeit je 100 Einwohner',
		nameEn: 'Share without German citizenship',
		definitionEn: 'Residents without German citizenship per 100 residents',
		numeratorLabel: 'Einwohner ohne deutsche Staatsangehörigkeit',
		denominatorLabel: 'Einwohner',
		unit: '%',
		kind: 'share',
		per: 100,
		direction: 'neutral',
		handlungsfeld: 'bevoelkerung',
		source: MELDE,
		timeBasis: 'stichtag',
		minValue: 0,
		maxValue: 100,
		decimals: 1
	},
	{
		key: 'wohnflaeche',
		name: 'Wohnfläche je Einwohner',
		definition: 'Wohnfläche in Wohngebäuden in m² je Einwohner',
		nameEn: 'Living space per resident',
		definitionEn: 'Living space in residential buildings in m² per resident',
		numeratorLabel: null,
		denominatorLabel: null,
		unit: 'm²',
		kind: 'measure',
		per: null,
		direction: 'need_down',
		handlungsfeld: 'wohnen',
		source: 'Gebäude- und Wohnungsfortschreibung; Melderegister',
		timeBasis: 'stichtag',
		minValue: 5,
		maxValue: 150,
		decimals: 1
	},
	{
		key: 'uebergang_gymnasium',
		name: 'Übergangsquote zum Gymnasium',
		definition:
			'Übergänge von der Grundschule auf ein Gymnasium je 100 Übergänge auf weiterführende Schulen (nach Wohnort)',
		nameEn: 'Transition rate to Gymnasium',
		definitionEn:
			'Transitions from primary school to a Gymnasium (academic secondary school) per 100 transitions to secondary schools (by place of residence)',
		numeratorLabel: 'Übergänge auf ein Gymnasium',
		denominatorLabel: 'Übergänge auf weiterführende Schulen',
		unit: '%',
		kind: 'share',
		per: 100,
		direction: 'need_down',
		handlungsfeld: 'bildung',
		source: 'Schulstatistik der Gemeinde',
		timeBasis: 'stichtag',
		minValue: 0,
		maxValue: 100,
		decimals: 1
	},
	{
		key: 'gisd',
		name: 'Sozioökonomische Deprivation (GISD, NRW-normiert)',
		definition:
			'German Index of Socioeconomic Deprivation, 0 (geringste) bis 1 (höchste Deprivation) relativ zu allen Gemeinden NRWs im selben Jahr – ein sinkender Wert ist keine absolute Verbesserung',
		nameEn: 'Socioeconomic deprivation (GISD, NRW-normed)',
		definitionEn:
			'German Index of Socioeconomic Deprivation, 0 (least) to 1 (most deprivation) relative to all municipalities of North Rhine-Westphalia in the same year – a falling value is no absolute improvement',
		numeratorLabel: null,
		denominatorLabel: null,
		unit: 'Index 0–1',
		kind: 'measure',
		per: null,
		direction: 'need_up',
		handlungsfeld: 'arbeit',
		source: 'Robert Koch-Institut (2025): GISD, Release 2025 v1.0, CC BY 4.0',
		timeBasis: 'jahresdurchschnitt',
		minValue: 0,
		maxValue: 1,
		decimals: 2
	},
	{
		key: 'transferbezug',
		name: 'Transferbezug ohne Arbeitslose (SGB II, SGB XII)',
		definition:
			'Nicht arbeitslose Leistungsberechtigte nach SGB II und Empfänger von Hilfe zum Lebensunterhalt nach SGB XII je 100 Einwohner – die Berliner MSS-Definition, die sich mit den Arbeitslosen und den Kindern in SGB-II-Bedarfsgemeinschaften nicht überschneidet, wenn diese getrennt gezählt werden',
		nameEn: 'Transfer receipt excluding the unemployed (SGB II, SGB XII)',
		definitionEn:
			'People entitled to SGB II benefits who are not unemployed, and recipients of subsistence aid under SGB XII, per 100 residents – the Berlin MSS definition, which does not overlap with the unemployed',
		numeratorLabel: 'Nicht arbeitslose Leistungsberechtigte SGB II und Empfänger HLU SGB XII',
		denominatorLabel: 'Einwohner',
		unit: '%',
		kind: 'share',
		per: 100,
		direction: 'need_up',
		handlungsfeld: 'arbeit',
		source: BA,
		timeBasis: 'stichtag',
		minValue: 0,
		maxValue: 100,
		decimals: 1
	}
];

/**
 * The MSS-style index set used for every municipality: the four indicators of the MSS 2013–2017
 * (unemployment, long-term unemployment, transfer receipt, child poverty), with the SGB-II-Quote
 * standing in for "non-unemployed recipients of subsistence benefits", which municipal data
 * rarely provide. The stand-in counts twice what the others count already: the unemployed in
 * SGB II and the children in SGB II households are SGB II recipients, so an area with many of
 * them scores on two or three indicators for the same people. Where the data allow it, a
 * planner chooses `transferbezug` (the Berlin definition, without the unemployed) instead on the
 * analysis page; the method page explains both.
 */
export const MSS_INDICATORS = [
	'arbeitslose_je_100',
	'langzeitarbeitslose_je_100',
	'sgb2_quote',
	'kinderarmut'
] as const;

export const POPULATION_INDICATOR = 'einwohner';
