import ICAL from 'ical.js';
import { expect, test } from './fixtures';

const publicPages = [
	{ path: '/', heading: 'Sozialkonferenz Ruhr' },
	{ path: '/konferenz/2023', heading: 'Praxis und Perspektiven der kommunalen Sozialplanung' },
	{ path: '/konferenz/2023/programm', heading: 'Programm der Sozialkonferenz Ruhr 2023' },
	{
		path: '/konferenz/2027',
		heading: 'Quartiere im Blick: Von der Sozialplanung zur Maßnahme (Demo)'
	},
	{ path: '/konferenz/2027/programm', heading: 'Programm der Sozialkonferenz Ruhr 2027' },
	{ path: '/konferenz/2024', heading: 'Sozialkonferenz Ruhr 2024' },
	{ path: '/archiv', heading: 'Archiv' },
	{ path: '/archiv?q=Sozialplanung', heading: 'Archiv' },
	{ path: '/archiv/2023', heading: 'Dokumentation der Sozialkonferenz Ruhr 2023' },
	{ path: '/archiv/2018', heading: 'Dokumentation der Sozialkonferenz Ruhr 2018' },
	{ path: '/quellen', heading: 'Quellen und Lizenzen' },
	{ path: '/?lang=en', heading: 'Sozialkonferenz Ruhr' }
];

for (const { path, heading } of publicPages) {
	test(`${path} shows its heading and has no serious accessibility violations`, async ({
		page,
		expectAccessible
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expectAccessible(page);
	});
}

test('the programme’s workshop slot lists the workshops offered in it', async ({ page }) => {
	await page.goto('/konferenz/2027/programm');
	const slot = page
		.locator('ol.timetable > li')
		.filter({ has: page.getByRole('heading', { name: 'Workshops', exact: true }) });
	const offered = slot.getByRole('list', { name: 'Workshops in „Workshops“' });
	await expect(offered.getByRole('listitem').first()).toContainText(
		'Workshop 1: Kleinräumige Daten lesen (Demo)'
	);
	await expect(offered).toContainText('Workshop 4: Beteiligung im Quartier (Demo)');
	// Other slots list none.
	await expect(page.locator('ol.timetable ul.workshops')).toHaveCount(1);
});

test('a visitor goes from the home page to the programme and takes it into a calendar', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByText('Nächste Konferenz')).toBeVisible();
	await page.getByRole('link', { name: 'Zum Programm' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Programm der Sozialkonferenz Ruhr 2027'
	);

	// Every timetable row on the page must appear in the calendar file at the same Berlin time.
	const rows = page.locator('ol.timetable > li');
	const shown: { title: string; start: string; end: string }[] = [];
	for (const row of await rows.all()) {
		const times = await row.locator('.when time').allTextContents();
		shown.push({
			title: (await row.getByRole('heading').textContent())!.trim(),
			start: times[0],
			end: times[1]
		});
	}
	expect(shown.length).toBeGreaterThan(5);

	const href = await page
		.getByRole('link', { name: 'Ganzes Programm in den Kalender (.ics)' })
		.getAttribute('href');
	const response = await page.request.get(href!);
	expect(response.headers()['content-type']).toContain('text/calendar');
	const text = await response.text();
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
	expect(events).toHaveLength(shown.length);
	expect(text.match(/^DTSTART;TZID=Europe\/Berlin:/gm)).toHaveLength(shown.length);
	const hhmm = (t: ICAL.Time) =>
		`${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
	events.forEach((event, i) => {
		expect(event.summary).toContain(shown[i].title);
		expect(hhmm(event.startDate)).toBe(shown[i].start);
		expect(hhmm(event.endDate)).toBe(shown[i].end);
	});
});

test('a visitor searches the archive and finds the 2023 conference', async ({ page }) => {
	await page.goto('/archiv');
	await page.getByRole('searchbox', { name: 'Archiv durchsuchen' }).fill('Sozialplanung');
	await page.getByRole('button', { name: 'Suchen' }).click();
	await expect(page).toHaveURL(/\/archiv\?q=Sozialplanung/);
	const result = page
		.getByRole('link', { name: 'Praxis und Perspektiven der kommunalen Sozialplanung' })
		.first();
	await expect(result).toBeVisible();
	await expect(page.locator('mark', { hasText: 'Sozialplanung' }).first()).toBeVisible();
	await result.click();
	await expect(page).toHaveURL(/\/konferenz\/2023$/);
	await expect(page.getByText('Hans-Sachs-Haus')).toBeVisible();
	await expect(page.getByText('Ebertstraße 11')).toBeVisible();
});

test('a search without hits says so', async ({ page }) => {
	await page.goto('/archiv?q=Raumfahrt');
	await expect(page.getByRole('heading', { name: /Keine Treffer für „Raumfahrt“/ })).toBeVisible();
});

test('keyboard users can skip to the content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#inhalt')).toBeFocused();
});

test('the interface switches to English and remembers it', async ({ page }) => {
	await page.goto('/konferenz/2023');
	await page.getByRole('link', { name: 'Switch to English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'Key facts' })).toBeVisible();
	await page.goto('/archiv');
	await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible();
});

test.describe(() => {
	test.use({ allowedConsoleErrors: [/status of 404/] });

	test('an unknown year gets a 404 page with a way home', async ({ page }) => {
		const response = await page.goto('/konferenz/1999');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Fehler 404' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Zur Startseite' })).toBeVisible();
	});
});
