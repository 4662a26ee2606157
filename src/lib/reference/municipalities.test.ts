import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { municipalities, municipalityByAgs } from './municipalities';

describe('municipalities', () => {
	it('lists exactly the 53 municipalities of the reference CSV', () => {
		const rows = readFileSync('data/reference/rvr-gemeinden.csv', 'utf8')
			.trim()
			.split('\n')
			.slice(1);
		const fromCsv = rows.map((line) => line.split(',').slice(0, 2));
		expect(municipalities.map((m) => [m.ags, m.name])).toEqual(fromCsv);
		expect(municipalities).toHaveLength(53);
	});

	it('finds Gelsenkirchen by its AGS with the leading zero', () => {
		expect(municipalityByAgs('05513000')?.name).toBe('Gelsenkirchen');
		expect(municipalityByAgs('5513000')).toBeNull();
	});
});
