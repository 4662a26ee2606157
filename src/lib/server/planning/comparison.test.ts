import { describe, expect, it } from 'vitest';
import { compareDevelopment, comparisonGroup, type ComparisonInput } from './comparison';

/**
 * A municipality of 15 areas: type 1 = A1…A8, type 2 = B1…B5, no type = X1, X2.
 * The Handlungsraum is A1 and A2; a measure in the field runs in A1, A2 and A3.
 */
function anInput(input: Partial<ComparisonInput> = {}): ComparisonInput {
	const areaTypes: Record<string, number | null> = {};
	for (let i = 1; i <= 8; i++) areaTypes[`A${i}`] = 1;
	for (let i = 1; i <= 5; i++) areaTypes[`B${i}`] = 2;
	areaTypes.X1 = null;
	areaTypes.X2 = null;
	return {
		handlungsraumAreas: ['A1', 'A2'],
		areaTypes,
		areasWithMeasureInField: ['A1', 'A2', 'A3'],
		...input
	};
}

describe('comparisonGroup', () => {
	it('takes areas of the same type outside the Handlungsraum without a measure in the field', () => {
		expect(comparisonGroup(anInput())).toEqual({
			state: 'ok',
			areaCodes: ['A4', 'A5', 'A6', 'A7', 'A8'],
			types: [1]
		});
	});

	it('gives "kein Vergleich" with fewer than 5 such areas, and says how many it found', () => {
		const input = anInput({ areasWithMeasureInField: ['A1', 'A2', 'A3', 'A8'] });
		expect(comparisonGroup(input)).toEqual({ state: 'kein_vergleich', found: 4 });
	});

	it('takes every type the Handlungsraum spans', () => {
		const input = anInput({
			handlungsraumAreas: ['A1', 'B1'],
			areasWithMeasureInField: ['A1', 'B1', 'A3']
		});
		expect(comparisonGroup(input)).toEqual({
			state: 'ok',
			areaCodes: ['A2', 'A4', 'A5', 'A6', 'A7', 'A8', 'B2', 'B3', 'B4', 'B5'],
			types: [1, 2]
		});
	});

	it('never takes an area without a type, and an untyped Handlungsraum has no comparison', () => {
		expect(comparisonGroup(anInput({ handlungsraumAreas: ['X1'] }))).toEqual({
			state: 'kein_vergleich',
			found: 0
		});
		const mixed = comparisonGroup(anInput({ handlungsraumAreas: ['X1', 'A1', 'A2'] }));
		expect(mixed).toMatchObject({ state: 'ok', types: [1] });
		expect(mixed.state === 'ok' && mixed.areaCodes.includes('X2')).toBe(false);
	});

	it('uses a stricter minimum when the caller asks for one', () => {
		expect(comparisonGroup(anInput({ minSize: 6 }))).toEqual({
			state: 'kein_vergleich',
			found: 5
		});
	});
});

describe('compareDevelopment', () => {
	// difference = own change − group change; "ähnlich" within 2 % of the larger baseline level.
	it.each([
		// direction, own baseline → latest, group baseline → latest, own change, group change, difference, wording
		['need_up', [24, 22], [18, 17.5], -2, -0.5, -1.5, 'günstiger'], // 1.5 > 0.48
		['need_up', [24, 23.7], [18, 17.8], -0.3, -0.2, -0.1, 'ähnlich'], // 0.1 ≤ 0.48
		['need_up', [24, 24.5], [18, 17], 0.5, -1, 1.5, 'ungünstiger'],
		['need_down', [30, 33], [32, 33], 3, 1, 2, 'günstiger'], // 2 > 0.64: higher is less need
		['need_down', [30, 29], [32, 33], -1, 1, -2, 'ungünstiger']
	] as const)(
		'%s: own %j, group %j',
		(direction, [ob, ol], [gb, gl], ownChange, groupChange, difference, wording) => {
			const result = compareDevelopment(
				{ baseline: ob, latest: ol },
				{ baseline: gb, latest: gl },
				direction
			);
			expect(result.ownChange).toBeCloseTo(ownChange, 10);
			expect(result.groupChange).toBeCloseTo(groupChange, 10);
			expect(result.difference).toBeCloseTo(difference, 10);
			expect(result.wording).toBe(wording);
		}
	);

	it('calls equal developments "ähnlich"', () => {
		const same = compareDevelopment(
			{ baseline: 20, latest: 19 },
			{ baseline: 15, latest: 14 },
			'need_up'
		);
		expect(same).toEqual({ ownChange: -1, groupChange: -1, difference: 0, wording: 'ähnlich' });
	});
});
