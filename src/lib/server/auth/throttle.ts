import { and, eq, isNull, lt, lte, or } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { loginThrottle } from '../db/schema';
import {
	IP_THROTTLE,
	PAIR_THROTTLE,
	admitAttempt,
	afterSuccess,
	type ThrottlePolicy,
	type ThrottleState
} from './rules';

export interface ThrottleKey {
	key: string;
	policy: ThrottlePolicy;
}

/**
 * The keys one sign-in attempt counts against: its IP address, and the pair of e-mail address
 * and IP address. Derived from what the visitor typed, not from whether an account exists, so a
 * throttled address looks the same for a real and an invented account. Without a client address
 * (never behind adapter-node) all such attempts share one.
 */
export function throttleKeys(email: string, ip: string | null): ThrottleKey[] {
	const from = ip ?? 'unbekannt';
	return [
		{ key: `ip:${from}`, policy: IP_THROTTLE },
		// An IP address never contains "|", so the pair can't be confused with another one.
		{ key: `pair:${from}|${email}`, policy: PAIR_THROTTLE }
	];
}

/** The key's row, created if missing and locked until the transaction ends. */
async function lockedState(tx: Transaction, key: string, now: Date): Promise<ThrottleState> {
	await tx
		.insert(loginThrottle)
		.values({ key, failures: 0, windowStartedAt: now })
		.onConflictDoNothing();
	const [row] = await tx
		.select()
		.from(loginThrottle)
		.where(eq(loginThrottle.key, key))
		.for('update');
	return row;
}

const byKey = (a: ThrottleKey, b: ThrottleKey) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Counts a sign-in attempt *before* its password is checked, for every key at once, in one
 * transaction under row locks (taken in key order, so two attempts can't deadlock). Parallel
 * attempts, on any number of app instances, queue on the rows: no more of them get through than
 * the policy admits. Returns 0 when the attempt may go ahead, else the milliseconds to wait; a
 * refused attempt counts nothing.
 */
export async function admitLoginAttempt(
	db: Database,
	keys: ThrottleKey[],
	now: Date
): Promise<number> {
	return db.transaction(async (tx) => {
		const admitted: { key: string; next: ThrottleState }[] = [];
		// The IP address's key sorts first: an address that must wait creates no further rows.
		for (const { key, policy } of [...keys].sort(byKey)) {
			const admission = admitAttempt(await lockedState(tx, key, now), policy, now);
			if (!admission.admitted) return admission.waitMs;
			admitted.push({ key, next: admission.next });
		}
		for (const { key, next } of admitted) {
			await tx.update(loginThrottle).set(next).where(eq(loginThrottle.key, key));
		}
		return 0;
	});
}

/**
 * Deletes the counts of runs that are over (older than the longest window, no wait running), so
 * the table holds only what can still slow an attempt down. Returns how many were deleted.
 */
export async function forgetFinishedRuns(db: Database, now: Date): Promise<number> {
	const windowMs = Math.max(IP_THROTTLE.windowMs, PAIR_THROTTLE.windowMs);
	const deleted = await db
		.delete(loginThrottle)
		.where(
			and(
				lt(loginThrottle.windowStartedAt, new Date(now.getTime() - windowMs)),
				or(isNull(loginThrottle.lockedUntil), lte(loginThrottle.lockedUntil, now))
			)
		)
		.returning({ key: loginThrottle.key });
	return deleted.length;
}

/**
 * A correct password ends the run of its e-mail address from this IP address and takes the
 * attempt back from the IP address's count. The IP's earlier failures stay: one success in an
 * office should not hide a guessing run against other accounts from the same address.
 */
export async function recordSuccess(tx: Transaction, keys: ThrottleKey[]): Promise<void> {
	for (const { key, policy } of [...keys].sort(byKey)) {
		if (policy === PAIR_THROTTLE) {
			await tx.delete(loginThrottle).where(eq(loginThrottle.key, key));
			continue;
		}
		const [row] = await tx
			.select()
			.from(loginThrottle)
			.where(eq(loginThrottle.key, key))
			.for('update');
		if (row)
			await tx
				.update(loginThrottle)
				.set(afterSuccess(row, policy))
				.where(eq(loginThrottle.key, key));
	}
}
