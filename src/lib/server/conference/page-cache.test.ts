import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { users } from '../db/schema';
import { anOpenEdition } from '../registration/testing';
import { seedDatabase } from '../seed';
import { addSession } from './editing';
import { matchesEtag, PageCache, publicPages, visitorCookies } from './page-cache';

type Handle = PageCache['handle'];

interface Visit {
	path?: string;
	cookies?: Record<string, string>;
	headers?: Record<string, string>;
	method?: string;
	locale?: 'de' | 'en';
	/** SvelteKit's `__data.json` request of a client-side navigation, for the same path. */
	dataRequest?: boolean;
}

/** A stand-in for SvelteKit's request pipeline: counts renders, can play a signed-in user. */
function site(options: { signedIn?: (cookies: Record<string, string>) => boolean } = {}) {
	let renders = 0;
	let body = 'Erste Fassung';
	const visit = async (handle: Handle, visit: Visit = {}) => {
		const cookies = visit.cookies ?? {};
		const url = new URL(`http://konferenz.test${visit.path ?? '/konferenz/2027'}`);
		const locals = { locale: visit.locale ?? 'de', user: null as null | { id: number } };
		const event = {
			request: new Request(url, { method: visit.method ?? 'GET', headers: visit.headers }),
			url,
			cookies: { get: (name: string) => cookies[name] },
			locals,
			isDataRequest: visit.dataRequest ?? false,
			isSubRequest: false
		} as unknown as RequestEvent;
		return handle({
			event,
			resolve: async () => {
				renders++;
				if (visit.dataRequest) {
					return new Response('{"type":"data"}', {
						headers: { 'content-type': 'application/json' }
					});
				}
				const headers = new Headers({ 'content-type': 'text/html' });
				if (options.signedIn?.(cookies)) {
					locals.user = { id: 1 };
					headers.set('cache-control', 'private, no-store');
				}
				return new Response(`<html lang="${locals.locale}">${body}</html>`, { headers });
			}
		});
	};
	return {
		visit,
		get renders() {
			return renders;
		},
		edit(text: string) {
			body = text;
		}
	};
}

describe('rendered public pages', () => {
	it('renders a public page once for every anonymous visitor and says how it may be cached', async () => {
		const cache = new PageCache(5000);
		const pages = site();
		const first = await pages.visit(cache.handle);
		const second = await pages.visit(cache.handle);
		expect(pages.renders).toBe(1);
		expect(await second.text()).toBe(await first.text());
		expect(second.headers.get('cache-control')).toBe(
			'public, max-age=0, s-maxage=5, must-revalidate'
		);
		expect(second.headers.get('vary')).toBe('Cookie');
		expect(second.headers.get('etag')).toMatch(/^"[\w-]+"$/);
		expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
	});

	it('answers a client-side navigation’s data request with data, never with the kept page', async () => {
		const cache = new PageCache(5_000);
		const pages = site();
		await pages.visit(cache.handle);
		// SvelteKit strips `__data.json` from the path before the hooks: same path, other answer.
		const data = await pages.visit(cache.handle, { dataRequest: true });
		expect(data.headers.get('content-type')).toBe('application/json');
		expect(await data.text()).toBe('{"type":"data"}');
		expect(pages.renders).toBe(2);
		const page = await pages.visit(cache.handle);
		expect(await page.text()).toContain('<html');
	});

	it('keeps one copy per language', async () => {
		const cache = new PageCache(5000);
		const pages = site();
		await pages.visit(cache.handle, { locale: 'de' });
		const english = await pages.visit(cache.handle, { locale: 'en' });
		expect(pages.renders).toBe(2);
		expect(await english.text()).toContain('lang="en"');
	});

	it('answers 304 without a body when the browser already has the page', async () => {
		const cache = new PageCache(5000);
		const pages = site();
		const etag = (await pages.visit(cache.handle)).headers.get('etag')!;
		const again = await pages.visit(cache.handle, { headers: { 'if-none-match': `W/${etag}` } });
		expect(again.status).toBe(304);
		expect(again.headers.get('etag')).toBe(etag);
		expect(await again.text()).toBe('');
		const other = await pages.visit(cache.handle, { headers: { 'if-none-match': '"alt"' } });
		expect(other.status).toBe(200);
	});

	it('shows an edit at once after invalidate', async () => {
		const cache = new PageCache(60_000);
		const pages = site();
		const before = await pages.visit(cache.handle);
		pages.edit('Zweite Fassung');
		cache.invalidate();
		const after = await pages.visit(cache.handle, {
			headers: { 'if-none-match': before.headers.get('etag')! }
		});
		expect(after.status).toBe(200);
		expect(await after.text()).toContain('Zweite Fassung');
	});

	it('never answers a signed-in user from the cache, nor keeps their page', async () => {
		const cache = new PageCache(5000);
		const pages = site({ signedIn: (cookies) => cookies.sk_session === 'gültig' });
		pages.edit('Für alle');
		await pages.visit(cache.handle);
		pages.edit('Mit Namen der Organisatorin');
		const signedIn = await pages.visit(cache.handle, { cookies: { sk_session: 'gültig' } });
		expect(await signedIn.text()).toContain('Mit Namen der Organisatorin');
		expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
		expect(signedIn.headers.get('etag')).toBeNull();
		expect(await (await pages.visit(cache.handle)).text()).toContain('Für alle');
	});

	it('does not keep a page rendered for a session cookie that turned out invalid', async () => {
		const cache = new PageCache(5000);
		const pages = site({ signedIn: (cookies) => cookies.sk_session === 'gültig' });
		await pages.visit(cache.handle, { cookies: { sk_session: 'abgelaufen' } });
		await pages.visit(cache.handle);
		expect(pages.renders).toBe(2);
	});

	it('leaves private pages, other methods, query strings and a switched-off cache alone', async () => {
		const on = new PageCache(5000);
		const off = new PageCache(0);
		const pages = site();
		for (const [handle, visit] of [
			[on.handle, { path: '/admin' }],
			[on.handle, { path: '/konferenz/2027/anmeldung' }],
			[on.handle, { path: '/konferenz/2027?lang=en' }],
			[on.handle, { method: 'POST' }],
			[off.handle, {}]
		] as const) {
			const first = await pages.visit(handle, visit);
			await pages.visit(handle, visit);
			expect(first.headers.get('cache-control')).toBeNull();
		}
		expect(pages.renders).toBe(10);
	});

	it('compares entity tags the way browsers send them', () => {
		expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
		expect(matchesEtag('*', '"b"')).toBe(true);
		expect(matchesEtag('"a"', '"b"')).toBe(false);
		expect(matchesEtag(null, '"b"')).toBe(false);
	});
});

