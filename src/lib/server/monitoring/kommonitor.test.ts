import { describe, expect, it } from 'vitest';
import { readAreaFile } from './geo';
import {
	komMonitorAreaFile,
	komMonitorYear,
	readKomMonitorValues,
	type KomMonitorValueContext
} from './kommonitor';
import { gridGeoJson } from './testing';
import type { CatalogueIndicator } from './values-import';

const indicators: CatalogueIndicator[] = [
	{ key: 'einwohner', name: 'Einwohner', kind: 'count', per: null, minValue: 0, maxValue: null },
	{ key: 'sgb2_quote', name: 'SGB-II-Quote', kind: 'share', per: 100, minValue: 0, maxValue: 100 },
	// A municipality's own indicator is one more row of the same list.
	{
		key: 'kultur_orte',
		name: 'Kulturorte je 10.000',
		kind: 'measure',
		per: null,
		minValue: 0,
		maxValue: null
	}
];

const context: KomMonitorValueContext = {
	areas: new Map([
		['017', 1],
		['018', 2],
		['019', 3]
	]),
	indicators,
	indicator: 'sgb2_quote'
};

/** A KomMonitor indicator export: one feature per area, one property per reference date. */
function exportOf(properties: readonly Record<string, unknown>[]): string {
	return JSON.stringify({
		type: 'FeatureCollection',
		features: properties.map((p) => ({
			type: 'Feature',
			properties: { validStartDate: '2015-01-01', validEndDate: null, arisenFrom: null, ...p },
			geometry: null
		}))
	});
}

const rowsOf = (file: ReturnType<typeof readKomMonitorValues>) =>
	Array.from({ length: file.rows.count }, (_, i) => [
		file.rows.areaIds[i],
		file.rows.indicatorKeys[file.rows.indicatorIndex[i]],
		file.rows.years[i],
		file.rows.values[i]
	]);

