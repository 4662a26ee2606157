import { describe, expect, it, vi } from 'vitest';
import { isHttpError, type RequestEvent } from '@sveltejs/kit';
import { handleError } from '../../hooks.server';
import {
	answerUnreadableForms,
	bodySizeLimit,
	malformedBody,
	malformedResponse,
	requestProblem
} from './malformed';

const headers = (init: Record<string, string>) => new Headers(init);
const form = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '20' };
const json = { 'content-type': 'application/json', 'content-length': '20' };
const page = '/admin/konferenzen/[jahr=year]/bearbeiten';
const api = '/api/editions/[year=year]/registrations';

describe('requests the server cannot read', () => {
	it('reads the body size limit the way adapter-node does', () => {
		expect(bodySizeLimit('512K')).toBe(524_288);
		expect(bodySizeLimit('64M')).toBe(67_108_864);
		expect(bodySizeLimit('1000')).toBe(1000);
		expect(bodySizeLimit('Infinity')).toBe(Infinity);
	});

	it('refuses a JSON body to a form action and a form body to the JSON API with 415', () => {
		expect(malformedBody('POST', page, headers(json), 1000)).toEqual({
			status: 415,
			key: 'request.err.unsupportedType',
			json: false
		});
		expect(malformedBody('POST', api, headers(form), 1000)).toEqual({
			status: 415,
			key: 'request.err.unsupportedType',
			json: true
		});
		expect(malformedBody('POST', '/tisch/[token]/notiz', headers(form), 1000)?.status).toBe(415);
	});

	it('refuses a body above the limit with 413, whatever its type', () => {
		const big = { ...form, 'content-length': '1001' };
		expect(malformedBody('POST', page, headers(big), 1000)?.status).toBe(413);
		expect(
			malformedBody('POST', api, headers({ ...json, 'content-length': '1001' }), 1000)
		).toEqual({ status: 413, key: 'request.err.tooLarge', json: true });
	});

	it('lets well-formed posts, uploads and reads through', () => {
		expect(malformedBody('POST', page, headers(form), 1000)).toBeNull();
		const upload = { 'content-type': 'multipart/form-data; boundary=x', 'content-length': '900' };
		expect(malformedBody('POST', page, headers(upload), 1000)).toBeNull();
		expect(
			malformedBody(
				'POST',
				api,
				headers({ ...json, 'content-type': 'application/json; charset=utf-8' }),
				1000
			)
		).toBeNull();
		expect(malformedBody('GET', page, headers(json), 1000)).toBeNull();
		expect(malformedBody('POST', null, headers(json), 1000)).toBeNull();
	});

	it('answers a page with readable HTML in its language and the API with JSON', async () => {
		const html = malformedResponse(
			{ status: 413, key: 'request.err.tooLarge', json: false },
			'en',
			1024
		);
		expect(html.status).toBe(413);
		expect(html.headers.get('content-type')).toContain('text/html');
		const text = await html.text();
		expect(text).toContain('<html lang="en">');
		expect(text).toContain('The request is too large. At most 1 KB are allowed.');
		const body = malformedResponse(
			{ status: 415, key: 'request.err.unsupportedType', json: true },
			'de',
			1024
		);
		expect(await body.json()).toEqual({
			errors: [{ field: 'body', message: expect.stringContaining('Format') }]
		});
	});

	it('answers a multipart body that cannot be parsed with 400, and leaves a good one readable', async () => {
		const broken = new Request('http://x/form', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=abc', 'content-length': '15' },
			body: 'no parts at all'
		});
		expect(await requestProblem(broken, page, 1000)).toEqual({
			status: 400,
			key: 'request.err.unreadable',
			json: false
		});
		const body = new FormData();
		body.set('title', 'Konferenz');
		const encoded = new Request('http://x/form', { method: 'POST', body });
		const bytes = new Uint8Array(await encoded.arrayBuffer());
		const good = new Request('http://x/form', {
			method: 'POST',
			headers: {
				'content-type': encoded.headers.get('content-type')!,
				'content-length': String(bytes.byteLength)
			},
			body: bytes
		});
		expect(await requestProblem(good, page, 10_000)).toBeNull();
		expect((await good.formData()).get('title')).toBe('Konferenz');
	});

	/** What the action's `request.formData()` throws: the status and message of an expected error. */
	async function readingFails(request: Request): Promise<{ status: number; message: string }> {
		try {
			await request.formData();
		} catch (e) {
			if (isHttpError(e)) return { status: e.status, message: e.body.message };
			throw e;
		}
		throw new Error('read');
	}

	it('answers an upload too large to check in advance with 400 when it cannot be parsed, readable', async () => {
		// Above the 1 MB checked up front: a multipart upload whose closing boundary never comes.
		const start = '--abc\r\nContent-Disposition: form-data; name="datei"; filename="w.csv"\r\n\r\n';
		const body = start + 'a'.repeat(1_500_000);
		const broken = new Request('http://x/planung/05513000/import', {
			method: 'POST',
			headers: {
				'content-type': 'multipart/form-data; boundary=abc',
				'content-length': String(body.length)
			},
			body
		});
		expect(await requestProblem(broken, '/planung/[ags=ags]/import', 64 * 1024 * 1024)).toBeNull();
		answerUnreadableForms(broken, 'de', 64 * 1024 * 1024);
		expect(await readingFails(broken)).toEqual({
			status: 400,
			message:
				'Die Anfrage ist beschädigt und kann nicht gelesen werden. Bitte senden Sie das Formular erneut.'
		});
	});

	it('answers a body that grows past the limit while it is read with 413, readable', async () => {
		const tooLarge = Object.assign(new Error('request body size exceeded BODY_SIZE_LIMIT'), {
			status: 413
		});
		const stream = new ReadableStream({ pull: (controller) => controller.error(tooLarge) });
		const request = new Request('http://x/planung/05513000/import', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=abc' },
			body: stream,
			duplex: 'half'
		} as RequestInit);
		answerUnreadableForms(request, 'en', 64 * 1024 * 1024);
		expect(await readingFails(request)).toEqual({
			status: 413,
			message: 'The request is too large. At most 64 MB are allowed.'
		});
	});

	it('leaves a good form readable after the guard is installed', async () => {
		const request = new Request('http://x/form', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'title=Konferenz'
		});
		answerUnreadableForms(request, 'de', 1000);
		expect((await request.formData()).get('title')).toBe('Konferenz');
	});

	it('answers a JSON body that grew past the limit while it was read with a readable 413 and no log', async () => {
		const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const event = {
				request: new Request('https://konferenz.example/api/editions/2027/registrations', {
					method: 'POST'
				}),
				url: new URL('https://konferenz.example/api/editions/2027/registrations'),
				locals: { locale: 'en' }
			} as unknown as RequestEvent;
			const tooLarge = Object.assign(new Error('request body size exceeded BODY_SIZE_LIMIT'), {
				status: 413
			});
			const answer = await handleError({
				error: tooLarge,
				status: 413,
				message: 'Payload Too Large',
				event
			});
			expect(answer).toEqual({ message: expect.stringMatching(/^The request is too large\./) });
			expect(printed).not.toHaveBeenCalled();
		} finally {
			printed.mockRestore();
		}
	});
});
