import { expect, test } from '@playwright/test';

test('GET /api/health reports a ready database', async ({ request }) => {
	const response = await request.get('/api/health');
	expect(response.status()).toBe(200);
	expect(await response.json()).toMatchObject({ status: 'ok', database: 'pglite' });
});

test('GET /api/editions lists the editions newest first', async ({ request }) => {
	const body = await (await request.get('/api/editions')).json();
	const years: number[] = body.editions.map((e: { year: number }) => e.year);
	expect(years).toEqual([...years].sort((a, b) => b - a));
	// The demo's editions; tests running alongside may have added editions of far-off years.
	const demo = [2027, 2025, 2024, 2023, 2019, 2018];
	expect(years.filter((y) => demo.includes(y))).toEqual(demo);
	expect(body.editions.find((e: { year: number }) => e.year === 2027)).toMatchObject({
		isDemo: true,
		links: { self: '/api/editions/2027' }
	});
});

test('GET /api/editions/{year} returns sessions and speakers', async ({ request }) => {
	const body = await (await request.get('/api/editions/2027')).json();
	expect(body.sessions.length).toBeGreaterThan(5);
	expect(body.sessions[0]).toMatchObject({
		kind: 'ankommen',
		startsAt: '2027-06-16T07:00:00.000Z'
	});
	const e2023 = await (await request.get('/api/editions/2023')).json();
	expect(e2023.speakers.map((s: { name: string }) => s.name)).toContain('Gabriele Schmidt');
	expect(e2023.venue).toEqual({
		name: 'Hans-Sachs-Haus',
		street: 'Ebertstraße 11',
		postcode: '45879',
		city: 'Gelsenkirchen'
	});
});

test('GET /api/editions/{year} answers an unknown year with 404 and a message', async ({
	request
}) => {
	const response = await request.get('/api/editions/1999');
	expect(response.status()).toBe(404);
	expect((await response.json()).message).toContain('1999');
});

test('the OpenAPI document describes every public endpoint', async ({ request }) => {
	const doc = await (await request.get('/api/openapi.json')).json();
	expect(doc.openapi).toBe('3.1.0');
	expect(Object.keys(doc.paths).sort()).toEqual([
		'/api/editions',
		'/api/editions/{year}',
		'/api/editions/{year}/registrations',
		'/api/health',
		'/api/monitoring/indicators',
		'/api/monitoring/municipalities',
		'/api/monitoring/municipalities/{ags}/areas',
		'/api/monitoring/municipalities/{ags}/values',
		'/api/planning/municipalities/{ags}/programme',
		'/api/planning/municipalities/{ags}/reports'
	]);
});

test('pages carry security headers', async ({ request }) => {
	const response = await request.get('/');
	const headers = response.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('POST registrations answers bad input with 422 and every field, and stores nothing', async ({
	request
}) => {
	const before = await (await request.get('/api/editions/2027')).json();
	const response = await request.post('/api/editions/2027/registrations', {
		data: { firstName: 'x'.repeat(101), email: 'nope', municipality: '5513000' }
	});
	expect(response.status()).toBe(422);
	const fields = (await response.json()).errors.map((e: { field: string }) => e.field);
	expect(fields).toEqual(
		expect.arrayContaining(['firstName', 'lastName', 'email', 'sector', 'municipality'])
	);
	const after = await (await request.get('/api/editions/2027')).json();
	expect(after.seatsTaken + after.waitlisted).toBe(before.seatsTaken + before.waitlisted);
});

test('POST registrations refuses an edition without registration with 409', async ({ request }) => {
	const response = await request.post('/api/editions/2023/registrations', {
		data: {
			firstName: 'A',
			lastName: 'B',
			email: 'a@example.org',
			sector: 'politik',
			municipality: 'extern',
			privacyAcknowledged: true
		}
	});
	expect(response.status()).toBe(409);
	expect((await response.json()).errors[0].message).toContain('keine Anmeldung');
});

test('POST registrations answers a repeated address exactly like a new one', async ({
	request
}) => {
	const email = `twice-${Date.now().toString(36)}@example.org`;
	const body = (firstName: string) => ({
		firstName,
		lastName: 'Zweimal',
		email,
		sector: 'politik',
		municipality: '05911000',
		privacyAcknowledged: true
	});
	const before = await (await request.get('/api/editions/2027')).json();
	const first = await request.post('/api/editions/2027/registrations', { data: body('Erst') });
	const again = await request.post('/api/editions/2027/registrations', { data: body('Zweit') });
	expect(first.status()).toBe(202);
	expect(again.status()).toBe(202);
	expect(await again.text()).toBe(await first.text());
	expect(await first.json()).toMatchObject({ status: 'mail_sent' });
	expect(first.headers()['content-type']).toBe(again.headers()['content-type']);
	const after = await (await request.get('/api/editions/2027')).json();
	expect(after.seatsTaken + after.waitlisted).toBe(before.seatsTaken + before.waitlisted + 1);
});

test('POST registrations rejects a body that is not JSON', async ({ request }) => {
	const response = await request.post('/api/editions/2027/registrations', {
		headers: { 'content-type': 'application/json' },
		data: Buffer.from('{kaputt')
	});
	expect(response.status()).toBe(400);
});