describe('reading a KomMonitor indicator export', () => {
	it('turns each area and 31 December into a value of that year for the chosen indicator', () => {
		const file = readKomMonitorValues(
			exportOf([
				{ ID: '017', NAME: 'Altstadt', 'DATE_2021-12-31': 12.5, 'DATE_2022-12-31': 13 },
				{ ID: '018', NAME: 'Bulmke', 'DATE_2021-12-31': 8, 'DATE_2022-12-31': 8.25 }
			]),
			context
		);
		expect(file.problems).toEqual([]);
		expect(file.indicatorKey).toBe('sgb2_quote');
		expect(file.years).toEqual([2021, 2022]);
		expect(rowsOf(file)).toEqual([
			[1, 'sgb2_quote', 2021, 12.5],
			[1, 'sgb2_quote', 2022, 13],
			[2, 'sgb2_quote', 2021, 8],
			[2, 'sgb2_quote', 2022, 8.25]
		]);
		// No numerator or denominator comes with a KomMonitor value.
		expect(Number.isNaN(file.rows.numerators[0])).toBe(true);
		expect(Number.isNaN(file.rows.denominators[0])).toBe(true);
	});

	it('skips null, empty and "NaN" values as "no value" and reads numeric strings', () => {
		const file = readKomMonitorValues(
			exportOf([
				{ ID: '017', 'DATE_2021-12-31': null, 'DATE_2022-12-31': 'NaN', 'DATE_2023-12-31': '9.5' },
				{ ID: '018', 'DATE_2021-12-31': '', 'DATE_2022-12-31': 7, 'DATE_2023-12-31': 'nan' }
			]),
			context
		);
		expect(file.problems).toEqual([]);
		expect(rowsOf(file)).toEqual([
			[1, 'sgb2_quote', 2023, 9.5],
			[2, 'sgb2_quote', 2022, 7]
		]);
	});

	it('reads the without-geometry list (property objects with string values) the same way', () => {
		const file = readKomMonitorValues(
			JSON.stringify([
				{ ID: '017', NAME: 'Altstadt', 'DATE_2021-12-31': '12.5' },
				{ spatialUnitFeatureId: '019', 'DATE_2021-12-31': '3' }
			]),
			context
		);
		expect(file.problems).toEqual([]);
		expect(rowsOf(file)).toEqual([
			[1, 'sgb2_quote', 2021, 12.5],
			[3, 'sgb2_quote', 2021, 3]
		]);
	});

	it('answers an unknown area id as the CSV import does, naming the feature and the id', () => {
		const file = readKomMonitorValues(
			exportOf([
				{ ID: '017', 'DATE_2021-12-31': 1 },
				{ ID: '999', 'DATE_2021-12-31': 2 }
			]),
			context
		);
		expect(file.problems).toEqual([
			{
				row: 2,
				column: 'ID',
				code: 'unbekanntes_gebiet',
				message:
					'Dieses Gebiet ist für die Gemeinde nicht angelegt (zuerst die Gebiete importieren).',
				found: '999'
			}
		]);
	});

	it('reports a repeated area id with the feature where it first appeared', () => {
		const file = readKomMonitorValues(
			exportOf([
				{ ID: '017', 'DATE_2021-12-31': 1 },
				{ ID: '018', 'DATE_2021-12-31': 2 },
				{ ID: '017', 'DATE_2021-12-31': 3 }
			]),
			context
		);
		expect(file.problems.map((p) => [p.row, p.column, p.code, p.found])).toEqual([
			[3, 'ID', 'kennung_doppelt', '017 (erstmals Gebiet 1)']
		]);
	});

	it('reports a value that is not a number by feature, property and id', () => {
		const file = readKomMonitorValues(
			exportOf([
				{ ID: '017', 'DATE_2021-12-31': 'zwölf' },
				{ ID: '018', 'DATE_2021-12-31': true }
			]),
			context
		);
		expect(file.problems.map((p) => [p.row, p.column, p.code, p.found])).toEqual([
			[1, 'DATE_2021-12-31 (ID 017)', 'keine_zahl', '"zwölf"'],
			[2, 'DATE_2021-12-31 (ID 018)', 'keine_zahl', 'true']
		]);
		expect(file.problems[0].message).toBe('Das ist keine Zahl.');
	});

	it('checks the values against the indicator: a share above 100, a fractional count', () => {
		const share = readKomMonitorValues(exportOf([{ ID: '017', 'DATE_2021-12-31': 120 }]), context);
		expect(share.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[1, 'DATE_2021-12-31 (ID 017)', 'ausserhalb_bereich']
		]);
		const count = readKomMonitorValues(exportOf([{ ID: '017', 'DATE_2021-12-31': 10.5 }]), {
			...context,
			indicator: 'einwohner'
		});
		expect(count.problems.map((p) => p.code)).toEqual(['keine_ganze_zahl']);
	});

	it('refuses a date that is not 31 December, and a malformed date, once per property', () => {
		const file = readKomMonitorValues(
			exportOf([
				{ ID: '017', 'DATE_2021-12-31': 1, 'DATE_2022-01-01': 2, 'DATE_2022-13-31': 3 },
				{ ID: '018', 'DATE_2021-12-31': 1, 'DATE_2022-01-01': 2, DATE_2022: 3 }
			]),
			context
		);
		expect(file.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[1, 'DATE_2022-01-01', 'stichtag_kein_jahresende'],
			[1, 'DATE_2022-13-31', 'stichtag_ungueltig'],
			[2, 'DATE_2022', 'stichtag_ungueltig']
		]);
		expect(file.problems[0].message).toContain('nur Stichtage zum 31.12.');
	});

	it('maps 31 December of a year to that year and nothing else', () => {
		expect(komMonitorYear('DATE_2021-12-31')).toEqual({ year: 2021 });
		expect(komMonitorYear('DATE_2021-06-30')).toEqual({ problem: 'stichtag_kein_jahresende' });
		expect(komMonitorYear('DATE_2021-02-30')).toEqual({ problem: 'stichtag_ungueltig' });
		expect(komMonitorYear('DATE_31.12.2021')).toEqual({ problem: 'stichtag_ungueltig' });
		expect(komMonitorYear('DATE_1900-12-31')).toEqual({ problem: 'ungueltiges_jahr' });
	});

	it('refuses a file beyond the size or feature limit before reading it', () => {
		const text = exportOf([
			{ ID: '017', 'DATE_2021-12-31': 1 },
			{ ID: '018', 'DATE_2021-12-31': 2 }
		]);
		const large = readKomMonitorValues(text, {
			...context,
			limits: { maxChars: text.length - 1, maxFeatures: 10 }
		});
		expect(large.problems.map((p) => [p.row, p.code])).toEqual([[1, 'datei_zu_gross']]);
		const many = readKomMonitorValues(text, {
			...context,
			limits: { maxChars: text.length, maxFeatures: 1 }
		});
		expect(many.problems.map((p) => [p.code, p.found])).toEqual([['zu_viele_gebiete', '2 > 1']]);
		expect(many.rows.count).toBe(0);
	});

	it('refuses text that is not an export, and an export without dates or without any value', () => {
		expect(readKomMonitorValues('Gebiet;Wert', context).problems[0].code).toBe('kein_kommonitor');
		expect(
			readKomMonitorValues(JSON.stringify({ type: 'Feature' }), context).problems[0].code
		).toBe('kein_kommonitor');
		expect(
			readKomMonitorValues(exportOf([{ ID: '017', NAME: 'Altstadt' }]), context).problems[0].code
		).toBe('keine_stichtage');
		expect(
			readKomMonitorValues(exportOf([{ ID: '017', 'DATE_2021-12-31': null }]), context).problems[0]
				.code
		).toBe('keine_werte');
	});

	it('asks for the indicator with suggestions from the file name, and resolves keys and names as the CSV import does', () => {
		const text = exportOf([{ ID: '017', 'DATE_2021-12-31': 4 }]);
		const missing = readKomMonitorValues(text, { ...context, indicator: '', hint: 'SGB II Quote' });
		expect(missing.problems.map((p) => [p.code, p.suggestions])).toEqual([
			['indikator_fehlt', ['sgb2_quote']]
		]);
		const unknown = readKomMonitorValues(text, { ...context, indicator: 'sgb2_qoute' });
		expect(unknown.problems.map((p) => [p.code, p.found, p.suggestions])).toEqual([
			['unbekannter_indikator', 'sgb2_qoute', ['sgb2_quote']]
		]);
		for (const chosen of ['kultur_orte', 'KULTUR_ORTE', 'Kulturorte je 10.000']) {
			const file = readKomMonitorValues(text, { ...context, indicator: chosen });
			expect(file.problems).toEqual([]);
			expect(file.indicatorKey).toBe('kultur_orte');
		}
	});
});

