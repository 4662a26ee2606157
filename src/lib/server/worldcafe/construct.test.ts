import { describe, expect, it } from 'vitest';
import { designedRounds, designedTable, finiteField } from './construct';

describe('finiteField', () => {
	it.each([2, 3, 4, 5, 7, 8, 9, 16, 25, 27])(
		'builds GF(%i) with inverses and distributivity',
		(q) => {
			const f = finiteField(q)!;
			expect(f).not.toBeNull();
			for (let a = 0; a < q; a++) {
				expect(f.add(a, 0)).toBe(a);
				expect(f.mul(a, 1)).toBe(a);
				expect(f.sub(f.add(a, 3 % q), 3 % q)).toBe(a);
				if (a > 0) expect([...Array(q).keys()].some((b) => f.mul(a, b) === 1)).toBe(true);
				for (let b = 0; b < q; b++) {
					const c = (a + 2 * b + 1) % q;
					expect(f.mul(a, f.add(b, c))).toBe(f.add(f.mul(a, b), f.mul(a, c)));
				}
			}
		}
	);

	it.each([6, 10, 12, 1, 200])(
		'has no field of order %i (or none this small helper builds)',
		(q) => {
			expect(finiteField(q)).toBeNull();
		}
	);
});

describe('designedTable', () => {
	function meetings(q: number, k: number): { maxMeetings: number; fullTables: boolean } {
		const f = finiteField(q)!;
		const met = new Map<string, number>();
		let fullTables = true;
		for (let round = 0; round < designedRounds(q, k); round++) {
			const tables: number[][] = Array.from({ length: q }, () => []);
			for (let i = 0; i < k; i++) {
				for (let j = 0; j < q; j++) tables[designedTable(f, k, round, i, j)].push(i * q + j);
			}
			fullTables &&= tables.every((t) => t.length === k);
			for (const t of tables) {
				for (const a of t) {
					for (const b of t) {
						if (a < b) met.set(`${a}-${b}`, (met.get(`${a}-${b}`) ?? 0) + 1);
					}
				}
			}
		}
		return { maxMeetings: Math.max(...met.values()), fullTables };
	}

	it('seats 8 tables of 4 for 9 rounds with nobody meeting twice', () => {
		expect(designedRounds(8, 4)).toBe(9);
		expect(meetings(8, 4)).toEqual({ maxMeetings: 1, fullTables: true });
	});

	it('seats 5 tables of 3 for 5 rounds (3 does not divide 5: no extra round)', () => {
		expect(designedRounds(5, 3)).toBe(5);
		expect(meetings(5, 3)).toEqual({ maxMeetings: 1, fullTables: true });
	});

	it('seats 9 tables of 3 for 10 rounds over GF(9)', () => {
		expect(meetings(9, 3)).toEqual({ maxMeetings: 1, fullTables: true });
	});
});
