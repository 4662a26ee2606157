import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { de, en } from '$lib/i18n/catalogues';
import {
	INT4_MAX,
	integer,
	isCalendarDate,
	optionalDate,
	optionalDateTime,
	optionalInteger,
	optionalText,
	optionalTime,
	requiredText,
	rowId,
	searchText
} from './fields';

function outcome(schema: z.ZodType, value: unknown): { ok: unknown } | { error: string } {
	const parsed = schema.safeParse(value);
	return parsed.success ? { ok: parsed.data } : { error: parsed.error.issues[0].message };
}

describe('shared text fields', () => {
	const name = requiredText({ max: 12 });
	const note = optionalText({ max: 50, multiline: true });

	it.each([
		['Muster\u0000frau', 'field.err.characters'],
		['tab\u0001', 'field.err.characters'],
		['bell\u0007', 'field.err.characters'],
		['escape\u001B[31m', 'field.err.characters'],
		['del\u007F', 'field.err.characters'],
		['c1\u0085', 'field.err.characters'],
		['c1\u009F', 'field.err.characters'],
		['half \uD800 pair', 'field.err.characters'],
		['\uDC00', 'field.err.characters'],
		['\u200B\u200C\u200D\uFEFF', 'field.err.required'],
		['   ', 'field.err.required'],
		['', 'field.err.required'],
		['Dreizehn Zeichen', 'field.err.tooLong'],
		[undefined, 'field.err.required'],
		[42, 'field.err.required']
	])('refuses %j in a one-line field with %s', (value, message) => {
		expect(outcome(name, value)).toEqual({ error: message });
	});

	it.each([
		['  Ada   Lovelace ', 'Ada Lovelace'],
		['Ada\tLovelace', 'Ada Lovelace'],
		['\u200BAda\u200B', 'Ada'],
		['Zoë 😀', 'Zoë 😀'],
		['👩‍💻 Dev', '👩‍💻 Dev']
	])('accepts %j as %j', (value, stored) => {
		expect(outcome(name, value)).toEqual({ ok: stored });
	});

	it('keeps tabs and line breaks where several lines are allowed, and still refuses NUL', () => {
		expect(outcome(note, 'Punkt 1\r\nPunkt 2\n\tmehr')).toEqual({
			ok: 'Punkt 1\r\nPunkt 2\n\tmehr'
		});
		expect(outcome(note, 'Punkt\u0000')).toEqual({ error: 'field.err.characters' });
		expect(outcome(note, 'Punkt\u000B')).toEqual({ error: 'field.err.characters' });
	});

	it('refuses a number where a text belongs', () => {
		expect(outcome(note, 42)).toEqual({ error: 'field.err.text' });
	});

	it('turns an empty, missing or invisible optional text into null', () => {
		for (const value of ['', '  ', undefined, null, '\u2060\u00AD']) {
			expect(outcome(note, value)).toEqual({ ok: null });
		}
	});

	it('uses the messages a domain passes', () => {
		const own = requiredText({ max: 3, required: 'fehlt', tooLong: 'lang', invalid: 'kaputt' });
		expect(outcome(own, '')).toEqual({ error: 'fehlt' });
		expect(outcome(own, 'viel zu lang')).toEqual({ error: 'lang' });
		expect(outcome(own, 'a\u0000')).toEqual({ error: 'kaputt' });
	});
});

