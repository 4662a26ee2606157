import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderCalendar } from './ics';

const stamp = new Date('2026-01-02T03:04:05Z');

describe('renderCalendar', () => {
	const text = renderCalendar({
		name: 'Sozialkonferenz Ruhr 2023 – Programm',
		stamp,
		events: [
			{
				uid: 'summer@test',
				start: new Date('2023-06-14T07:00:00Z'),
				end: new Date('2023-06-14T08:30:00Z'),
				summary: 'Eröffnung; Vortrag, Podium',
				description: 'Zeile eins\nZeile zwei',
				location: 'Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen'
			},
			{
				uid: 'winter@test',
				start: new Date('2019-11-27T11:00:00Z'),
				end: new Date('2019-11-27T15:30:00Z'),
				summary: 'Podium'
			}
		]
	});

	it('ends every line with CRLF and keeps lines within 75 octets', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		for (const line of text.split('\r\n')) {
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		}
		expect(text.replace(/\r\n/g, '')).not.toContain('\n');
	});

	it('writes Berlin wall-clock times that a calendar parser turns into the right instants', () => {
		const calendar = new ICAL.Component(ICAL.parse(text));
		const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
		ICAL.TimezoneService.register(zone, 'Europe/Berlin');
		const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
		expect(events.map((e) => e.uid)).toEqual(['summer@test', 'winter@test']);
		expect(events[0].startDate.toString()).toBe('2023-06-14T09:00:00');
		expect(events[0].startDate.toJSDate().toISOString()).toBe('2023-06-14T07:00:00.000Z');
		expect(events[0].endDate.toJSDate().toISOString()).toBe('2023-06-14T08:30:00.000Z');
		expect(events[1].startDate.toString()).toBe('2019-11-27T12:00:00');
		expect(events[1].startDate.toJSDate().toISOString()).toBe('2019-11-27T11:00:00.000Z');
		ICAL.TimezoneService.remove('Europe/Berlin');
	});

	it('escapes commas, semicolons and line breaks so that the parser reads the text back intact', () => {
		const calendar = new ICAL.Component(ICAL.parse(text));
		const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
		expect(event.summary).toBe('Eröffnung; Vortrag, Podium');
		expect(event.description).toBe('Zeile eins\nZeile zwei');
		expect(event.location).toBe('Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen');
	});

	it('stamps DTSTAMP in UTC as RFC 5545 requires', () => {
		expect(text).toContain('DTSTAMP:20260102T030405Z');
	});
});

describe('foldLine and escapeText', () => {
	it('never splits a multi-byte character when folding', () => {
		const line = `SUMMARY:${'ä'.repeat(60)}`;
		const folded = foldLine(line);
		expect(folded.split('\r\n ').join('')).toBe(line);
		for (const piece of folded.split('\r\n')) {
			expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
		}
	});

	it('leaves short lines alone', () => {
		expect(foldLine('SUMMARY:Pause')).toBe('SUMMARY:Pause');
	});

	it('escapes backslashes first', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});
});
