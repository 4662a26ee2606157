import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handle } from '@sveltejs/kit';
import { LRUCache } from 'lru-cache';
import { defaultLocale, isLocale } from '$lib/i18n';
import { LOCALE_COOKIE, securityHeaderList } from '../http';

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
	etag: string;
	/** The complete headers of its answers, worked out once when the page is kept. */
	wire: Record<
		'http' | 'https',
		{ ok: Record<string, string>; notModified: Record<string, string> }
	>;
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

/**
 * The values of the session and language cookies in a `Cookie` header (the first of each, as
 * SvelteKit's parser takes it); `undefined` for a cookie that is not there.
 */
export function visitorCookies(header: string | undefined): {
	session: string | undefined;
	lang: string | undefined;
} {
	let session: string | undefined;
	let lang: string | undefined;
	if (header) {
		for (const part of header.split(';')) {
			const eq = part.indexOf('=');
			if (eq < 0) continue;
			const name = part.slice(0, eq).trim();
			if (name === SESSION_COOKIE) session ??= part.slice(eq + 1).trim();
			else if (name === LOCALE_COOKIE) lang ??= part.slice(eq + 1).trim();
		}
	}
	return { session, lang };
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
		const https =
			url.protocol === 'https:' || isHttps(request.headers.get('x-forwarded-proto') ?? undefined);
		const hit = this.entries.get(key);
		if (hit) return this.answer(hit, ifNoneMatch, https);

		const waiting = this.pending.get(key);
		if (waiting) {
			const page = await waiting;
			if (page) return this.answer(page, ifNoneMatch, https);
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
			return this.answer(page, ifNoneMatch, https);
		} catch (error) {
			settle(null);
			throw error;
		} finally {
			if (this.pending.get(key) === promise) this.pending.delete(key);
		}
	};

	/**
	 * Answers a GET of a kept page straight from Node's request, before SvelteKit builds a
	 * `Request`, runs the hooks and streams a `Response` back (decision 0041). The same rules as
	 * `handle`: no query string, no session cookie, the language from its cookie. Returns false,
	 * having written nothing, when the request is not one for a kept page; SvelteKit then answers
	 * it (and keeps the page for the next visitor).
	 */
	serveKept(req: IncomingMessage, res: ServerResponse): boolean {
		const path = req.url;
		if (
			!this.enabled ||
			req.method !== 'GET' ||
			path === undefined ||
			path.includes('?') ||
			!CACHED_PAGES.some((pattern) => pattern.test(path))
		) {
			return false;
		}
		const cookies = visitorCookies(req.headers.cookie);
		if (cookies.session !== undefined) return false;
		const locale = isLocale(cookies.lang) ? cookies.lang : defaultLocale;
		const page = this.entries.get(`${locale} ${path}`);
		if (!page) return false;
		const wire = page.wire[isHttps(req.headers['x-forwarded-proto']) ? 'https' : 'http'];
		const ifNoneMatch = req.headers['if-none-match'];
		if (ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, page.etag)) {
			res.writeHead(304, wire.notModified);
			res.end();
		} else {
			res.writeHead(200, wire.ok);
			res.end(page.body);
		}
		return true;
	}

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
		const rendered: [string, string][] = [];
		response.headers.forEach((value, name) => {
			if (!PER_ANSWER.has(name)) rendered.push([name, value]);
		});
		const etag = etagOf(body);
		const wire = (https: boolean) => {
			const ok: Record<string, string> = {};
			for (const [name, value] of [...rendered, ...securityHeaderList(https)]) {
				ok[name] ??= value;
			}
			ok.etag = etag;
			ok['cache-control'] = this.cacheControl;
			// The language comes from the `lang` cookie; the session cookie bypasses the cache.
			ok.vary = 'Cookie';
			const notModified = { ...ok };
			for (const name of ['content-type', 'content-security-policy']) delete notModified[name];
			ok['content-length'] = String(body.byteLength);
			return { ok, notModified };
		};
		return { body, etag, wire: { http: wire(false), https: wire(true) } };
	}

	private answer(page: CachedPage, ifNoneMatch: string | null, https: boolean): Response {
		const wire = page.wire[https ? 'https' : 'http'];
		if (matchesEtag(ifNoneMatch, page.etag)) {
			return new Response(null, { status: 304, headers: wire.notModified });
		}
		return new Response(page.body, { status: 200, headers: wire.ok });
	}
}

/** Whether the answer goes out over HTTPS: the public origin's scheme, or a proxy's word for it. */
function isHttps(forwardedProto: string | string[] | undefined): boolean {
	return forwardedProto === 'https' || (process.env.ORIGIN ?? '').startsWith('https:');
}

function ttlFromEnv(): number {
	const seconds = Number(process.env.PUBLIC_CACHE_SECONDS ?? 5);
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

export const publicPages = new PageCache(ttlFromEnv());
