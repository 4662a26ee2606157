import { describe, expect, it } from 'vitest';
import { RateLimiter } from './ratelimit';

describe('RateLimiter', () => {
	it('allows the limit within the window and refuses the next', () => {
		const limiter = new RateLimiter(3, 60_000);
		expect([0, 1, 2, 3].map((t) => limiter.allow('1.2.3.4', t))).toEqual([true, true, true, false]);
		expect(limiter.allow('5.6.7.8', 3)).toBe(true);
	});

	it('allows again once old hits leave the window', () => {
		const limiter = new RateLimiter(2, 1000);
		limiter.allow('ip', 0);
		limiter.allow('ip', 500);
		expect(limiter.allow('ip', 999)).toBe(false);
		expect(limiter.allow('ip', 1001)).toBe(true);
	});

	it('is lifted with a limit of 0', () => {
		const limiter = new RateLimiter(0, 1000);
		expect(Array.from({ length: 100 }, () => limiter.allow('ip', 0)).every(Boolean)).toBe(true);
	});
});
