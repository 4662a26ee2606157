import { describe, expect, it } from 'vitest';
import { readValueFile, type ValueImportContext } from './values-import';

const context: ValueImportContext = {
	areas: new Map([['01', 1]]),
	indicators: [
		{ key: 'sgb2', name: 'SGB-II-Quote', kind: 'share', per: 100, minValue: 0, maxValue: 100 }
	]
};

describe('reading a value file', () => {
	it('refuses a file with only a header line, saying it has no rows', () => {
		for (const text of [
			'Gebiet;Indikator;Jahr;Wert\n',
			'Gebiet;Indikator;Jahr;Wert',
			'Gebiet;sgb2\n\n'
		]) {
			const file = readValueFile(text, { ...context, year: 2023 });
			expect(file.problemCount).toBe(1);
			expect(file.problems).toEqual([
				{
					row: 2,
					column: null,
					code: 'keine_zeilen',
					message: 'Die Datei hat keine Zeilen mit Werten, nur die Kopfzeile.'
				}
			]);
		}
	});

	it('names a NUL byte in a cell as a problem of its row and column, and keeps no row', () => {
		const file = readValueFile(
			'Gebiet;Indikator;Jahr;Wert\n01\u0000;sgb2;2023;12,5\n01;sgb2;2023;1\u00002\n',
			context
		);
		expect(file.problems.map((p) => [p.row, p.code])).toEqual([
			[2, 'unbekanntes_gebiet'],
			[3, 'keine_zahl']
		]);
	});

	it('accepts the same header with one row of values', () => {
		const file = readValueFile('Gebiet;Indikator;Jahr;Wert\n01;sgb2;2023;12,5\n', context);
		expect(file.problemCount).toBe(0);
		expect(file.dataRows).toBe(1);
	});
});

describe('an unknown indicator code in a value file', () => {
	const catalogue: ValueImportContext = {
		areas: new Map([['01', 1]]),
		indicators: [
			{
				key: 'sgb2_quote',
				name: 'SGB-II-Quote',
				kind: 'share',
				per: 100,
				minValue: 0,
				maxValue: 100
			},
			{
				key: 'kinderarmut',
				name: 'Kinderarmut',
				kind: 'share',
				per: 100,
				minValue: 0,
				maxValue: 100
			}
		]
	};

	it('is answered in the long form with the closest valid codes, on its row and column', () => {
		const file = readValueFile('Gebiet;Indikator;Jahr;Wert\n01;sgb2_qoute;2023;12,5\n', catalogue);
		expect(file.problems).toEqual([
			expect.objectContaining({
				row: 2,
				column: 'B (Indikator)',
				code: 'unbekannter_indikator',
				found: 'sgb2_qoute',
				suggestions: ['sgb2_quote']
			})
		]);
	});

	it('is answered in the wide form on the header’s column', () => {
		const file = readValueFile('Gebiet;Jahr;Kinderarmutt\n01;2023;12,5\n', catalogue);
		expect(file.problems).toEqual([
			expect.objectContaining({
				row: 1,
				column: 'C (Kinderarmutt)',
				code: 'unbekannter_indikator',
				suggestions: ['kinderarmut']
			})
		]);
	});

	it('carries no suggestions when nothing is close', () => {
		const file = readValueFile('Gebiet;Indikator;Jahr;Wert\n01;radwege;2023;1\n', catalogue);
		expect(file.problems[0]).not.toHaveProperty('suggestions');
	});
});