describe('shared integer fields', () => {
	const count = optionalInteger();
	const seats = integer({ min: 1, max: 40 });

	it.each([
		['2147483648', 'field.err.tooLarge'],
		[2147483648, 'field.err.tooLarge'],
		[999999999999, 'field.err.tooLarge'],
		['99999999999999999999', 'field.err.tooLarge'],
		['-1', 'field.err.negative'],
		['1e3', 'field.err.integer'],
		['0x10', 'field.err.integer'],
		['1.5', 'field.err.integer'],
		[1.5, 'field.err.integer'],
		['zwölf', 'field.err.integer'],
		[Number.NaN, 'field.err.integer'],
		[Number.POSITIVE_INFINITY, 'field.err.integer'],
		[true, 'field.err.integer']
	])('refuses %j as a count with %s', (value, message) => {
		expect(outcome(count, value)).toEqual({ error: message });
	});

	it.each([
		['0', 0],
		[' 12 ', 12],
		[String(INT4_MAX), INT4_MAX],
		['', null],
		[null, null],
		[undefined, null]
	])('reads %j as %j', (value, number) => {
		expect(outcome(count, value)).toEqual({ ok: number });
	});

	it('refuses a missing required number and one outside its range', () => {
		expect(outcome(seats, '')).toEqual({ error: 'field.err.integer' });
		expect(outcome(seats, '0')).toEqual({ error: 'field.err.tooSmall' });
		expect(outcome(seats, '41')).toEqual({ error: 'field.err.tooLarge' });
		expect(outcome(seats, '40')).toEqual({ ok: 40 });
	});

	it('takes an id only as a positive integer of the database', () => {
		const id = rowId('reg.err.workshop');
		expect(outcome(id, 999999999999)).toEqual({ error: 'reg.err.workshop' });
		expect(outcome(id, 0)).toEqual({ error: 'reg.err.workshop' });
		expect(outcome(id, '7')).toEqual({ ok: 7 });
	});
});

describe('shared date and time fields', () => {
	it.each([
		['2031-02-31', false],
		['2031-02-29', false],
		['2032-02-29', true],
		['2031-04-31', false],
		['2031-13-01', false],
		['2031-00-10', false],
		['0031-01-01', false],
		['2031-1-1', false],
		['2031-12-31', true]
	])('knows whether %s is a calendar day (%s)', (text, real) => {
		expect(isCalendarDate(text)).toBe(real);
	});

	const fields = {
		date: optionalDate(),
		time: optionalTime(),
		'datetime-local': optionalDateTime()
	};
	it.each([
		['date', '2031-02-31', { error: 'field.err.date' }],
		['date', '2031-02-28', { ok: '2031-02-28' }],
		['time', '25:99', { error: 'field.err.time' }],
		['time', '24:00', { error: 'field.err.time' }],
		['time', '9:30', { error: 'field.err.time' }],
		['time', '09:30:15', { ok: '09:30' }],
		['datetime-local', '2031-02-31T10:00', { error: 'field.err.dateTime' }],
		['datetime-local', '2031-02-28T24:00', { error: 'field.err.dateTime' }],
		['datetime-local', '2031-02-28T10:00', { ok: '2031-02-28T10:00' }],
		['datetime-local', '', { ok: null }]
	] as const)('a %s field given %j answers %j', (kind, value, expected) => {
		expect(outcome(fields[kind], value)).toEqual(expected);
	});
});

describe('search boxes', () => {
	it('answers a NUL in the query with no query and a flag for the message', () => {
		expect(searchText('\u0000', 100)).toEqual({ query: null, invalid: true });
		expect(searchText('a%00b'.replace('%00', '\u0000'), 100)).toEqual({
			query: null,
			invalid: true
		});
	});

	it('trims, cuts to length and treats invisible-only input as no query', () => {
		expect(searchText('  Armut  ', 100)).toEqual({ query: 'Armut', invalid: false });
		expect(searchText('\u200B', 100)).toEqual({ query: null, invalid: false });
		expect(searchText('abcdef', 3)).toEqual({ query: 'abc', invalid: false });
	});
});

describe('field messages', () => {
	it('exist in German and English for every key the fields use', () => {
		const keys = Object.keys(de).filter((k) => k.startsWith('field.err.'));
		expect(keys.length).toBeGreaterThan(5);
		for (const key of keys) expect(en[key as keyof typeof en]).toBeTruthy();
	});
});
