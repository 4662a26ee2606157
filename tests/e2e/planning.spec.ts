import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The planner's Handlungsprogramm screens with the demo content (Gelsenkirchen, 05513000):
 * a planner builds a plan from the atlas — a Handlungsraum from the MSS attention areas, a goal,
 * a target, a measure with a new partner — imports a new year and sees the Fortschreibung change.
 * Planners of another municipality and Kreis planners of another Kreis are refused (403).
 */
const AGS = '05513000';
const planner = { email: 'demo-planung@sozialkonferenz.example', password: 'Schalker-Markt-45879' };
const admin = { email: 'demo-admin@sozialkonferenz.example', password: 'Zeche-Zollverein-1986' };
const PAGES = ['programm', 'massnahmen', 'massnahmen/neu', 'fortschreibung'];

async function signIn(page: Page, who: { email: string; password: string }) {
	await page.goto('/anmelden', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(who.email);
	await page.getByLabel('Passwort', { exact: true }).fill(who.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page).not.toHaveURL(/\/anmelden/);
}

async function noSidewaysScroll(page: Page) {
	const { scroll, client, wide } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth,
		wide: [...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
			.slice(0, 8)
			.map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
	}));
	expect(scroll, `sideways scroll on ${page.url()}: ${wide.join(' | ')}`).toBeLessThanOrEqual(
		client
	);
}

test.describe.configure({ mode: 'serial' });

