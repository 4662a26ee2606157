import { describe, expect, it } from 'vitest';
import {
	changeBasis,
	changeClassLabel,
	changeOf,
	divergingBreaks,
	divergingClassOf,
	divergingColours,
	divergingRanges,
	formatChange
} from './change';
import type { Disclosed } from './disclosure';
import { buildRanking } from './ranking';

const published = (value: number): Disclosed => ({ suppressed: false, value });
const secret: Disclosed = { suppressed: true, reason: 'small_count' };
const noBase: Disclosed = { suppressed: true, reason: 'no_base' };

describe('changeOf', () => {
	it('is the later value minus the earlier one', () => {
		expect(changeOf(published(12.5), published(15))).toEqual(published(2.5));
		expect(changeOf(published(15), published(12.5))).toEqual(published(-2.5));
	});

	it('is suppressed when either year’s value is suppressed, and carries no number', () => {
		expect(changeOf(secret, published(15))).toEqual(secret);
		expect(changeOf(published(15), secret)).toEqual(secret);
		expect(changeOf(secret, secret)).toEqual(secret);
		expect(changeOf(published(15), secret)).not.toHaveProperty('value');
	});

	it('keeps a secret over a value without a base, whichever year holds it', () => {
		expect(changeOf(noBase, secret)).toEqual(secret);
		expect(changeOf(secret, noBase)).toEqual(secret);
		expect(changeOf(noBase, published(3))).toEqual(noBase);
	});

	it('is no value at all (keine Angabe) when a year has no value', () => {
		expect(changeOf(null, published(15))).toBeNull();
		expect(changeOf(published(15), undefined)).toBeNull();
		expect(changeOf(null, secret)).toBeNull();
	});
});

describe('the diverging classes of a change map', () => {
	it('are symmetric around zero with round edges covering the largest change', () => {
		const classes = divergingBreaks([-1.2, 0.4, 3.7], 1);
		expect(classes.step).toBe(2);
		expect(classes.edges).toEqual([-3, -1, 1, 3, 5]);
		expect(divergingRanges(classes)).toEqual([
			[-5, -3],
			[-3, -1],
			[-1, 1],
			[1, 3],
			[3, 5]
		]);
	});

	it('put no change in the middle class and mirror values into mirrored classes', () => {
		const classes = divergingBreaks([-4, 4], 1);
		expect(divergingClassOf(0, classes)).toBe(2);
		expect(divergingClassOf(1, classes)).toBe(2);
		expect(divergingClassOf(-1, classes)).toBe(2);
		expect(divergingClassOf(1.1, classes)).toBe(3);
		expect(divergingClassOf(-1.1, classes)).toBe(1);
		expect(divergingClassOf(4, classes)).toBe(4);
		expect(divergingClassOf(-4, classes)).toBe(0);
	});

	it('stay centred on zero when every area rose', () => {
		const classes = divergingBreaks([2, 8, 9.5], 1);
		expect(classes.edges[0]).toBe(-classes.edges[3]);
		expect(classes.step).toBe(5);
		expect(divergingClassOf(2, classes)).toBe(2);
		expect(divergingClassOf(3, classes)).toBe(3);
		expect(divergingClassOf(9.5, classes)).toBe(4);
	});

	it('never write an edge as zero, even when nothing changed', () => {
		const none = divergingRanges(divergingBreaks([0, 0], 1)).map(([from, to], i) =>
			changeClassLabel(i, from, to, 1, 'de')
		);
		expect(none[2]).toBe('−0,1 bis +0,1');
		expect(divergingBreaks([], 0).edges).toEqual([-3, -1, 1, 3, 5]);
	});

	it('are labelled with signs, the boundary belonging to the class nearer zero', () => {
		const labels = divergingRanges(divergingBreaks([-3.7, 2], 1)).map(([from, to], i) =>
			changeClassLabel(i, from, to, 1, 'de')
		);
		expect(labels).toEqual([
			'−5,0 bis unter −3,0',
			'−3,0 bis unter −1,0',
			'−1,0 bis +1,0',
			'über +1,0 bis +3,0',
			'über +3,0 bis +5,0'
		]);
	});

	it('run from orange to purple, purple on the side of more need', () => {
		const up = divergingColours('need_up');
		expect(up).toHaveLength(5);
		expect(up[4]).toBe('#5e3c99');
		expect(divergingColours('need_down')[0]).toBe('#5e3c99');
		expect(new Set(up).size).toBe(5);
	});
});

describe('the unit of a change', () => {
	it('is percentage points for a value in per cent and the unit otherwise', () => {
		expect(changeBasis({ unit: '%' })).toBe('points');
		expect(changeBasis({ unit: 'm²' })).toBe('unit');
		expect(formatChange(published(2.54), { unit: '%', decimals: 1 }, 'de')).toBe(
			'+2,5 Prozentpunkte'
		);
		expect(formatChange(published(-2.54), { unit: '%', decimals: 1 }, 'en')).toBe(
			'−2.5 percentage points'
		);
		expect(formatChange(published(-35), { unit: 'Personen', decimals: 0 }, 'de')).toBe('−35');
		expect(formatChange(published(-0.04), { unit: 'm²', decimals: 1 }, 'de')).toBe('0,0 m²');
		expect(formatChange(secret, { unit: '%', decimals: 1 }, 'de')).toBe('.');
	});
});

describe('buildRanking', () => {
	it('sorts the areas with a value from highest to lowest and lists the others apart', () => {
		const area = (
			code: string,
			value: number | null,
			state: 'value' | 'suppressed' | 'missing'
		) => ({ code, name: `Gebiet ${code}`, href: null, value, display: '', fill: '#000', state });
		const ranking = buildRanking([
			area('A', 2, 'value'),
			area('B', null, 'suppressed'),
			area('C', -3, 'value'),
			area('D', 7, 'value'),
			area('E', null, 'missing'),
			area('F', 0, 'value')
		]);
		expect(ranking.bars.map((b) => b.code)).toEqual(['D', 'A', 'F', 'C']);
		expect(ranking.suppressed.map((a) => a.code)).toEqual(['B']);
		expect(ranking.missing.map((a) => a.code)).toEqual(['E']);
		expect([ranking.min, ranking.max]).toEqual([-3, 7]);
	});
});
