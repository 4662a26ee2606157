/** A small, hand-made snapshot for the report builder's and renderers' tests. */
import type { MapModel } from '$lib/types/atlas';
import type { ReportSnapshot, SnapshotIndicator } from './snapshot';
import type { ReportDraft } from './build';

const map = (title: string, fills: [string, string, string]): MapModel => ({
	title,
	width: 300,
	height: 120,
	paths: [
		{
			code: 'Q01',
			name: 'Altstadt',
			href: null,
			d: 'M8,8H100V112H8Z',
			fill: fills[0],
			label: '12,5 %',
			suppressed: false
		},
		{
			code: 'Q02',
			name: 'Hafen',
			href: null,
			d: 'M100,8H200V112H100Z',
			fill: fills[1],
			label: '.',
			suppressed: true
		},
		{
			code: 'Q03',
			name: 'Bergfeld',
			href: null,
			d: 'M200,8H292V112H200Z',
			fill: fills[2],
			label: '31,0 %',
			suppressed: false
		}
	],
	outline: 'M8,8H292V112H8Z',
	legend: [
		{ fill: '#deebf7', label: '12,5 bis 20,0' },
		{ fill: '#3182bd', label: 'über 20,0 bis 31,0' },
		{ fill: '#ffffff', label: 'geheim (.)' },
		{ fill: '#e4e7eb', label: 'keine Angabe' }
	],
	notes: []
});

export const SGB2: SnapshotIndicator = {
	indicator: {
		key: 'sgb2_quote',
		name: 'SGB-II-Quote',
		definition:
			'Anteil der Personen in Bedarfsgemeinschaften nach SGB II an der Bevölkerung unter 65 Jahren.',
		unit: '%',
		kind: 'share',
		direction: 'need_up',
		handlungsfeld: 'arbeit',
		source: 'Bundesagentur für Arbeit',
		decimals: 1,
		numeratorLabel: 'Personen in Bedarfsgemeinschaften',
		denominatorLabel: 'Einwohner unter 65'
	},
	year: 2021,
	years: [2019, 2020, 2021],
	map: map('Musterstadt: SGB-II-Quote 2021', ['#deebf7', '#ffffff', '#3182bd']),
	rows: [
		{ code: 'Q01', name: 'Altstadt', display: '12,5 %', value: 12.5, rank: 2 },
		{ code: 'Q02', name: 'Hafen', display: '.', value: null, rank: null },
		{ code: 'Q03', name: 'Bergfeld', display: '31,0 %', value: 31, rank: 1 }
	],
	totals: [
		{ year: 2019, value: 19.4, suppressed: false },
		{ year: 2020, value: null, suppressed: true },
		{ year: 2021, value: 18.2, suppressed: false }
	]
};

export const POPULATION: SnapshotIndicator = {
	indicator: {
		key: 'einwohner',
		name: 'Einwohnerinnen und Einwohner',
		definition: 'Bevölkerung am Ort der Hauptwohnung.',
		unit: 'Personen',
		kind: 'count',
		direction: 'neutral',
		handlungsfeld: 'bevoelkerung',
		source: 'Melderegister',
		decimals: 0,
		numeratorLabel: null,
		denominatorLabel: null
	},
	year: 2021,
	years: [2021],
	map: map('Musterstadt: Einwohner 2021', ['#deebf7', '#3182bd', '#3182bd']),
	rows: [
		{ code: 'Q01', name: 'Altstadt', display: '4.210', value: 4210, rank: null },
		{ code: 'Q02', name: 'Hafen', display: '1.050', value: 1050, rank: null },
		{ code: 'Q03', name: 'Bergfeld', display: '7.800', value: 7800, rank: null }
	],
	totals: [{ year: 2021, value: 13060, suppressed: false }]
};

export function sampleSnapshot(over: Partial<ReportSnapshot> = {}): ReportSnapshot {
	return {
		format: 1,
		takenAt: '2026-03-02T09:00:00.000Z',
		municipality: { ags: '05512000', name: 'Bottrop', kreisName: 'Bottrop' },
		dataVersion: 7,
		analysis: null,
		isDemo: false,
		synthetic: false,
		threshold: 3,
		areaTerm: 'Quartier',
		areaTermPlural: 'Quartiere',
		indicators: [POPULATION, SGB2],
		mss: null,
		typology: null,
		plan: null,
		notes: ['Gebietsgrenzen: © GeoBasis-DE / BKG (2017)'],
		...over
	};
}

export const sampleDraft = (over: Partial<ReportDraft> = {}): ReportDraft => ({
	title: 'Sozialbericht Bottrop 2021',
	year: 2021,
	language: 'de',
	chapters: [
		'zusammenfassung',
		'bevoelkerung',
		'arbeit',
		'wohnen',
		'mss',
		'handlungsprogramm',
		'anhang'
	],
	texts: { arbeit: 'Die SGB-II-Quote sinkt seit 2019.\n\nIm Hafen bleibt sie geheim.' },
	status: 'veroeffentlicht',
	isDemo: false,
	...over
});
