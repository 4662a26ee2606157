import { describe, expect, it } from 'vitest';
import { rectangle } from '../monitoring/testing';
import {
	carryOverProposal,
	membershipChangeYears,
	territoryBreakYear,
	type MemberVersion
} from './territory';

const rect = rectangle;
const always = (id: number): MemberVersion => ({ id, validFrom: null, validTo: null });
const until = (id: number, year: number): MemberVersion => ({ id, validFrom: null, validTo: year });
const from = (id: number, year: number): MemberVersion => ({ id, validFrom: year, validTo: null });

describe('membershipChangeYears', () => {
	it('lists the first year of later versions and the year after ended ones, after the baseline', () => {
		expect(membershipChangeYears([until(1, 2021), from(2, 2022), always(3)], 2019)).toEqual([2022]);
		expect(membershipChangeYears([until(1, 2018), from(2, 2019)], 2019)).toEqual([]);
		expect(membershipChangeYears([always(1), always(2)], 2019)).toEqual([]);
	});
});

describe('territoryBreakYear', () => {
	// Area 1 (6.90–6.92) is split from 2022 into 11 (west half) and 12 (east half); 2 is its neighbour.
	const outlines = new Map([
		[1, rect(6.9, 51.54, 6.92, 51.56)],
		[11, rect(6.9, 51.54, 6.91, 51.56)],
		[12, rect(6.91, 51.54, 6.92, 51.56)],
		[2, rect(6.92, 51.54, 6.94, 51.56)]
	]);
	const geometryOf = (id: number) => outlines.get(id);

	it('finds no break when every part of a split is a member', () => {
		const members = [until(1, 2021), from(11, 2022), from(12, 2022), always(2)];
		expect(territoryBreakYear(members, 2019, geometryOf)).toBeNull();
	});

	it('breaks in the first year a part is missing or the ended area has no successor', () => {
		expect(territoryBreakYear([until(1, 2021), from(11, 2022), always(2)], 2019, geometryOf)).toBe(
			2022
		);
		expect(territoryBreakYear([until(1, 2021), always(2)], 2019, geometryOf)).toBe(2022);
	});

	it('does not look at changes before the baseline year, and breaks on an unknown outline', () => {
		expect(territoryBreakYear([until(1, 2021), from(11, 2022)], 2022, geometryOf)).toBeNull();
		expect(territoryBreakYear([until(1, 2021), from(99, 2022)], 2019, geometryOf)).toBe(2022);
	});
});

describe('carryOverProposal', () => {
	it('proposes the successors of an ended member, down to the current versions', () => {
		// 1 → 11 (2022–2023) → 21 (from 2024); 1 → 12.
		const links = [
			{ areaId: 1, successorId: 11 },
			{ areaId: 1, successorId: 12 },
			{ areaId: 11, successorId: 21 }
		];
		expect(carryOverProposal([until(1, 2021), always(2)], links)).toEqual({
			ended: [1],
			successors: [
				{ id: 11, alsoFrom: [] },
				{ id: 12, alsoFrom: [] },
				{ id: 21, alsoFrom: [] }
			]
		});
	});

	it('names ground a merged successor takes in from outside the Handlungsraum', () => {
		// 1 and 3 merge into 13; 3 is not a member.
		const links = [
			{ areaId: 1, successorId: 13 },
			{ areaId: 3, successorId: 13 }
		];
		expect(carryOverProposal([until(1, 2021)], links)).toEqual({
			ended: [1],
			successors: [{ id: 13, alsoFrom: [3] }]
		});
	});

	it('proposes nothing once a successor is a member (what was left out was left out on purpose)', () => {
		const links = [
			{ areaId: 1, successorId: 11 },
			{ areaId: 1, successorId: 12 }
		];
		expect(carryOverProposal([until(1, 2021), from(11, 2022)], links)).toBeNull();
		expect(carryOverProposal([always(1), always(2)], links)).toBeNull();
	});
});
