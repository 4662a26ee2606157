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

	it('accepts the same header with one row of values', () => {
		const file = readValueFile('Gebiet;Indikator;Jahr;Wert\n01;sgb2;2023;12,5\n', context);
		expect(file.problemCount).toBe(0);
		expect(file.dataRows).toBe(1);
	});
});
