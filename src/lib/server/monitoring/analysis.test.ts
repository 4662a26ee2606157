import { describe, expect, it } from 'vitest';
import {
	analysisSettingsOf,
	checkAnalysisSettings,
	DEFAULT_ANALYSIS,
	maxTypes,
	mssYearsOf,
	readAnalysisForm,
	typesFor,
	typologyYearOf,
	type AnalysisData,
	type AnalysisSettings
} from './analysis';

const catalogue: AnalysisData['catalogue'] = [
	{ key: 'einwohner', name: 'Einwohner', kind: 'count', direction: 'neutral' },
	{ key: 'sgb2_quote', name: 'SGB-II-Quote', kind: 'share', direction: 'need_up' },
	{ key: 'kinderarmut', name: 'Kinderarmut', kind: 'share', direction: 'need_up' },
	{
		key: 'anteil_unter_18',
		name: 'Anteil unter 18',
		nameEn: 'Share under 18',
		kind: 'share',
		direction: 'neutral'
	},
	{ key: 'wohnflaeche', name: 'Wohnfläche', kind: 'measure', direction: 'need_down' }
];

/** 12 areas A01…A12; every indicator in 2019 and 2021, Wohnfläche only 2021, population 500. */
function data(options: { population?: (i: number) => number } = {}): AnalysisData {
	const areas = Array.from({ length: 12 }, (_, i) => ({
		id: i + 1,
		code: `A${String(i + 1).padStart(2, '0')}`
	}));
	const values: { areaId: number; indicatorKey: string; year: number; value: number }[] = [];
	for (const a of areas) {
		for (const year of [2019, 2021]) {
			values.push({ areaId: a.id, indicatorKey: 'sgb2_quote', year, value: 5 + a.id });
			values.push({ areaId: a.id, indicatorKey: 'kinderarmut', year, value: 10 + 2 * a.id });
			values.push({ areaId: a.id, indicatorKey: 'anteil_unter_18', year, value: 20 - a.id / 2 });
			values.push({
				areaId: a.id,
				indicatorKey: 'einwohner',
				year,
				value: options.population?.(a.id) ?? 500
			});
		}
		values.push({ areaId: a.id, indicatorKey: 'wohnflaeche', year: 2021, value: 30 + a.id });
	}
	return { catalogue, areas, values };
}

const settings = (change: Partial<AnalysisSettings> = {}): AnalysisSettings => ({
	typologyIndicators: ['sgb2_quote', 'anteil_unter_18', 'wohnflaeche'],
	typologyK: 3,
	typologyWinsorise: null,
	mssIndicators: ['sgb2_quote', 'kinderarmut'],
	minPopulation: 300,
	mssOutliers: [],
	...change
});

const problemsOf = (s: AnalysisSettings, d = data()) =>
	checkAnalysisSettings(s, d).problems.map((p) => [p.field, p.message]);

describe('checkAnalysisSettings', () => {
	it('accepts a workable choice and names the years it will use', () => {
		expect(checkAnalysisSettings(settings(), data())).toEqual({
			problems: [],
			typology: { year: 2021, complete: 12, k: 3 },
			mssYear: 2021
		});
	});

	it('asks for at least two indicators, naming the field', () => {
		expect(problemsOf(settings({ typologyIndicators: ['sgb2_quote'], mssIndicators: [] }))).toEqual(
			[
				[
					'typologyIndicators',
					'Für die Gebietstypisierung bitte mindestens zwei Indikatoren wählen.'
				],
				['mssIndicators', 'Für den MSS-Index bitte mindestens zwei Indikatoren wählen.']
			]
		);
	});

	it('refuses unknown indicators and indicators without values here', () => {
		expect(problemsOf(settings({ typologyIndicators: ['sgb2_quote', 'erfunden'] }))).toEqual([
			['typologyIndicators', 'Diese Indikatoren gibt es im Katalog nicht: „erfunden“.']
		]);
		const noChildPoverty = data();
		const d = {
			...noChildPoverty,
			values: noChildPoverty.values.filter((v) => v.indicatorKey !== 'kinderarmut')
		};
		expect(problemsOf(settings(), d)).toEqual([
			['mssIndicators', 'Für „Kinderarmut“ liegen in dieser Gemeinde keine Werte vor.']
		]);
	});

	it('keeps the number of types between 2 and a third of the complete areas', () => {
		expect(maxTypes(12)).toBe(4);
		expect(maxTypes(100)).toBe(8);
		expect(problemsOf(settings({ typologyK: 5 }))).toEqual([
			[
				'typologyK',
				'Die Zahl der Typen muss zwischen 2 und 4 liegen: 12 Gebiete haben 2021 vollständige Werte, und jeder Typ soll im Mittel mindestens 3 Gebiete umfassen.'
			]
		]);
		expect(problemsOf(settings({ typologyK: 1 }))[0][0]).toBe('typologyK');
		expect(problemsOf(settings({ typologyK: null }))).toEqual([]);
	});

	it('offers as MSS status indicators only shares where more means more disadvantage', () => {
		expect(problemsOf(settings({ mssIndicators: ['sgb2_quote', 'anteil_unter_18'] }))).toEqual([
			[
				'mssIndicators',
				'„Anteil unter 18“ eignet sich nicht als Statusindikator: Der MSS-Index addiert nur Anteile in %, bei denen ein höherer Wert mehr Benachteiligung bedeutet.'
			]
		]);
	});

	it('answers an English page in English, with the indicators’ English names', () => {
		const checked = checkAnalysisSettings(
			settings({ mssIndicators: ['sgb2_quote', 'anteil_unter_18'], mssOutliers: ['X9'] }),
			data(),
			'en'
		);
		expect(checked.problems.map((p) => [p.field, p.message])).toEqual([
			[
				'mssIndicators',
				'“Share under 18” cannot be a status indicator: the MSS index only adds shares in % where a higher value means more disadvantage.'
			],
			['mssOutliers', 'This municipality has no areas with these codes: “X9”.']
		]);
		const form = new FormData();
		form.set('typologyK', 'drei');
		expect(readAnalysisForm(form, 'en').problems.map((p) => p.message)).toEqual([
			'The number of types must be a whole number.',
			'Please give a minimum population.'
		]);
	});

	it('needs the year t − 2 for the dynamics', () => {
		const d = data();
		const only2021 = { ...d, values: d.values.filter((v) => v.year === 2021) };
		expect(
			problemsOf(settings({ typologyIndicators: ['sgb2_quote', 'wohnflaeche'] }), only2021)
		).toEqual([
			[
				'mssIndicators',
				'Für die gewählten Statusindikatoren gibt es kein Jahr t, für das auch die Werte von t − 2 (für die Dynamik) und die Einwohnerzahl vorliegen.'
			]
		]);
	});

	it('refuses outliers that are not areas of the municipality and clipping limits it does not offer', () => {
		expect(problemsOf(settings({ mssOutliers: ['A01', 'Z9'], typologyWinsorise: 1 }))).toEqual([
			[
				'typologyWinsorise',
				'Die Begrenzung der z-Werte muss 2, 2,5, 3 Standardabweichungen betragen oder ausgeschaltet sein.'
			],
			['mssOutliers', 'Diese Gebietskennungen gibt es in dieser Gemeinde nicht: „Z9“.']
		]);
	});

	it('refuses a minimum population or outlier list that leaves fewer than five areas to index', () => {
		const small = data({ population: (id) => (id <= 8 ? 100 : 800) });
		expect(problemsOf(settings(), small)).toEqual([
			[
				'minPopulation',
				'Mit dieser Mindesteinwohnerzahl und diesen Ausreißern blieben 2021 nur 4 Gebiete mit allen Werten für den Index; mindestens 5 sind nötig.'
			]
		]);
		expect(problemsOf(settings({ minPopulation: 50 }), small)).toEqual([]);
	});
});

