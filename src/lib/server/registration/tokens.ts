import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: a personal link nobody can guess. Only the hash is stored. */
export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export function looksLikeToken(value: string): boolean {
	return /^[A-Za-z0-9_-]{43}$/.test(value);
}
