import { describe, expect, it } from 'vitest';
import { columnLetter, csvRecords, decodeText, detectDelimiter, parseNumber } from './csv';
import { utf8, windows1252 } from './testing';

describe('parseNumber', () => {
	it.each([
		['12,5', true, 12.5],
		['12.5', false, 12.5],
		['12.5', true, 12.5],
		['1.234', true, 1234],
		['1.234', false, 1.234],
		['1.234,56', true, 1234.56],
		['1,234.56', false, 1234.56],
		['−3,2', true, -3.2],
		['-0,05', true, -0.05],
		['1 234', true, 1234],
		[' 7 ', true, 7]
	])('reads %s (German file: %s) as %d', (text, german, expected) => {
		expect(parseNumber(text, german)).toBe(expected);
	});

	it.each(['', 'viel', '1,2,3', '12,5%', '1.23.4', '.', 'x', '1e5'])('rejects "%s"', (text) => {
		expect(parseNumber(text, true)).toBeNull();
	});
});

describe('decodeText', () => {
	it('strips a UTF-8 byte order mark', () => {
		expect(decodeText(utf8('Zähler', true))).toEqual({
			text: 'Zähler',
			encoding: 'utf-8',
			hadBom: true
		});
	});

	it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
		expect(decodeText(windows1252('Wohnfläche „m²“ €'))).toEqual({
			text: 'Wohnfläche „m²“ €',
			encoding: 'windows-1252',
			hadBom: false
		});
	});
});

describe('csvRecords', () => {
	it('keeps quoted delimiters, quotes and line breaks, and counts lines', () => {
		const text = 'a;b\r\n"x;y";"sag ""hallo"""\n\n"zwei\nZeilen";3\n';
		expect([...csvRecords(text, ';')]).toEqual([
			{ line: 1, fields: ['a', 'b'] },
			{ line: 2, fields: ['x;y', 'sag "hallo"'] },
			{ line: 4, fields: ['zwei\nZeilen', '3'] }
		]);
	});

	it('detects the delimiter from the header', () => {
		expect(detectDelimiter('gebiet;jahr;wert')).toBe(';');
		expect(detectDelimiter('gebiet,jahr,wert')).toBe(',');
		expect(detectDelimiter('gebiet\tjahr')).toBe('\t');
		expect(detectDelimiter('"a;b",c,d')).toBe(',');
	});

	it('names columns like a spreadsheet', () => {
		expect([0, 3, 25, 26, 27].map(columnLetter)).toEqual(['A', 'D', 'Z', 'AA', 'AB']);
	});
});
