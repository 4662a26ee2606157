import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import {
	BOUNDARY_TOLERANCE,
	compareBoundaries,
	compareTerritories,
	seriesAcrossBoundaries,
	validIn,
	versionsIn,
	type VersionRef
} from './boundaries';
import { rectangle } from './testing';

const rect = rectangle;

describe('compareTerritories', () => {
	const west = rect(6.9, 51.54, 6.91, 51.56);
	const east = rect(6.91, 51.54, 6.92, 51.56);
	const whole = rect(6.9, 51.54, 6.92, 51.56);
	const neighbour = rect(6.92, 51.54, 6.94, 51.56);

	it('sees a split into parts covering the same ground as the same territory', () => {
		const { share, material } = compareTerritories([whole, neighbour], [west, east, neighbour]);
		expect(share).toBeLessThan(1e-9);
		expect(material).toBe(false);
	});

	it('sees a part left out, or ground added, as a changed territory', () => {
		// The eastern half of `whole` is gone: a quarter of the larger territory (whole + neighbour).
		expect(compareTerritories([whole, neighbour], [west, neighbour]).share).toBeCloseTo(0.25, 3);
		expect(compareTerritories([whole], [whole, neighbour]).material).toBe(true);
	});

	it('treats ground on one side only as all changed, and two empty sides as the same', () => {
		expect(compareTerritories([whole], [])).toEqual({ share: 1, material: true });
		expect(compareTerritories([], [])).toEqual({ share: 0, material: false });
	});
});

describe('compareBoundaries', () => {
	const quartier = rect(6.9, 51.54, 6.92, 51.56); // about 1.4 km × 2.2 km

	it('finds no change between an outline and itself, or with its vertices in another order', () => {
		expect(compareBoundaries(quartier, quartier)).toEqual({ share: 0, material: false });
		const shifted: Polygon = {
			type: 'Polygon',
			coordinates: [
				[...quartier.coordinates[0].slice(1, 4), ...quartier.coordinates[0].slice(0, 2)]
			]
		};
		expect(compareBoundaries(quartier, shifted).material).toBe(false);
	});

	it('treats a border moved by a few metres (re-digitised) as the same boundary', () => {
		// 0.00005° ≈ 3.5 m along the eastern edge.
		const redrawn = rect(6.9, 51.54, 6.92005, 51.56);
		const { share, material } = compareBoundaries(quartier, redrawn);
		expect(share).toBeGreaterThan(0);
		expect(share).toBeLessThan(BOUNDARY_TOLERANCE);
		expect(material).toBe(false);
	});

	it('treats a block of houses moved to the neighbour as a boundary change', () => {
		// The eastern 5 % of the area goes to the neighbour.
		const smaller = rect(6.9, 51.54, 6.919, 51.56);
		const { share, material } = compareBoundaries(quartier, smaller);
		expect(share).toBeCloseTo(0.05, 3);
		expect(material).toBe(true);
	});

	it('sees a split as a change and a first outline for an area without one as none', () => {
		expect(compareBoundaries(quartier, rect(6.9, 51.54, 6.91, 51.56)).share).toBeCloseTo(0.5, 3);
		expect(compareBoundaries(null, quartier).material).toBe(false);
	});
});

describe('validity of a version', () => {
	const old = { validFrom: null, validTo: 2023 };
	const current = { validFrom: 2024, validTo: null };

	it('includes its first and last year, and open ends reach as far as needed', () => {
		expect([2000, 2023, 2024].map((y) => validIn(old, y))).toEqual([true, true, false]);
		expect([2023, 2024, 2090].map((y) => validIn(current, y))).toEqual([false, true, true]);
		expect(versionsIn([old, current], 2023)).toEqual([old]);
		expect(versionsIn([old, current], 2024)).toEqual([current]);
	});
});

describe('seriesAcrossBoundaries', () => {
	const years = [2021, 2022, 2023, 2024, 2025];
	const values: Record<number, Record<number, number>> = {
		1: { 2021: 10, 2022: 11, 2023: 12 },
		2: { 2024: 20, 2025: 21 },
		3: { 2021: 30, 2022: 31, 2023: 32 }
	};
	const pointOf = (id: number, year: number) => ({ year, value: values[id]?.[year] ?? null });
	const before: VersionRef = {
		id: 1,
		code: 'Q01',
		name: 'Altstadt',
		validFrom: null,
		validTo: 2023
	};
	const after: VersionRef = {
		id: 2,
		code: 'Q01',
		name: 'Altstadt',
		validFrom: 2024,
		validTo: null
	};
	const other: VersionRef = { id: 3, code: 'Q02', name: 'Hafen', validFrom: null, validTo: 2023 };

	it('breaks at the first year of the new boundary and keeps the predecessor apart', () => {
		const split = seriesAcrossBoundaries(years, after, [before], pointOf);
		expect(split.break).toEqual({ year: 2024, predecessors: [{ code: 'Q01', name: 'Altstadt' }] });
		expect(split.current).toEqual([
			{ year: 2024, value: 20 },
			{ year: 2025, value: 21 }
		]);
		expect(split.predecessor).toEqual([
			{ year: 2021, value: 10 },
			{ year: 2022, value: 11 },
			{ year: 2023, value: 12 }
		]);
	});

	it('shows no predecessor values after a merge: none of the merged areas is the same area before', () => {
		const split = seriesAcrossBoundaries(years, after, [before, other], pointOf);
		expect(split.break?.predecessors.map((p) => p.code)).toEqual(['Q01', 'Q02']);
		expect(split.predecessor).toEqual([]);
	});

	it('keeps the series of an area that never changed its boundary whole', () => {
		const unchanged: VersionRef = { ...before, validTo: null };
		const split = seriesAcrossBoundaries(years, unchanged, [], pointOf);
		expect(split.break).toBeNull();
		expect(split.current.map((p) => p.year)).toEqual(years);
	});

	it('ends the series of a closed version with its last year', () => {
		const split = seriesAcrossBoundaries(years, before, [], pointOf);
		expect(split.current.map((p) => p.year)).toEqual([2021, 2022, 2023]);
	});
});