describe('reading a KomMonitor spatial-unit export', () => {
	/** The test grid as KomMonitor delivers it: `ID`, `NAME`, periods of validity. */
	function spatialUnits(extra: (n: number) => Record<string, unknown> = () => ({})): {
		type: string;
		features: { type: string; properties: Record<string, unknown>; geometry: unknown }[];
	} {
		const grid = JSON.parse(gridGeoJson()) as {
			features: { properties: { id: string; name: string }; geometry: unknown }[];
		};
		return {
			type: 'FeatureCollection',
			features: grid.features.map((f, i) => ({
				type: 'Feature',
				properties: {
					ID: f.properties.id,
					NAME: f.properties.name,
					validStartDate: '2018-01-01',
					validEndDate: null,
					bezirk: 'nicht übernehmen',
					...extra(i)
				},
				geometry: f.geometry
			}))
		};
	}

	it('gives the area import the areas valid on the day, with ID and NAME only', () => {
		const units = spatialUnits();
		// An old version of Q01 and an area that no longer exists.
		units.features.push(
			{
				...units.features[0],
				properties: {
					...units.features[0].properties,
					NAME: 'Alt',
					validStartDate: '2010-01-01',
					validEndDate: '2017-12-31'
				}
			},
			{
				...units.features[1],
				properties: {
					...units.features[1].properties,
					ID: 'Q99',
					validStartDate: '2010-01-01',
					validEndDate: '2019-12-31'
				}
			}
		);
		const file = komMonitorAreaFile(JSON.stringify(units), '2026-03-02');
		expect(file.problems).toEqual([]);
		expect(file.skipped).toBe(2);
		expect(file.rows).toEqual([1, 2, 3, 4, 5, 6]);
		const areas = readAreaFile(file.text, file.options);
		expect(areas.problems).toEqual([]);
		expect(areas.areas.map((a) => [a.code, a.name, a.parentCode])).toEqual([
			['Q01', 'Quartier 1', null],
			['Q02', 'Quartier 2', null],
			['Q03', 'Quartier 3', null],
			['Q04', 'Quartier 4', null],
			['Q05', 'Quartier 5', null],
			['Q06', 'Quartier 6', null]
		]);
	});

	it('keeps the later-starting record when two periods of one area touch the day', () => {
		const units = spatialUnits();
		units.features.push({
			...units.features[0],
			properties: { ...units.features[0].properties, NAME: 'Neu', validStartDate: '2026-03-02' }
		});
		const file = komMonitorAreaFile(JSON.stringify(units), '2026-03-02');
		expect(file.rows).toEqual([2, 3, 4, 5, 6, 7]);
		const areas = readAreaFile(file.text, file.options);
		expect(areas.areas.find((a) => a.code === 'Q01')?.name).toBe('Neu');
	});

	it('reports an unreadable validity date by feature, property and id', () => {
		const file = komMonitorAreaFile(
			JSON.stringify(spatialUnits((i) => (i === 2 ? { validEndDate: '31.12.2030' } : {}))),
			'2026-03-02'
		);
		expect(file.problems.map((p) => [p.row, p.column, p.code, p.found])).toEqual([
			[3, 'validEndDate (ID Q03)', 'gueltigkeit_ungueltig', '31.12.2030']
		]);
		expect(file.text).toBe('');
	});

	it('refuses a list without geometry: the area import needs boundaries', () => {
		const file = komMonitorAreaFile(JSON.stringify([{ ID: 'Q01', NAME: 'x' }]), '2026-03-02');
		expect(file.problems.map((p) => p.code)).toEqual(['kein_kommonitor']);
	});
});
