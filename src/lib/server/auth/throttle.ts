import { eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { loginThrottle } from '../db/schema';
import {
	ACCOUNT_THROTTLE,
	IP_THROTTLE,
	afterFailure,
	lockRemainingMs,
	type ThrottlePolicy
} from './rules';

/**
 * Keys are derived from what the visitor typed, not from whether an account exists, so a locked
 * address looks the same for a real and an invented account.
 */
export function throttleKeys(
	email: string,
	ip: string | null
): { key: string; policy: ThrottlePolicy }[] {
	const keys = [{ key: `account:${email}`, policy: ACCOUNT_THROTTLE }];
	if (ip) keys.push({ key: `ip:${ip}`, policy: IP_THROTTLE });
	return keys;
}

/** Milliseconds until all keys accept attempts again (0 = go ahead). */
export async function throttleWaitMs(
	db: Database | Transaction,
	keys: string[],
	now: Date
): Promise<number> {
	const rows = await db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
	return Math.max(0, ...rows.map((row) => lockRemainingMs(row, now)));
}

/**
 * Counts one failure for each key. The row is created if missing and then locked, so two
 * instances counting at the same moment don't lose a failure.
 */
export async function recordFailures(
	tx: Transaction,
	keys: { key: string; policy: ThrottlePolicy }[],
	now: Date
): Promise<void> {
	const sorted = [...keys].sort((a, b) => a.key.localeCompare(b.key));
	for (const { key, policy } of sorted) {
		await tx
			.insert(loginThrottle)
			.values({ key, failures: 0, windowStartedAt: now })
			.onConflictDoNothing();
		const [row] = await tx
			.select()
			.from(loginThrottle)
			.where(eq(loginThrottle.key, key))
			.for('update');
		await tx
			.update(loginThrottle)
			.set(afterFailure(row, policy, now))
			.where(eq(loginThrottle.key, key));
	}
}

/** A correct password clears the account's count (not the address's: one success in an office
 * should not hide a guessing run against other accounts from the same address). */
export async function clearAccountFailures(tx: Transaction, email: string): Promise<void> {
	await tx.delete(loginThrottle).where(eq(loginThrottle.key, `account:${email}`));
}
