import { describe, expect, it } from 'vitest';
import { ReadCache } from './cache';

describe('ReadCache', () => {
	it('serves a copy until the time to live has passed, then loads again', async () => {
		let clock = 0;
		let loads = 0;
		const cache = new ReadCache(5000, () => clock);
		const load = async () => ++loads;
		expect(await cache.read('k', load)).toBe(1);
		clock = 4999;
		expect(await cache.read('k', load)).toBe(1);
		clock = 5000;
		expect(await cache.read('k', load)).toBe(2);
	});

	it('shows a change at once after invalidate', async () => {
		let value = 'alt';
		const cache = new ReadCache(60_000, () => 0);
		expect(await cache.read('k', async () => value)).toBe('alt');
		value = 'neu';
		cache.invalidate();
		expect(await cache.read('k', async () => value)).toBe('neu');
	});

	it('does not keep a failed load', async () => {
		const cache = new ReadCache(60_000, () => 0);
		await expect(cache.read('k', async () => Promise.reject(new Error('weg')))).rejects.toThrow(
			'weg'
		);
		expect(await cache.read('k', async () => 'wieder da')).toBe('wieder da');
	});

	it('loads every time when switched off', async () => {
		let loads = 0;
		const cache = new ReadCache(0);
		await cache.read('k', async () => ++loads);
		await cache.read('k', async () => ++loads);
		expect(loads).toBe(2);
	});
});
