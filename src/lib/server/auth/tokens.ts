import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the secret a cookie or a mailed link carries. */
export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps instead of the token. A fast hash suffices: the token is random with
 * 256 bits, so there is nothing to guess, unlike a password.
 */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
