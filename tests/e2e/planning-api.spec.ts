import { expect, test } from '@playwright/test';

test('GET /api/planning/municipalities/{ags}/programme gives the public part of the demo plan', async ({
	request
}) => {
	const response = await request.get('/api/planning/municipalities/05513000/programme');
	expect(response.status()).toBe(200);
	const body = await response.json();
	const [plan] = body.plans;
	expect(plan).toMatchObject({ isDemo: true, status: 'beschlossen', scope: { kind: 'gemeinde' } });
	expect(plan.goals.length).toBeGreaterThan(5);
	expect(plan.targets.length).toBeGreaterThanOrEqual(5);
	expect(plan.measures.every((m: { title: string }) => m.title.endsWith('(Demo)'))).toBe(true);
	expect(JSON.stringify(body)).not.toContain('budget');
});

test('the programme API answers a municipality without plans with an empty list, one outside the Ruhr with 404', async ({
	request
}) => {
	const bottrop = await request.get('/api/planning/municipalities/05512000/programme');
	expect((await bottrop.json()).plans).toEqual([]);
	const cologne = await request.get('/api/planning/municipalities/05315000/programme');
	expect(cologne.status()).toBe(404);
});
