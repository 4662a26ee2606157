import { describe, expect, it } from 'vitest';
import { berlinDate, berlinInstant, berlinWallClock } from './time';

describe('berlinInstant', () => {
	it('reads a summer date as CEST (UTC+2)', () => {
		expect(berlinInstant('2023-06-14', '09:00').toISOString()).toBe('2023-06-14T07:00:00.000Z');
	});

	it('reads a winter date as CET (UTC+1)', () => {
		expect(berlinInstant('2019-11-27', '12:00').toISOString()).toBe('2019-11-27T11:00:00.000Z');
	});

	it('handles the day summer time starts', () => {
		// 31 March 2024: clocks jump from 02:00 to 03:00.
		expect(berlinInstant('2024-03-31', '01:30').toISOString()).toBe('2024-03-31T00:30:00.000Z');
		expect(berlinInstant('2024-03-31', '03:30').toISOString()).toBe('2024-03-31T01:30:00.000Z');
	});

	it('handles the day summer time ends', () => {
		// 27 October 2024: clocks fall back from 03:00 to 02:00.
		expect(berlinInstant('2024-10-27', '09:00').toISOString()).toBe('2024-10-27T08:00:00.000Z');
		expect(berlinInstant('2024-10-26', '09:00').toISOString()).toBe('2024-10-26T07:00:00.000Z');
	});

	it('rejects text that is not a date and a time', () => {
		expect(() => berlinInstant('14.06.2023', '9 Uhr')).toThrow(RangeError);
	});
});

describe('berlinDate and berlinWallClock', () => {
	it('gives the Berlin calendar day, which can differ from the UTC day', () => {
		expect(berlinDate(new Date('2023-06-13T22:30:00Z'))).toBe('2023-06-14');
		expect(berlinDate(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01');
	});

	it('reads the wall clock in Berlin', () => {
		expect(berlinWallClock(new Date('2023-06-14T13:00:00Z'))).toEqual({
			year: 2023,
			month: 6,
			day: 14,
			hour: 15,
			minute: 0,
			second: 0
		});
	});
});
