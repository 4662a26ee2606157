import { createHash } from 'node:crypto';
import type { Handle } from '@sveltejs/kit';
import { LRUCache } from 'lru-cache';

/**
 * Rendered HTML of the public conference pages, kept per path and language for visitors who are
 * not signed in (see docs/decisions/0036-rendered-public-pages.md). A page is taken into the cache
 * only when it was rendered for nobody in particular: a GET without query string, without a
 * session cookie, answered 200 with HTML, without a cookie of its own and without a private
 * `Cache-Control`. Every write that changes what these pages show calls `invalidate()` (through
 * `invalidatePublicReads`); other instances see a change within the cache time.
 *
 * The pages listed here show no seat counts (the registration page, which does, is not cached),
 * so a registration does not empty the cache. A page added to the list may only show data whose
 * every write calls `invalidatePublicReads()`.
 */
export const CACHED_PAGES: readonly RegExp[] = [
	/^\/$/,
	/^\/konferenz\/\d{4}$/,
	/^\/konferenz\/\d{4}\/programm$/
];

/** Requests carrying this cookie are never answered from the cache (see auth/hook.ts). */
const SESSION_COOKIE = 'sk_session';

export interface CachedPage {
	body: Uint8Array<ArrayBuffer>;
	headers: [string, string][];
	etag: string;
}

/** Headers that belong to one answer only, never replayed from the cache. */
const PER_ANSWER = new Set([
	'set-cookie',
	'date',
	'content-length',
	'etag',
	'cache-control',
	'vary'
]);

export function etagOf(body: Uint8Array): string {
	return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/** RFC 9110 weak comparison of an `If-None-Match` list against one entity tag. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	const bare = (tag: string) => tag.trim().replace(/^W\//, '');
	return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export class PageCache {
	private entries: LRUCache<string, CachedPage>;
	private pending = new Map<string, Promise<CachedPage | null>>();
	/** Bumped by `invalidate()`, so that a render started before an edit is not stored after it. */
	private generation = 0;

	constructor(
		readonly ttlMs: number,
		max = 500
	) {
		this.entries = new LRUCache({ max, ttl: Math.max(ttlMs, 1) });
	}

	get enabled(): boolean {
		return this.ttlMs > 0;
	}

	invalidate(): void {
		this.generation++;
		this.entries.clear();
		this.pending.clear();
	}

	/** `Cache-Control` for a cacheable page: shared caches keep it as long as this process does. */
	get cacheControl(): string {
		const seconds = Math.floor(this.ttlMs / 1000);
		return `public, max-age=0, s-maxage=${seconds}, must-revalidate`;
	}

	handle: Handle = async ({ event, resolve }) => {
		const { request, url } = event;
		if (
			!this.enabled ||
			// SvelteKit strips `/__data.json` before the hooks: a client-side navigation asks for
			// the page's data under the page's own path, and must never get the kept HTML.
			event.isDataRequest ||
			event.isSubRequest ||
			request.method !== 'GET' ||
			url.search !== '' ||
			event.cookies.get(SESSION_COOKIE) !== undefined ||
			!CACHED_PAGES.some((pattern) => pattern.test(url.pathname))
		) {
			return resolve(event);
		}
		const key = `${event.locals.locale} ${url.pathname}`;
		const ifNoneMatch = request.headers.get('if-none-match');
		const hit = this.entries.get(key);
		if (hit) return this.answer(hit, ifNoneMatch);

		const waiting = this.pending.get(key);
		if (waiting) {
			const page = await waiting;
			if (page) return this.answer(page, ifNoneMatch);
			return resolve(event);
		}

		const generation = this.generation;
		let settle: (page: CachedPage | null) => void = () => undefined;
		const promise = new Promise<CachedPage | null>((r) => (settle = r));
		this.pending.set(key, promise);
		try {
			const response = await resolve(event);
			const page = await this.capture(response, event.locals.user !== null);
			if (!page) {
				settle(null);
				return response;
			}
			if (generation === this.generation) this.entries.set(key, page);
			settle(page);
			return this.answer(page, ifNoneMatch);
		} catch (error) {
			settle(null);
			throw error;
		} finally {
			if (this.pending.get(key) === promise) this.pending.delete(key);
		}
	};

	/** The rendered page, if it may be shown to every visitor; else null (response untouched). */
	private async capture(response: Response, signedIn: boolean): Promise<CachedPage | null> {
		if (
			signedIn ||
			response.status !== 200 ||
			response.headers.has('set-cookie') ||
			response.headers.has('cache-control') ||
			!(response.headers.get('content-type') ?? '').startsWith('text/html')
		) {
			return null;
		}
		const body = new Uint8Array(await response.arrayBuffer());
		const headers: [string, string][] = [];
		response.headers.forEach((value, name) => {
			if (!PER_ANSWER.has(name)) headers.push([name, value]);
		});
		return { body, headers, etag: etagOf(body) };
	}

	private answer(page: CachedPage, ifNoneMatch: string | null): Response {
		const headers = new Headers(page.headers);
		headers.set('etag', page.etag);
		headers.set('cache-control', this.cacheControl);
		// The language comes from the `lang` cookie; the session cookie bypasses the cache.
		headers.set('vary', 'Cookie');
		if (matchesEtag(ifNoneMatch, page.etag)) {
			for (const name of ['content-type', 'content-length', 'content-security-policy']) {
				headers.delete(name);
			}
			return new Response(null, { status: 304, headers });
		}
		headers.set('content-length', String(page.body.byteLength));
		return new Response(page.body, { status: 200, headers });
	}
}

function ttlFromEnv(): number {
	const seconds = Number(process.env.PUBLIC_CACHE_SECONDS ?? 5);
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

export const publicPages = new PageCache(ttlFromEnv());
