import { describe, expect, it } from 'vitest';
import {
	formatCount,
	formatDate,
	formatDateTime,
	formatEuros,
	formatMonth,
	formatNumber,
	formatShortDate,
	formatSigned,
	formatTime
} from './format';

describe('numbers follow the page language', () => {
	it('writes a decimal comma in German and a decimal point in English', () => {
		expect(formatNumber(6.9, 'de', 1)).toBe('6,9');
		expect(formatNumber(6.9, 'en', 1)).toBe('6.9');
	});

	it('keeps the decimals an indicator asks for', () => {
		expect(formatNumber(10, 'de', 1)).toBe('10,0');
		expect(formatNumber(0.456, 'en', 2)).toBe('0.46');
	});

	it('groups thousands the way each language does', () => {
		expect(formatCount(12500, 'de')).toBe('12.500');
		expect(formatCount(12500, 'en')).toBe('12,500');
	});

	it('signs a difference with a true minus and no sign for zero', () => {
		expect(formatSigned(-0.4, 'de', 1)).toBe('−0,4');
		expect(formatSigned(1.25, 'en', 1)).toBe('+1.3');
		expect(formatSigned(0, 'en', 1)).toBe('0.0');
	});

	it('writes euros in each language', () => {
		expect(formatEuros(12500.5, 'de')).toBe('12.500,50\u00a0€');
		expect(formatEuros(12500.5, 'en')).toBe('€12,500.50');
	});
});

describe('dates follow the page language', () => {
	it('names weekday and month of a calendar date whatever the server zone', () => {
		expect(formatDate('2023-06-14', 'de')).toBe('Mittwoch, 14. Juni 2023');
		expect(formatDate('2023-06-14', 'en')).toBe('Wednesday, 14 June 2023');
	});

	it('writes a short date without German dots in English', () => {
		expect(formatShortDate('2023-06-14', 'de')).toBe('14.06.2023');
		expect(formatShortDate('2023-06-14', 'en')).toBe('14 Jun 2023');
	});

	it('names the month of a period', () => {
		expect(formatMonth('2021-03-01', 'de')).toBe('März 2021');
		expect(formatMonth('2021-03', 'en')).toBe('March 2021');
	});

	it('gives instants in Berlin time', () => {
		const instant = new Date('2023-06-14T07:00:00Z');
		expect(formatTime(instant, 'de')).toBe('09:00');
		expect(formatTime(instant, 'en')).toBe('09:00');
		expect(formatDateTime(instant, 'de')).toBe('14.06.23, 09:00');
		expect(formatDateTime(instant, 'en')).toBe('14/06/2023, 09:00');
	});
});