test('a planner builds a plan from the atlas, imports a new year and sees the Fortschreibung change', async ({
	page,
	expectAccessible
}) => {
	test.setTimeout(180_000);
	const stamp = Date.now();
	const title = `Handlungsprogramm Test ${stamp}`;
	await signIn(page, planner);
	await page.goto(`/planung/${AGS}`);
	await page
		.getByRole('region', { name: 'Handlungsprogramm' })
		.getByRole('link', { name: 'Handlungsprogramm' })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Handlungsprogramm Gelsenkirchen' })
	).toBeVisible();
	await expectAccessible(page);

	// A new plan (the demo plan stays as it is).
	await page.getByText('Handlungsprogramm anlegen', { exact: true }).first().click();
	const newPlan = page.locator('form', {
		has: page.getByRole('button', { name: 'Handlungsprogramm anlegen' })
	});
	await newPlan.getByLabel('Titel').fill(title);
	await newPlan.getByLabel('Zeitraum von (Jahr)').fill('2023');
	await newPlan.getByLabel('Zeitraum bis (Jahr)').fill('2030');
	await newPlan.getByLabel('Ausgangsjahr der Daten').fill('2022');
	await newPlan.getByRole('button', { name: 'Handlungsprogramm anlegen' }).click();
	await expect(page).toHaveURL(/\?plan=\d+$/);
	const planId = new URL(page.url()).searchParams.get('plan');
	await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
	await expect(page.getByText('Gesamte Kommune Gelsenkirchen')).toBeVisible();

	// Handlungsraum: the MSS attention areas in one click.
	await page
		.getByRole('button', { name: 'MSS-Aufmerksamkeitsgebiete als Handlungsraum übernehmen' })
		.click();
	const raeume = page.getByRole('region', { name: 'Handlungsräume' });
	await expect(
		raeume.locator('strong', { hasText: 'MSS-Aufmerksamkeitsgebiete Gelsenkirchen' })
	).toBeVisible();

	// A second Handlungsraum chosen on the map: a click on an area ticks it in the list, and a
	// tick in the list colours the area on the map.
	await page.getByText('Neuer Handlungsraum aus Karte oder Gebietsliste', { exact: true }).click();
	const raumForm = page.locator('form', {
		has: page.getByRole('button', { name: 'Handlungsraum speichern' })
	});
	const newRaum = raumForm.filter({ hasNot: page.locator('input[name="id"]') });
	await newRaum.getByLabel('Name').fill('Auf der Karte gewählt');
	const map = newRaum.getByTestId('area-map');
	await expect(map).toBeVisible();
	const boxes = newRaum.getByRole('checkbox');
	const [first, second] = [boxes.nth(0), boxes.nth(1)];
	const firstId = await first.getAttribute('value');
	const secondId = await second.getAttribute('value');
	await map.locator(`path[data-area="${firstId}"]`).click();
	await expect(first).toBeChecked();
	await second.check();
	await expect(map.locator(`path[data-area="${secondId}"]`)).toHaveClass(/chosen/);
	await map.locator(`path[data-area="${firstId}"]`).click();
	await expect(first).not.toBeChecked();
	await map.locator(`path[data-area="${firstId}"]`).click();
	await expect(first).toBeChecked();
	await expectAccessible(page);
	await newRaum.getByRole('button', { name: 'Handlungsraum speichern' }).click();
	const chosen = raeume.locator('li', { hasText: 'Auf der Karte gewählt' });
	await expect(chosen).toContainText('2 Gebiete');

	// A goal (Leitziel in the field Arbeit).
	await page.getByText('Neues Ziel', { exact: true }).click();
	const goalForm = page.locator('form', {
		has: page.getByRole('button', { name: 'Ziel anlegen' })
	});
	await goalForm.getByLabel('Titel des Ziels').fill('Mehr Menschen in Arbeit');
	await goalForm.getByRole('checkbox', { name: 'Arbeit', exact: true }).check();
	await goalForm.getByLabel('Zielgruppe').fill('Langzeitarbeitslose');
	await goalForm.getByRole('button', { name: 'Ziel anlegen' }).click();
	await expect(page.getByText('Mehr Menschen in Arbeit', { exact: true }).first()).toBeVisible();

	// A target: SGB-II-Quote in the attention areas, close the gap by 20 % until 2030.
	await page.getByText('Neuer Zielwert', { exact: true }).click();
	const targetForm = page.locator('form', {
		has: page.getByRole('button', { name: 'Zielwert festlegen' })
	});
	await targetForm.getByLabel('Indikator').selectOption('sgb2_quote');
	const raum = targetForm.getByLabel('Handlungsraum');
	const raumId = await raum
		.locator('option', { hasText: 'MSS-Aufmerksamkeitsgebiete' })
		.getAttribute('value');
	await raum.selectOption(raumId!);
	await targetForm.getByLabel('Zieljahr').fill('2030');
	await targetForm
		.getByRole('radio', { name: 'Abstand zum Gemeindewert um einen Prozentsatz verringern' })
		.check();
	await targetForm.getByLabel(/Abstand verringern um/).fill('20');
	await targetForm.getByRole('button', { name: 'Zielwert festlegen' }).click();
	const targets = page.getByRole('table', { name: /^Zielwerte:/ });
	await expect(targets.getByRole('row', { name: /SGB-II-Quote/ })).toContainText(
		'Noch keine Daten nach dem Ausgangsjahr'
	);
	await expect(page.getByRole('img', { name: /Ausgangswert 2022/ })).toBeVisible();
	await expectAccessible(page);
	const codes = (await page.locator('fieldset.areas').first().locator('label').allTextContents())
		.map((text) => text.trim().split(/\s+/)[0])
		.filter(Boolean);
	expect(codes.length).toBeGreaterThan(10);

	// A measure with a new partner organisation.
	await page.getByRole('link', { name: 'Neue Maßnahme' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Neue Maßnahme/ })).toBeVisible();
	const orgName = `Stadtteilverein Test ${stamp}`;
	await page.getByLabel('Name der Organisation', { exact: true }).fill(orgName);
	await page.getByLabel('Art', { exact: true }).selectOption('verein');
	await page.getByRole('button', { name: 'Organisation anlegen' }).click();
	await expect(page.getByText('Die Organisation ist angelegt')).toBeVisible();
	const measure = `Beschäftigungslotsen ${stamp}`;
	await page.getByLabel('Titel', { exact: true }).fill(measure);
	await page.getByLabel('Beschreibung', { exact: true }).fill('Beratung im Quartier.');
	await page.getByRole('checkbox', { name: 'Arbeit', exact: true }).check();
	await page.getByLabel('Status', { exact: true }).selectOption('laufend');
	await page.getByLabel('Beginn', { exact: true }).fill('2024-01-01');
	await page.getByLabel('Ende', { exact: true }).fill('2026-12-31');
	await page.getByLabel('Budget geplant (Euro)').fill('120000');
	await page.getByLabel('Finanzierungsquelle', { exact: true }).selectOption('esf_plus');
	await page
		.getByLabel('Federführende Organisation')
		.selectOption({ label: 'Jobcenter Gelsenkirchen (Demo)' });
	// The partner search narrows the directory to the new organisation.
	await page.getByLabel('Partner suchen').fill(`stadtteilverein ${stamp}`);
	await expect(page.getByRole('checkbox', { name: /Jobcenter Gelsenkirchen/ })).toBeHidden();
	await page.getByRole('checkbox', { name: new RegExp(orgName) }).check();
	await page.getByLabel('Partner suchen').fill('');
	await expect(page.getByRole('checkbox', { name: /Jobcenter Gelsenkirchen/ })).toBeVisible();
	await page.getByRole('checkbox', { name: /MSS-Aufmerksamkeitsgebiete/ }).check();
	await page.getByRole('checkbox', { name: 'Leitziel: Mehr Menschen in Arbeit' }).check();
	await page
		.getByLabel('Erwarteter Beitrag zu „Mehr Menschen in Arbeit“')
		.fill('Mehr Beratung vor Ort.');
	await page.getByLabel('Leistung 1', { exact: true }).fill('Beratene Personen');
	await page.getByLabel('Anzahl 1', { exact: true }).fill('25');
	await page.getByLabel(/Öffentlich zeigen/).check();
	await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: `Maßnahme bearbeiten: ${measure}` })
	).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
	await expect(page.getByRole('checkbox', { name: new RegExp(orgName) })).toBeChecked();
	await expectAccessible(page);

	// The list, filtered without JavaScript by a GET form.
	await page.goto(`/planung/${AGS}/massnahmen?plan=${planId}`);
	await page.getByLabel('Handlungsfeld').selectOption('arbeit');
	await page.getByLabel('Organisation').selectOption({ label: orgName });
	await page.getByRole('button', { name: 'Filtern' }).click();
	await expect(page).toHaveURL(/field=arbeit/);
	await expect(page.getByRole('row', { name: new RegExp(measure) })).toBeVisible();
	await expect(page.getByText('1 von 1 Maßnahmen')).toBeVisible();
	await expectAccessible(page);
	const csv = await page.request.get(`/planung/${AGS}/massnahmen/massnahmen.csv?plan=${planId}`);
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain(orgName);
	const xlsx = await page.request.get(`/planung/${AGS}/massnahmen/massnahmen.xlsx?plan=${planId}`);
	expect(xlsx.status()).toBe(200);
	const sheet = unzipSync(new Uint8Array(await xlsx.body()))['xl/worksheets/sheet1.xml'];
	expect(strFromU8(sheet)).toContain(orgName);

	// Before the import: no data after the baseline year.
	await page.goto(`/planung/${AGS}/fortschreibung?plan=${planId}`);
	const review = page.getByRole('table', { name: 'Zielwerte, ungünstigste Entwicklung zuerst' });
	await expect(review.getByRole('row', { name: /SGB-II-Quote/ })).toContainText(
		'Noch keine Daten nach dem Ausgangsjahr'
	);
	await expect(page.locator('main')).not.toContainText('Wirkung');
	await expectAccessible(page);

	// A new year (2023) of the SGB-II-Quote through the import page.
	const rows = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	for (const code of codes) rows.push(`${code};sgb2_quote;2023;5,00;50;1000`);
	await page.goto(`/planung/${AGS}/import`);
	await page
		.getByLabel('Datei', { exact: true })
		.first()
		.setInputFiles({
			name: `sgb2-2023-${stamp}.csv`,
			mimeType: 'text/csv',
			buffer: Buffer.from(rows.join('\n'))
		});
	await page.getByRole('button', { name: 'Werte hochladen' }).click();
	await expect(
		page.getByText(`„sgb2-2023-${stamp}.csv“ ist als Entwurf gespeichert – noch nicht öffentlich.`)
	).toBeVisible();

	// Progress follows the published values: the draft does not count until it is published.
	await page.goto(`/planung/${AGS}/fortschreibung?plan=${planId}`);
	const row = review.getByRole('row', { name: /SGB-II-Quote/ });
	await expect(row).toContainText('Noch keine Daten nach dem Ausgangsjahr');
	await page.goto(`/planung/${AGS}/import?bestaetigen=veroeffentlichen`);
	await page.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
	await expect(page.getByText(/^Veröffentlicht: .* Werte sind jetzt öffentlich\.$/)).toBeVisible();

	await page.goto(`/planung/${AGS}/fortschreibung?plan=${planId}`);
	await expect(row).not.toContainText('Noch keine Daten nach dem Ausgangsjahr');
	await expect(row).toContainText('2023');
	await expect(row).toContainText(/Ziel erreicht|Entwicklung/);
	await expectAccessible(page);
});

