import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { municipalities, municipalityByAgs } from './municipalities';

describe('municipalities', () => {
	it('match the shipped Destatis extract row by row', () => {
		const csv = readFileSync(
			new URL('../../data/reference/rvr-gemeinden.csv', import.meta.url),
			'utf8'
		);
		const rows = csv.trim().split('\n').slice(1);
		expect(municipalities).toHaveLength(53);
		expect(municipalities.map((m) => m.ags)).toEqual(rows.map((r) => r.split(',')[0]));
	});

	it('keeps the leading zero of the key', () => {
		expect(municipalityByAgs('05513000')?.name).toBe('Gelsenkirchen');
		expect(municipalityByAgs('5513000')).toBeUndefined();
	});
});
