import { describe, expect, it } from 'vitest';
import { cellKey, discloseValues, totalKey, type IndicatorMeta, type RawValue } from './disclosed';

const SHARES: IndicatorMeta[] = [
	{ key: 'arbeitslose_je_100', kind: 'share', per: 100 },
	{ key: 'langzeitarbeitslose_je_100', kind: 'share', per: 100 },
	{ key: 'sgb2_quote', kind: 'share', per: 100 },
	{ key: 'einwohner', kind: 'count', per: null }
];

function share(
	areaId: number,
	key: string,
	numerator: number | null,
	denominator: number | null,
	value?: number
): RawValue {
	return {
		areaId,
		indicatorKey: key,
		year: 2023,
		value: value ?? (numerator !== null && denominator ? (numerator / denominator) * 100 : 0),
		numerator,
		denominator
	};
}

const figure = (d: ReturnType<typeof discloseValues>, area: number, key: string) =>
	d.cells.get(cellKey(area, key, 2023))!;

describe('the public view of a municipality’s values', () => {
	it('protects the difference of linked indicators: 40 unemployed and 38 long-term unemployed leave 2 short-term', () => {
		const values = [
			share(1, 'arbeitslose_je_100', 40, 1000),
			share(1, 'langzeitarbeitslose_je_100', 38, 1000),
			share(2, 'arbeitslose_je_100', 60, 1000),
			share(2, 'langzeitarbeitslose_je_100', 20, 1000),
			share(3, 'arbeitslose_je_100', 80, 1000),
			share(3, 'langzeitarbeitslose_je_100', 30, 1000)
		];
		const d = discloseValues(values, SHARES, 3);
		const whole = figure(d, 1, 'arbeitslose_je_100');
		const part = figure(d, 1, 'langzeitarbeitslose_je_100');
		expect(whole.value.suppressed || part.value.suppressed).toBe(true);
		// The column of the hidden one holds a second hidden cell, so its total gives nothing back.
		for (const key of ['arbeitslose_je_100', 'langzeitarbeitslose_je_100']) {
			const hidden = [1, 2, 3].filter((a) => figure(d, a, key).count!.suppressed);
			expect(
				hidden.length === 0 ||
					hidden.length >= 2 ||
					d.totals.get(totalKey(key, 2023))!.count!.suppressed
			).toBe(true);
		}
		// Each on its own would have shown all six.
		const alone = discloseValues(values, SHARES.slice(0, 1).concat(SHARES.slice(2)), 3);
		expect(figure(alone, 1, 'arbeitslose_je_100').value.suppressed).toBe(false);
	});

	it('keeps the partner of a hidden area inside its Stadtbezirk, whose total is published elsewhere', () => {
		const counts = [2, 50, 60, 10, 40, 70];
		const values = counts.map((c, i): RawValue => ({
			areaId: i + 1,
			indicatorKey: 'einwohner',
			year: 2023,
			value: c,
			numerator: null,
			denominator: null
		}));
		const parents = new Map(counts.map((_, i) => [i + 1, i < 3 ? 'Nord' : 'Süd']));
		const d = discloseValues(values, SHARES, 3, { parents });
		const hidden = counts.map((_, i) => figure(d, i + 1, 'einwohner').value.suppressed);
		expect(hidden).toEqual([true, true, false, false, false, false]);
	});

	it('does not show a rate over fewer than 20 people, but shows it to the planner', () => {
		const values = [
			share(1, 'sgb2_quote', 5, 15),
			share(2, 'sgb2_quote', 50, 400),
			share(3, 'sgb2_quote', 90, 600)
		];
		const d = discloseValues(values, SHARES, 3);
		expect(figure(d, 1, 'sgb2_quote').value).toEqual({ suppressed: true, reason: 'small_base' });
		expect(figure(d, 2, 'sgb2_quote').value.suppressed).toBe(false);
		const own = discloseValues(values, SHARES, 1, { unrestricted: true });
		expect(figure(own, 1, 'sgb2_quote').value).toEqual({
			suppressed: false,
			value: (5 / 15) * 100
		});
	});

	it('checks a share imported with its base but without numerator through the count it implies', () => {
		// 1 % of 200 = 2 people.
		const values = [
			share(1, 'sgb2_quote', null, 200, 1),
			share(2, 'sgb2_quote', null, 400, 10),
			share(3, 'sgb2_quote', null, 500, 12)
		];
		const d = discloseValues(values, SHARES, 3);
		expect(figure(d, 1, 'sgb2_quote').value).toEqual({
			suppressed: true,
			reason: 'numerator_suppressed'
		});
		// The count worked out for the check is no figure of the source: not shown as one.
		expect(figure(d, 3, 'sgb2_quote').count).toBeNull();
		expect(figure(d, 2, 'sgb2_quote').value.suppressed).toBe(true);
		expect(figure(d, 3, 'sgb2_quote').value).toEqual({ suppressed: false, value: 12 });
	});

	it('does not publish a share with neither numerator nor base, which cannot be checked', () => {
		const values = [share(1, 'sgb2_quote', null, null, 50), share(2, 'sgb2_quote', 30, 300)];
		const d = discloseValues(values, SHARES, 3);
		expect(figure(d, 1, 'sgb2_quote').value).toEqual({ suppressed: true, reason: 'unchecked' });
		expect(figure(d, 2, 'sgb2_quote').value.suppressed).toBe(false);
		expect(d.totals.get(totalKey('sgb2_quote', 2023))).toBeUndefined();
		const own = discloseValues(values, SHARES, 1, { unrestricted: true });
		expect(figure(own, 1, 'sgb2_quote').value).toEqual({ suppressed: false, value: 50 });
	});
});