/**
 * The production server in small: a kept page is answered by `serveKept`, anything else by
 * "SvelteKit", which here answers 299 so that a test sees which of the two answered.
 */
async function nodeServer(cache: PageCache): Promise<{
	get(
		path: string,
		headers?: Record<string, string>,
		method?: string
	): Promise<{
		status: number;
		headers: Record<string, string | string[] | undefined>;
		body: string;
	}>;
	close(): Promise<void>;
}> {
	const server: Server = createServer((req, res) => {
		if (cache.serveKept(req, res)) return;
		res.writeHead(299);
		res.end('SvelteKit');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		get: (path, headers = {}, method = 'GET') =>
			new Promise((resolve, reject) => {
				const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
					let body = '';
					res.setEncoding('utf8');
					res.on('data', (chunk) => (body += chunk));
					res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
				});
				req.on('error', reject);
				req.end();
			}),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

describe('kept public pages served before SvelteKit', () => {
	let cache: PageCache;
	let pages: ReturnType<typeof site>;
	let server: Awaited<ReturnType<typeof nodeServer>>;
	beforeAll(async () => {
		cache = new PageCache(5000);
		pages = site();
		server = await nodeServer(cache);
	});
	afterAll(() => server.close());

	it('answers a kept page byte for byte with the headers SvelteKit gave it, without a render', async () => {
		cache.invalidate();
		const throughKit = await pages.visit(cache.handle, { path: '/konferenz/2027' });
		const renders = pages.renders;
		const direct = await server.get('/konferenz/2027');
		expect(pages.renders).toBe(renders);
		expect(direct.status).toBe(200);
		expect(direct.body).toBe(await throughKit.text());
		for (const name of ['etag', 'cache-control', 'vary', 'content-type', 'x-frame-options']) {
			expect(direct.headers[name], name).toBe(throughKit.headers.get(name));
		}
		expect(direct.headers['content-length']).toBe(String(Buffer.byteLength(direct.body)));
		expect(direct.headers['x-content-type-options']).toBe('nosniff');
		expect(direct.headers['strict-transport-security']).toBeUndefined();
		const behindTls = await server.get('/konferenz/2027', { 'x-forwarded-proto': 'https' });
		expect(behindTls.headers['strict-transport-security']).toMatch(/^max-age=/);
	});

	it('answers 304 to a browser that has the page, and 200 to one with another version', async () => {
		cache.invalidate();
		await pages.visit(cache.handle, { path: '/konferenz/2027' });
		const etag = (await server.get('/konferenz/2027')).headers.etag as string;
		const again = await server.get('/konferenz/2027', { 'if-none-match': `W/${etag}` });
		expect(again.status).toBe(304);
		expect(again.body).toBe('');
		expect(again.headers.etag).toBe(etag);
		expect(again.headers['content-type']).toBeUndefined();
		expect((await server.get('/konferenz/2027', { 'if-none-match': '"alt"' })).status).toBe(200);
	});

	it('keeps the language of the lang cookie apart, and leaves an unkept language to SvelteKit', async () => {
		cache.invalidate();
		await pages.visit(cache.handle, { path: '/konferenz/2027', locale: 'de' });
		expect((await server.get('/konferenz/2027', { cookie: 'lang=en' })).status).toBe(299);
		await pages.visit(cache.handle, { path: '/konferenz/2027', locale: 'en' });
		const english = await server.get('/konferenz/2027', { cookie: 'theme=x; lang=en' });
		expect(english.body).toContain('lang="en"');
		const german = await server.get('/konferenz/2027', { cookie: 'lang=xx' });
		expect(german.body).toContain('lang="de"');
	});

	it('leaves signed-in visitors, query strings, other methods, other paths and emptied pages to SvelteKit', async () => {
		cache.invalidate();
		await pages.visit(cache.handle, { path: '/konferenz/2027' });
		expect((await server.get('/konferenz/2027')).status).toBe(200);
		const passed = [
			await server.get('/konferenz/2027', { cookie: 'lang=de; sk_session=abc' }),
			await server.get('/konferenz/2027', { cookie: 'sk_session=' }),
			await server.get('/konferenz/2027?lang=en'),
			await server.get('/konferenz/2027?'),
			await server.get('/konferenz/2027', {}, 'HEAD'),
			await server.get('/konferenz/2027', { 'content-length': '0' }, 'POST'),
			await server.get('/konferenz/2027/anmeldung'),
			await server.get('/konferenz/2027/')
		];
		expect(passed.map((answer) => answer.status)).toEqual(passed.map(() => 299));
		cache.invalidate();
		expect((await server.get('/konferenz/2027')).status).toBe(299);
		const off = new PageCache(0);
		const offServer = await nodeServer(off);
		await pages.visit(off.handle, { path: '/konferenz/2027' });
		expect((await offServer.get('/konferenz/2027')).status).toBe(299);
		await offServer.close();
	});

	it('reads the session and language cookies the way SvelteKit does', () => {
		expect(visitorCookies(undefined)).toEqual({ session: undefined, lang: undefined });
		expect(visitorCookies('a=1; lang=en;sk_session=x; lang=de')).toEqual({
			session: 'x',
			lang: 'en'
		});
		expect(visitorCookies('sk_sessionx=1; xlang=en')).toEqual({
			session: undefined,
			lang: undefined
		});
	});
});

describe.each(backends)('rendered public pages after an edit on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await seedDatabase(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('renders the programme anew after a session was added in the back office', async () => {
		const now = new Date('2026-11-25T10:00:00Z');
		const [user] = await handle.db
			.insert(users)
			.values({ email: 'orga@example.org', name: 'Orga', role: 'organiser', createdAt: now })
			.returning();
		const edition = await anOpenEdition(handle.db, { year: 2161, capacity: 10 });
		const pages = site();
		publicPages.invalidate(); // the other backend's run filled the same process-wide cache
		await pages.visit(publicPages.handle, { path: '/konferenz/2161/programm' });
		await pages.visit(publicPages.handle, { path: '/konferenz/2161/programm' });
		expect(pages.renders).toBe(1);
		await addSession(
			handle.db,
			{ id: edition.id, date: '2161-06-16' },
			{
				kind: 'vortrag',
				title: 'Neu im Programm',
				description: null,
				startTime: null,
				endTime: null,
				room: null
			},
			{ actorUserId: user.id, now, origin: 'https://konferenz.example' }
		);
		await pages.visit(publicPages.handle, { path: '/konferenz/2161/programm' });
		expect(pages.renders).toBe(2);
	});
});
