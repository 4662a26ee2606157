import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The demo: an invented, published plan for Gelsenkirchen (05513000) with ten public measures on
// its demo areas; Bochum (05911000) has demo areas of its own but no plan.
const GE = '05513000';
const MEASURE = 'Quartiersnahe Beschäftigungsberatung (Demo)';

async function noSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `sideways scroll on ${page.url()}`).toBeLessThanOrEqual(0);
}

test('a visitor finds Gelsenkirchen’s public measures on the map, in the list and on an area profile', async ({
	page,
	expectAccessible
}) => {
	await page.goto(`/atlas/${GE}`);
	await page.getByRole('link', { name: 'Öffentliche Maßnahmen in Gelsenkirchen' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Öffentliche Maßnahmen: Gelsenkirchen' })
	).toBeVisible();
	// The map: areas with measures are links named with their count; the legend says what the colours mean.
	const map = page.getByRole('group', { name: /Gebiete mit öffentlichen Maßnahmen/ });
	await expect(map.getByRole('link', { name: /öffentliche Maßnahmen?$/ }).first()).toBeVisible();
	await expect(page.getByText('Gebiet mit öffentlicher Maßnahme')).toBeVisible();
	// The list, with outputs under disclosure control: a count of 2 is shown as the mark only.
	const list = page.getByRole('region', { name: 'Maßnahmen' });
	await expect(list.getByRole('heading', { name: MEASURE })).toBeVisible();
	const eviction = list.getByRole('listitem').filter({ hasText: 'Abgewendete Räumungen' }).last();
	await expect(eviction).toHaveText(/Abgewendete Räumungen:\s*\.$/);
	expect(await page.content()).not.toMatch(/Abgewendete Räumungen[^}]{0,40}count:\s*2\b/);
	await expectAccessible(page);

	// Filter by field and status: a GET form.
	await page.getByLabel('Handlungsfeld').selectOption('kultur');
	await page.getByRole('button', { name: 'Anzeigen' }).click();
	await expect(page).toHaveURL(/feld=kultur/);
	await expect(
		list.getByRole('heading', { name: 'Kulturrucksack im Quartier (Demo)' })
	).toBeVisible();
	await expect(list.getByRole('heading', { name: MEASURE })).toHaveCount(0);

	// The text alternative leads to an area's profile, which says what happens there.
	await page.goto(`/atlas/${GE}/massnahmen`);
	const areas = page.getByRole('region', { name: 'Gebiete und ihre Maßnahmen' });
	const row = areas.getByRole('listitem').filter({ hasText: MEASURE }).first();
	await row.getByRole('link').first().click();
	const here = page.getByRole('region', { name: 'Was hier geschieht' });
	await expect(here.getByRole('link', { name: MEASURE })).toBeVisible();
	await expectAccessible(page);

	const geojson = await page.request.get(`/atlas/${GE}/massnahmen.geojson`);
	expect(geojson.status()).toBe(200);
	const body = await geojson.json();
	expect(body.features.length).toBeGreaterThan(0);
	expect(JSON.stringify(body)).not.toContain('Abgewendete');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('"areas like mine": a visitor from a Bochum area finds a measure in a similar Gelsenkirchen area', async ({
		page
	}) => {
		await page.goto('/praxisbeispiele');
		const like = page.getByRole('region', { name: 'Maßnahmen in Gebieten wie meinem' });
		await expect(like.getByText(/Gebietstyp fasst die Gebiete/)).toBeVisible();
		await like.getByLabel('Meine Kommune').selectOption({ label: 'Bochum' });
		await like.getByRole('button', { name: 'Gebiete anzeigen' }).click();
		await like.getByLabel('Mein Gebiet').selectOption({ index: 1 });
		await like.getByRole('button', { name: 'Ähnliche Gebiete suchen' }).click();
		await expect(page).toHaveURL(/gemeinde=05911000&gebiet=/);
		await expect(like.getByText(/in Bochum:/)).toBeVisible();
		await expect(like.getByText(/Maßnahmen? in ähnlichen Gebieten anderer Kommunen/)).toBeVisible();
		const first = like.getByRole('listitem').filter({ hasText: '(Demo)' }).first();
		await expect(first).toContainText('Gelsenkirchen');
		await expect(first).toContainText(/gleicher Gebietstyp|gleiche MSS-Statusklasse/);
	});

	test('the search finds a measure by words and by field', async ({ page }) => {
		await page.goto('/praxisbeispiele?q=coaching');
		const search = page.getByRole('region', { name: 'Maßnahmen suchen' });
		await expect(
			search.getByRole('link', { name: 'Coaching für Langzeitarbeitslose (Demo)' })
		).toBeVisible();
		await expect(search.getByText('1 Maßnahme gefunden')).toBeVisible();
		await page.goto('/praxisbeispiele?feld=wohnen&zielgruppe=');
		await expect(
			search.getByRole('link', { name: 'Modernisierung familiengerechter Wohnungen (Demo)' })
		).toBeVisible();
		await expect(search.getByRole('link', { name: MEASURE })).toHaveCount(0);
	});
});

test('the Praxisbeispiele are linked from the navigation and the atlas, and accessible', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/atlas');
	await page.getByRole('link', { name: /Praxisbeispiele: öffentliche Maßnahmen/ }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Praxisbeispiele aus der Metropole Ruhr' })
	).toBeVisible();
	await expect(
		page
			.getByRole('navigation', { name: /./ })
			.first()
			.getByRole('link', { name: 'Praxisbeispiele' })
	).toHaveAttribute('aria-current', 'page');
	await expectAccessible(page);
});

test('the English version speaks English', async ({ page, expectAccessible }) => {
	await page.goto('/praxisbeispiele?lang=en&gemeinde=05911000&gebiet=001');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Practice examples from the Metropole Ruhr' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Measures in areas like mine' })).toBeVisible();
	await expect(page.getByText(/measures? in similar areas of other municipalities/)).toBeVisible();
	const main = (await page.getByRole('main').innerText()).replace(
		/\([^)]*\)|[^\n]*\(Demo\)[^\n]*/g,
		''
	);
	for (const german of [
		'Maßnahmen',
		'Handlungsfeld',
		'Gebietstyp',
		'Zielgruppe',
		'Stand',
		'Suchen'
	])
		expect(main, german).not.toContain(german);
	await expectAccessible(page);
	await page.goto(`/atlas/${GE}/massnahmen?lang=en`);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Public measures: Gelsenkirchen' })
	).toBeVisible();
	await expect(page.getByText('Area with a public measure')).toBeVisible();
});

test('the public measure pages fit a 390-px screen without sideways scrolling', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const path of [
		`/atlas/${GE}/massnahmen`,
		'/praxisbeispiele',
		'/praxisbeispiele?gemeinde=05911000&gebiet=001',
		`/atlas/${GE}/001`
	]) {
		await page.goto(path);
		await noSidewaysScroll(page);
	}
});