describe('years and number of types', () => {
	it('uses the latest year in which every chosen indicator has values', () => {
		expect(typologyYearOf(data(), ['sgb2_quote', 'wohnflaeche'])).toEqual({
			year: 2021,
			complete: 12
		});
		expect(mssYearsOf(data(), ['sgb2_quote', 'kinderarmut'])).toEqual([2021]);
	});

	it('falls back to the automatic number of types when the data no longer allow the chosen one', () => {
		expect(typesFor(settings({ typologyK: 3 }), 12)).toBe(3);
		expect(typesFor(settings({ typologyK: 6 }), 12)).toBe(4);
		expect(typesFor(settings({ typologyK: null }), 9)).toBe(3);
	});

	it('applies the defaults until a choice is saved', () => {
		expect(analysisSettingsOf(null)).toBe(DEFAULT_ANALYSIS);
		expect(
			analysisSettingsOf({
				typologyIndicators: null,
				typologyK: 5,
				typologyWinsorise: 3,
				mssIndicators: null,
				minPopulation: 200,
				mssOutliers: ['7']
			})
		).toEqual({
			...DEFAULT_ANALYSIS,
			typologyK: 5,
			typologyWinsorise: 3,
			minPopulation: 200,
			mssOutliers: ['7']
		});
	});
});

describe('readAnalysisForm', () => {
	function form(entries: [string, string][]): FormData {
		const f = new FormData();
		for (const [k, v] of entries) f.append(k, v);
		return f;
	}

	it('reads checkbox lists, automatic values and outlier codes', () => {
		const read = readAnalysisForm(
			form([
				['typologyIndicators', 'sgb2_quote'],
				['typologyIndicators', 'wohnflaeche'],
				['typologyK', ''],
				['typologyWinsorise', '2,5'],
				['mssIndicators', 'sgb2_quote'],
				['mssIndicators', 'kinderarmut'],
				['minPopulation', '300'],
				['mssOutliers', 'A01; A02,\nA01']
			])
		);
		expect(read.problems).toEqual([]);
		expect(read.settings).toEqual({
			typologyIndicators: ['sgb2_quote', 'wohnflaeche'],
			typologyK: null,
			typologyWinsorise: 2.5,
			mssIndicators: ['sgb2_quote', 'kinderarmut'],
			minPopulation: 300,
			mssOutliers: ['A01', 'A02']
		});
	});

	it('adds a taken-over outlier proposal to the outliers already entered', () => {
		const read = readAnalysisForm(
			form([
				['minPopulation', '300'],
				['mssOutliers', 'A01'],
				['addOutliers', 'A07, A01']
			])
		);
		expect(read.settings.mssOutliers).toEqual(['A01', 'A07']);
		expect(read.values.mssOutliers).toBe('A01, A07');
	});

	it('reports entries that are not numbers on their field', () => {
		const read = readAnalysisForm(
			form([
				['typologyK', 'drei'],
				['minPopulation', '']
			])
		);
		expect(read.problems.map((p) => p.field)).toEqual(['typologyK', 'minPopulation']);
	});
});
