import { describe, expect, it } from 'vitest';
import { aggregateCells, type AggregateOptions, type AreaCell } from './aggregate';

const COUNT: AggregateOptions = { kind: 'count', per: 1, threshold: 3 };
const SHARE: AggregateOptions = { kind: 'share', per: 100, threshold: 3 };
const MEASURE: AggregateOptions = { kind: 'measure', per: 1, threshold: 3 };

function aCell(cell: Partial<AreaCell> & Pick<AreaCell, 'areaCode'>): AreaCell {
	return { value: null, numerator: null, denominator: null, ...cell };
}

const counts = (...values: number[]): AreaCell[] =>
	values.map((value, i) => aCell({ areaCode: `A${i + 1}`, value, numerator: value }));

/** Shares from [numerator, denominator] pairs; the stored value is the rate per 100. */
const shares = (...parts: [number, number][]): AreaCell[] =>
	parts.map(([numerator, denominator], i) =>
		aCell({ areaCode: `S${i + 1}`, value: (numerator / denominator) * 100, numerator, denominator })
	);

describe('aggregateCells: the value of a Handlungsraum', () => {
	it('sums counts (golden: 10 + 5 + 7 = 22)', () => {
		expect(aggregateCells(counts(10, 5, 7), COUNT, 'public')).toEqual({
			state: 'value',
			value: 22,
			numerator: 22,
			denominator: null
		});
	});

	it('pools shares over numerators and denominators (golden: 45 ÷ 350 × 100 = 12.857…)', () => {
		const result = aggregateCells(shares([10, 100], [30, 200], [5, 50]), SHARE, 'public');
		expect(result).toEqual({
			state: 'value',
			value: expect.closeTo(12.857142857, 8),
			numerator: 45,
			denominator: 350
		});
	});

	it('pools shares per 1,000 when the indicator counts per 1,000', () => {
		const result = aggregateCells(
			shares([10, 100], [30, 200]),
			{ ...SHARE, per: 1000 },
			'internal'
		);
		expect(result).toMatchObject({ state: 'value', value: expect.closeTo(133.333333, 5) });
	});

	it('weights a measure by population (golden: (2×100 + 4×300 + 3×600) ÷ 1000 = 3.2)', () => {
		const cells = [
			aCell({ areaCode: 'M1', value: 2, population: 100 }),
			aCell({ areaCode: 'M2', value: 4, population: 300 }),
			aCell({ areaCode: 'M3', value: 3, population: 600 })
		];
		expect(aggregateCells(cells, MEASURE, 'public')).toEqual({
			state: 'value',
			value: expect.closeTo(3.2, 10),
			numerator: null,
			denominator: null
		});
	});

	it('weights a share imported without parts by population (golden: (10×1000 + 20×3000) ÷ 4000 = 17.5)', () => {
		const cells = [
			aCell({ areaCode: 'S1', value: 10, population: 1000 }),
			aCell({ areaCode: 'S2', value: 20, population: 3000 })
		];
		expect(aggregateCells(cells, SHARE, 'internal')).toMatchObject({ state: 'value', value: 17.5 });
	});

	it('cannot weight a measure without populations, except for a single area', () => {
		const cells = [aCell({ areaCode: 'M1', value: 2 }), aCell({ areaCode: 'M2', value: 4 })];
		expect(aggregateCells(cells, MEASURE, 'internal')).toEqual({
			state: 'suppressed',
			reason: 'no_weights'
		});
		expect(aggregateCells(cells.slice(0, 1), MEASURE, 'internal')).toMatchObject({
			state: 'value',
			value: 2
		});
	});

	it('is missing when the Handlungsraum has no areas or an area has no value', () => {
		expect(aggregateCells([], COUNT, 'internal')).toEqual({ state: 'missing' });
		const cells = [...counts(10, 5), aCell({ areaCode: 'A3', value: null })];
		expect(aggregateCells(cells, COUNT, 'internal')).toEqual({ state: 'missing' });
	});

	it('gives no share over a base of 0', () => {
		expect(aggregateCells(shares([0, 0], [0, 0]), SHARE, 'internal')).toEqual({
			state: 'suppressed',
			reason: 'no_base'
		});
	});
});

describe('aggregateCells: disclosure control in the public view', () => {
	it('hides the value when a member count is small, and shows it to the planners', () => {
		// A2 = 10 is published; a published 12 for {A1, A2} would give A1 = 12 − 10 = 2 back.
		const cells = counts(2, 10);
		expect(aggregateCells(cells, COUNT, 'public')).toEqual({
			state: 'suppressed',
			reason: 'member_suppressed'
		});
		expect(aggregateCells(cells, COUNT, 'internal')).toMatchObject({ state: 'value', value: 12 });
	});

	it('hides a share whose member has a small numerator (golden internal: 21 ÷ 450 × 100 = 4.667)', () => {
		const cells = shares([1, 50], [20, 400]);
		expect(aggregateCells(cells, SHARE, 'public')).toEqual({
			state: 'suppressed',
			reason: 'member_suppressed'
		});
		expect(aggregateCells(cells, SHARE, 'internal')).toMatchObject({
			state: 'value',
			value: expect.closeTo(4.6667, 3)
		});
	});

	it('hides the value when the atlas hides a member by secondary suppression', () => {
		// 5 is no small count, but the atlas hides it as the partner of a small count elsewhere:
		// publishing {5, 10} would give 5 back, and with it the small count from the municipal total.
		const cells = counts(5, 10);
		cells[0].suppressed = true;
		expect(aggregateCells(cells, COUNT, 'public')).toEqual({
			state: 'suppressed',
			reason: 'member_suppressed'
		});
		const measure = [
			aCell({ areaCode: 'M1', value: 2, population: 100, suppressed: true }),
			aCell({ areaCode: 'M2', value: 4, population: 300 })
		];
		expect(aggregateCells(measure, MEASURE, 'public')).toMatchObject({ state: 'suppressed' });
	});

	it('publishes zeros: a zero count reveals no one', () => {
		expect(aggregateCells(counts(0, 0, 4), COUNT, 'public')).toMatchObject({ value: 4 });
		expect(aggregateCells(counts(0, 0), COUNT, 'public')).toMatchObject({ value: 0 });
	});

	it('uses the municipality threshold', () => {
		const cells = counts(4, 10);
		expect(aggregateCells(cells, { ...COUNT, threshold: 5 }, 'public')).toMatchObject({
			state: 'suppressed'
		});
		expect(aggregateCells(cells, COUNT, 'public')).toMatchObject({ state: 'value', value: 14 });
	});

	it('never publishes a value from which a hidden member follows by differencing', () => {
		// Every Handlungsraum of up to three areas with counts 0–4 (threshold 3): whenever a value is
		// published, each member is published too, so value − Σ other published members is a member
		// anyone could already read — and the same holds for the complement in the municipality.
		const range = [0, 1, 2, 3, 4];
		for (const a of range)
			for (const b of range)
				for (const c of range) {
					for (const members of [[a], [a, b], [a, b, c]]) {
						const result = aggregateCells(counts(...members), COUNT, 'public');
						if (result.state !== 'value') continue;
						for (const count of members) expect(count === 0 || count >= 3).toBe(true);
						expect(result.value).toBe(members.reduce((s, n) => s + n, 0));
					}
				}
	});
});
