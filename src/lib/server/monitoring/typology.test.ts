import { describe, expect, it } from 'vitest';
import { areaTypology } from './typology';

describe('areaTypology', () => {
	/**
	 * Worked example: poverty p = 10, 12, 11, 30, 32, 31 (mean 21, SD √(604/6) ≈ 10.03) and living
	 * space w = 45, 44, 46, 30, 31, 29 (mean 37.5). Two clear groups: A–C (low p, high w, mean
	 * z_p = −10 / 10.03 ≈ −1.00) and D–F (the mirror image).
	 */
	const input = {
		indicators: [
			{ key: 'p', name: 'SGB-II-Quote' },
			{ key: 'w', name: 'Wohnfläche' }
		],
		k: 2,
		areas: [
			{ id: 'A', values: { p: 10, w: 45 } },
			{ id: 'B', values: { p: 12, w: 44 } },
			{ id: 'C', values: { p: 11, w: 46 } },
			{ id: 'D', values: { p: 30, w: 30 } },
			{ id: 'E', values: { p: 32, w: 31 } },
			{ id: 'F', values: { p: 31, w: 29 } },
			{ id: 'G', values: { p: null, w: 40 } }
		]
	};

	it('groups the areas and describes each type in words and numbers', () => {
		const result = areaTypology(input);
		const typeOf = (id: string) => result.typeOf.get(id)!;
		expect(new Set(['A', 'B', 'C'].map(typeOf)).size).toBe(1);
		expect(new Set(['D', 'E', 'F'].map(typeOf)).size).toBe(1);
		expect(typeOf('A')).not.toBe(typeOf('D'));
		expect(result.untyped).toEqual(['G']);
		const one = result.profiles.find((p) => p.type === typeOf('D'))!;
		const two = result.profiles.find((p) => p.type === typeOf('A'))!;
		expect(one).toMatchObject({ size: 3, description: 'hoch: SGB-II-Quote; niedrig: Wohnfläche' });
		expect(two).toMatchObject({ size: 3, description: 'hoch: Wohnfläche; niedrig: SGB-II-Quote' });
		expect(one.mean.p).toBeCloseTo(31, 10);
		expect(two.meanZ.p).toBeCloseTo(-10 / Math.sqrt(604 / 6), 10);
	});

	it('gives the same types on every run', () => {
		expect(areaTypology(input).typeOf).toEqual(areaTypology(input).typeOf);
	});
});

describe('areaTypology with winsorised z-scores', () => {
	/**
	 * Worked example: x = 0, 0, 0, 0, 0, 0, 0, 0, 0, 10 (mean 1, population SD 3). z of the extreme
	 * area = (10 − 1) / 3 = 3, of the others −1/3. Clipped at ±2 the extreme area's z is 2, while
	 * its original mean stays 10.
	 */
	const areas = Array.from({ length: 10 }, (_, i) => ({
		id: `A${i}`,
		values: { x: i === 9 ? 10 : 0, y: i % 2 }
	}));
	const indicators = [
		{ key: 'x', name: 'X' },
		{ key: 'y', name: 'Y' }
	];

	it('clips z-scores at the limit but keeps the original means', () => {
		const clipped = areaTypology({ areas, indicators, k: 3, winsorise: 2 });
		const extreme = clipped.profiles.find((p) => p.mean.x === 10)!;
		expect(extreme.size).toBe(1);
		expect(extreme.meanZ.x).toBeCloseTo(2, 10);
		const plain = areaTypology({ areas, indicators, k: 3 });
		expect(plain.profiles.find((p) => p.mean.x === 10)!.meanZ.x).toBeCloseTo(3, 10);
	});
});