test('the English programme page speaks English, and the pages fit a 390 px screen', async ({
	page,
	expectAccessible
}) => {
	await signIn(page, planner);
	await page.goto(`/planung/${AGS}/programm?lang=en`);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Action programme Gelsenkirchen' })
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Action areas' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Handlungsräume' })).toHaveCount(0);
	await expectAccessible(page);
	// A measure that does not exist: the 404 answers in English too.
	const missing = await page.request.get(`/planung/${AGS}/massnahmen/999999`);
	expect(missing.status()).toBe(404);
	expect(await missing.text()).toContain('This measure is not part of this plan.');
	await page.goto(`/planung/${AGS}/fortschreibung?lang=de`);

	await page.setViewportSize({ width: 390, height: 844 });
	for (const path of PAGES) {
		await page.goto(`/planung/${AGS}/${path}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await noSidewaysScroll(page);
	}
	await expectAccessible(page);
});

/** The newest mail of a kind to an address on the development outbox page, as its text. */
async function mailText(page: Page, to: string, kind: string): Promise<string> {
	await page.goto('/dev/postausgang');
	const card = page
		.locator(`li[data-mail-kind="${kind}"]`, { has: page.locator('.mail-to', { hasText: to }) })
		.first();
	return (await card.locator('.mail-text').textContent()) ?? '';
}

/** A Kreis planner of the given Kreis, created through the admin's user form and its invitation. */
async function kreisPlannerAccount(
	page: Page,
	kreis: string
): Promise<{ email: string; password: string }> {
	const email = `kreis-${Date.now()}@kreis.example`;
	const password = 'Halde Hoheward 2026';
	await signIn(page, admin);
	await page.goto('/admin/benutzer');
	await page.getByLabel('E-Mail-Adresse').fill(email);
	await page.getByLabel('Name', { exact: true }).fill('Kreis Planerin');
	await page.getByLabel('Rolle').selectOption({ label: 'Kreissozialplanung' });
	await page.getByLabel('Kreis', { exact: true }).selectOption({ label: kreis });
	await page.getByRole('button', { name: 'Konto anlegen und Einladung senden' }).click();
	await expect(page.getByRole('status')).toContainText(`Das Konto für ${email} ist angelegt`);
	const text = await mailText(page, email, 'account.invite');
	const link = text.match(/https?:\/\/\S+\/passwort-neu\/[A-Za-z0-9_-]+/)?.[0];
	expect(link, 'invitation link').toBeTruthy();
	await page.context().clearCookies();
	await page.goto(new URL(link!).pathname);
	await page.getByLabel('Neues Passwort', { exact: true }).fill(password);
	await page.getByLabel('Neues Passwort wiederholen').fill(password);
	await page.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(page).toHaveURL(/\/anmelden/);
	return { email, password };
}

test.describe('other municipalities and Kreise', () => {
	test.use({ allowedConsoleErrors: [/status of 403/] });

	test('a planner of another municipality is refused every page, download and action with 403', async ({
		page
	}) => {
		await signIn(page, planner);
		const duisburg = '05112000';
		for (const path of [
			...PAGES,
			'massnahmen/1',
			'massnahmen/massnahmen.csv',
			'massnahmen/zielwerte.xlsx'
		]) {
			const response = await page.request.get(`/planung/${duisburg}/${path}`);
			expect(response.status(), `GET /planung/${duisburg}/${path}`).toBe(403);
		}
		for (const action of ['createPlan', 'saveGoal', 'createTarget', 'attention']) {
			const response = await page.request.post(`/planung/${duisburg}/programm?/${action}`, {
				form: { planId: '1', title: 'x' },
				headers: { origin: new URL(page.url()).origin }
			});
			expect(response.status(), `POST programm?/${action}`).toBe(403);
		}
		const save = await page.request.post(`/planung/${duisburg}/massnahmen/neu?/save`, {
			form: { planId: '1', title: 'x', fields: 'arbeit' },
			headers: { origin: new URL(page.url()).origin }
		});
		expect(save.status()).toBe(403);
	});

	test('a Kreis planner works on the Kreis’s municipalities and is refused those of another Kreis', async ({
		page
	}) => {
		test.setTimeout(90_000);
		const account = await kreisPlannerAccount(page, 'Kreis Recklinghausen');
		await signIn(page, account);
		await page.goto('/planung');
		await page.getByRole('link', { name: 'Handlungsprogramm Dorsten' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Handlungsprogramm Dorsten' })
		).toBeVisible();
		// Gelsenkirchen (kreisfrei) and Witten (Ennepe-Ruhr-Kreis) are not theirs.
		for (const ags of [AGS, '05954036']) {
			for (const path of PAGES) {
				const response = await page.request.get(`/planung/${ags}/${path}`);
				expect(response.status(), `GET /planung/${ags}/${path}`).toBe(403);
			}
		}
	});
});
