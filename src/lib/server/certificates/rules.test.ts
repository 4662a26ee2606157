import { describe, expect, it } from 'vitest';
import {
	CODE_LENGTH,
	certificateRefusal,
	eventEndedAt,
	eventHours,
	groupedCode,
	newCertificateCode,
	normaliseCode
} from './rules';

const edition = { date: '2027-06-16', startTime: '09:30:00', endTime: '16:00:00' };
const arrived = {
	status: 'confirmed',
	checkedInAt: new Date('2027-06-16T07:40:00Z'),
	anonymisedAt: null
};

describe('verification codes', () => {
	it('are 20 characters of a 32-letter alphabet, different every time', () => {
		const codes = new Set(Array.from({ length: 2000 }, newCertificateCode));
		expect(codes.size).toBe(2000);
		for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
		expect(CODE_LENGTH * 5).toBeGreaterThanOrEqual(100);
	});

	it('are read back however a person types them: dashes, spaces, small letters, O for 0', () => {
		const code = 'AB12CD34EF56GH78JK90';
		expect(normaliseCode(groupedCode(code))).toBe(code);
		expect(groupedCode(code)).toBe('AB12-CD34-EF56-GH78-JK90');
		expect(normaliseCode('ab12 cd34 ef56 gh78 jk9o')).toBe(code);
		expect(normaliseCode('AB12CD34')).toBeNull();
		expect(normaliseCode('AB12CD34EF56GH78JK9U')).toBeNull();
		expect(normaliseCode('../../etc/passwd')).toBeNull();
	});
});

describe('who gets a certificate, and when', () => {
	it('gives one to a checked-in participant from the end of the event, Berlin time', () => {
		// 16:00 CEST is 14:00 UTC.
		expect(eventEndedAt(edition)).toEqual(new Date('2027-06-16T14:00:00Z'));
		expect(certificateRefusal(edition, arrived, new Date('2027-06-16T13:59:00Z'))).toBe('not_over');
		expect(certificateRefusal(edition, arrived, new Date('2027-06-16T14:00:00Z'))).toBeNull();
	});

	it('gives none to a person who was not checked in, or has no seat', () => {
		const after = new Date('2027-07-01T00:00:00Z');
		expect(certificateRefusal(edition, { ...arrived, checkedInAt: null }, after)).toBe(
			'not_checked_in'
		);
		expect(certificateRefusal(edition, { ...arrived, status: 'cancelled' }, after)).toBe('no_seat');
		expect(certificateRefusal(edition, { ...arrived, anonymisedAt: after }, after)).toBe('no_seat');
	});

	it('counts the event as over at midnight when its end time is unknown, and never without a date', () => {
		expect(eventEndedAt({ ...edition, endTime: null })).toEqual(new Date('2027-06-16T22:00:00Z'));
		expect(eventEndedAt({ ...edition, date: null })).toBeNull();
	});

	it('states the hours from start to end in half hours', () => {
		expect(eventHours(edition)).toBe(6.5);
		expect(eventHours({ ...edition, startTime: '09:00', endTime: '15:10' })).toBe(6);
		expect(eventHours({ ...edition, endTime: null })).toBeNull();
	});
});
