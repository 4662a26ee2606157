import { describe, expect, it } from 'vitest';
import { kmeans } from 'ml-kmeans';
import { typeDescriptions } from './format';
import { areaTypology, silhouette, typologyQuality } from './typology';

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
		expect(one).toMatchObject({
			size: 3,
			description: 'hoch: SGB-II-Quote (+1,0); niedrig: Wohnfläche (−1,0)'
		});
		expect(two).toMatchObject({
			size: 3,
			description: 'hoch: Wohnfläche (+1,0); niedrig: SGB-II-Quote (−1,0)'
		});
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

describe('areaTypology: the best of several starts', () => {
	/** Areas spread evenly, without clear groups: k-means ends in a different local optimum
	 * depending on its start (here 9 in 10 single runs miss the best of 100). */
	function spread(seed: number) {
		let s = seed;
		const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
		return Array.from({ length: 60 }, (_, i) => ({
			id: `A${i}`,
			values: { x: next(), y: next() }
		}));
	}
	const indicators = [
		{ key: 'x', name: 'X' },
		{ key: 'y', name: 'Y' }
	];

	it('keeps a result never worse than one k-means run, and better on some data', () => {
		let better = 0;
		for (let seed = 1; seed <= 8; seed += 1) {
			const areas = spread(seed);
			const result = areaTypology({ areas, indicators, k: 4, seed });
			// The single run from the same start, on the same z-scores.
			const xs = areas.map((a) => a.values.x);
			const ys = areas.map((a) => a.values.y);
			const z = (col: number[]) => {
				const mean = col.reduce((a, b) => a + b, 0) / col.length;
				const sd = Math.sqrt(col.reduce((a, b) => a + (b - mean) ** 2, 0) / col.length);
				return col.map((v) => (v - mean) / sd);
			};
			const [zx, zy] = [z(xs), z(ys)];
			const points = zx.map((v, i) => [v, zy[i]]);
			const single = kmeans(points, 4, { seed, initialization: 'kmeans++' });
			const sse = points.reduce((sum, p, i) => {
				const c = single.centroids[single.clusters[i]];
				return sum + (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2;
			}, 0);
			expect(result.withinSS).toBeLessThanOrEqual(sse + 1e-9);
			if (result.withinSS < sse - 1e-6) better += 1;
			expect(result.restarts).toBe(10);
		}
		expect(better).toBeGreaterThan(0);
	});

	it('counts a type that no area ended up in instead of dropping it silently', () => {
		// Four identical areas and one other: three types cannot all be filled.
		const areas = [0, 0, 0, 0, 5].map((v, i) => ({ id: `A${i}`, values: { x: v, y: v } }));
		const result = areaTypology({ areas, indicators, k: 3 });
		expect(result.profiles).toHaveLength(2);
		expect(result.emptyTypes).toBe(1);
	});
});

describe('silhouette', () => {
	/**
	 * Worked example on one axis: 0, 1 | 10, 11. Area 0: a = 1, b = (10 + 11) / 2 = 10.5,
	 * s = 9.5 / 10.5; area 1: a = 1, b = (9 + 10) / 2 = 9.5, s = 8.5 / 9.5; the other two mirror
	 * them, so the mean is (9.5 / 10.5 + 8.5 / 9.5) / 2 ≈ 0.8997.
	 */
	it('is the mean of (b − a) / max(a, b) over the areas', () => {
		const value = silhouette([[0], [1], [10], [11]], [1, 1, 2, 2]);
		expect(value).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 10);
	});

	it('is near zero for a split of one group, and undefined for a single type', () => {
		expect(silhouette([[0], [1], [2], [3]], [1, 2, 1, 2])!).toBeLessThan(0);
		expect(silhouette([[0], [1], [2]], [1, 1, 1])).toBeNull();
	});

	it('rates the number of types that matches the data best', () => {
		// Three clear groups on two indicators.
		const groups = [
			[0, 0],
			[10, 0],
			[5, 9]
		];
		const areas = groups.flatMap(([x, y], g) =>
			Array.from({ length: 6 }, (_, i) => ({
				id: `G${g}-${i}`,
				values: { x: x + (i % 3) * 0.3, y: y + Math.floor(i / 3) * 0.3 }
			}))
		);
		const quality = typologyQuality(
			{
				areas,
				indicators: [
					{ key: 'x', name: 'X' },
					{ key: 'y', name: 'Y' }
				]
			},
			6
		);
		expect(quality.map((q) => q.k)).toEqual([2, 3, 4, 5, 6]);
		const best = quality.reduce((a, b) => (b.silhouette! > a.silhouette! ? b : a));
		expect(best.k).toBe(3);
		expect(best.silhouette!).toBeGreaterThan(0.8);
	});
});

describe('typeDescriptions', () => {
	const indicators = [
		{ key: 'a', name: 'SGB-II-Quote', nameEn: 'SGB II rate' },
		{ key: 'b', name: 'Anteil über 65', nameEn: 'Share aged 65+' },
		{ key: 'c', name: 'Wohnfläche', nameEn: 'Living space' }
	];

	it('names where a type stands out, furthest first, with the distance in standard deviations', () => {
		const [text] = typeDescriptions(
			[{ type: 1, meanZ: { a: 0.7, b: -1.26, c: 1.9 } }],
			indicators,
			0.5,
			'de'
		);
		expect(text).toBe(
			'hoch: Wohnfläche (+1,9), SGB-II-Quote (+0,7); niedrig: Anteil über 65 (−1,3)'
		);
	});

	it('never gives two types the same description', () => {
		// Both stand out only on a, by the same rounded amount; b tells them apart.
		const texts = typeDescriptions(
			[
				{ type: 1, meanZ: { a: 1.21, b: -0.3, c: 0.01 } },
				{ type: 2, meanZ: { a: 1.24, b: 0.3, c: -0.02 } }
			],
			indicators,
			0.5,
			'de'
		);
		expect(texts).toEqual([
			'hoch: SGB-II-Quote (+1,2); niedrig: Anteil über 65 (−0,3)',
			'hoch: SGB-II-Quote (+1,2), Anteil über 65 (+0,3)'
		]);
	});

	it('says "average" without a negative zero, and numbers types that agree on everything', () => {
		const texts = typeDescriptions(
			[
				{ type: 1, meanZ: { a: -0.04, b: 0.01, c: 0 } },
				{ type: 2, meanZ: { a: -0.03, b: 0.02, c: 0 } }
			],
			indicators,
			0.5,
			'en'
		);
		expect(texts.join(' ')).not.toMatch(/−0[.,]0/);
		expect(texts[0]).not.toBe(texts[1]);
		expect(texts[0]).toMatch(/^average on all chosen indicators/);
		expect(texts[1]).toMatch(/Type 2\)$/);
	});
});
