import type { APIRequestContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { de, en } from '../../src/lib/i18n/catalogues';
import { DEFAULT_INDICATORS } from '../../src/lib/server/monitoring/catalogue';
import { dataSources, fontSources } from '../../src/lib/sources';
import { anOpenEdition, confirmByMail } from './edition';
import { expect, test } from './fixtures';

/**
 * Every English page speaks English: public pages, the atlas (an area profile and the method page
 * included), a participant's own pages, the organiser's back office with a World Café and its
 * published harvest, the admin's pages and the planner's pages are visited with `?lang=en`, and
 * their visible text must contain no text of the German catalogue and none of a few German-only
 * forms (decimal commas, German dates, "Tisch 1"). Text people enter (titles, names) may be German;
 * only catalogue text and number formats are looked for.
 */
test.describe.configure({ mode: 'serial' });

const year = 2094;
const unique = Date.now().toString(36);
const cafeTitle = `Café ${unique}`;
const participant = `english-${unique}@example.org`;
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };
const admin = { email: 'demo-admin@sozialkonferenz.example', password: 'Zeche-Zollverein-1986' };
const planner = { email: 'demo-planung@sozialkonferenz.example', password: 'Schalker-Markt-45879' };

/** A catalogue text without its `{placeholders}` and markup, in the pieces that stay literal. */
function literalPieces(text: string): string[] {
	return text
		.replace(/<[^>]+>/g, ' ')
		.split(/\{\w+\}/)
		.map((piece) => piece.replace(/\s+/g, ' ').trim());
}

const englishText = Object.values(en).join('\n');
/** The editions on record are German text people wrote; the catalogue's words may occur in it. */
const seededContent = readFileSync('src/lib/server/seed/content.ts', 'utf8');

/**
 * The German catalogues: the interface's messages, the indicator catalogue's names and
 * definitions, and the pages written once per language (the German one's sentences).
 */
const german: [string, string | null][] = [
	...(Object.keys(de) as (keyof typeof de)[]).map((key): [string, string] => [de[key], en[key]]),
	...DEFAULT_INDICATORS.flatMap((i): [string, string | null][] => [
		[i.name, i.nameEn],
		[i.definition, i.definitionEn]
	]),
	...[...dataSources, ...fontSources].map((s): [string, string] => [s.what, s.whatEn]),
	...readFileSync('src/routes/atlas/methode/MethodDe.svelte', 'utf8')
		.replace(/<!--.*?-->/gs, ' ')
		.split(/(?<=[.:;])\s|<\/?(?:p|li|h\d|strong)[^>]*>/)
		.map((sentence): [string, null] => [sentence, null])
];

/**
 * German text long enough to be telling (two words and 12 characters or more), different from its
 * English counterpart, not part of any English text (names such as "Metropole Ruhr" are both) and
 * not part of the seeded editions' text.
 */
const germanPieces = [
	...new Set(
		german.flatMap(([text, english]) =>
			text === english
				? []
				: literalPieces(text).filter(
						(piece) =>
							piece.length >= 12 &&
							piece.includes(' ') &&
							!englishText.includes(piece) &&
							!seededContent.includes(piece)
					)
		)
	)
];

/** German forms no English page shows, whatever the data. */
const germanForms: readonly [string, RegExp][] = [
	['a decimal comma', /\d,\d+\s?(%|m²|€)/],
	['a German date', /\b\d{1,2}\.\d{1,2}\.\d{4}\b/],
	[
		'a German long date',
		/\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. [A-ZÄ][a-zä]+ \d{4}/
	],
	['"Tisch n"', /\bTisch \d/],
	['"Runde n"', /\bRunde \d/],
	[
		'a German phrase',
		/keine Angabe|nicht indiziert|außerhalb der Metropole|\bhoch:|\bniedrig:|\bUhr\b/
	]
];

/**
 * The page's visible text, without what is marked as another language (`lang="de"`, e.g. a mail
 * written in German) or as not to be translated (`translate="no"`, e.g. values as recorded).
 */
async function visibleText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const style = document.createElement('style');
		style.textContent =
			'[lang]:not([lang="en"]):not(html), [translate="no"] { display: none !important; }';
		document.head.append(style);
		const text = document.body.innerText;
		style.remove();
		return text;
	});
}

async function germanOn(page: Page): Promise<string[]> {
	const text = await visibleText(page);
	const found = germanPieces.filter((piece) => text.includes(piece)).map((p) => `“${p}”`);
	for (const [what, pattern] of germanForms) {
		const match = pattern.exec(text);
		if (match)
			found.push(`${what}: “${text.slice(Math.max(0, match.index - 30), match.index + 40)}”`);
	}
	return found;
}

/** Visits each path in English and collects what German it shows; fails once with the whole list. */
async function expectEnglish(page: Page, paths: readonly string[]) {
	const problems: string[] = [];
	for (const path of paths) {
		const url = `${path}${path.includes('?') ? '&' : '?'}lang=en`;
		const response = await page.goto(url);
		expect(response?.status(), url).toBeLessThan(400);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		for (const found of await germanOn(page)) problems.push(`${path}: ${found}`);
	}
	expect(problems, 'German text on English pages').toEqual([]);
}

async function signIn(page: Page, who: { email: string; password: string }) {
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.goto('/anmelden?lang=de', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(who.email);
	await page.getByLabel('Passwort', { exact: true }).fill(who.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page).not.toHaveURL(/\/anmelden/);
}

async function register(request: APIRequestContext, email: string) {
	const response = await request.post(`/api/editions/${year}/registrations`, {
		data: {
			firstName: 'Jane',
			lastName: `Doe ${unique}`,
			email,
			sector: 'wissenschaft',
			municipality: 'extern',
			privacyAcknowledged: true
		}
	});
	expect(response.status()).toBe(202);
}

async function linkInMail(page: Page, to: string, path: string): Promise<string> {
	await page.goto('/dev/postausgang');
	const mail = page
		.locator('li[data-mail-kind]')
		.filter({ has: page.locator('.mail-to', { hasText: to }) })
		.first();
	const text = (await mail.locator('.mail-text').textContent()) ?? '';
	const link = new RegExp(`https?://[^\\s]+/${path}/[A-Za-z0-9_-]{43}`).exec(text);
	expect(link, `mail to ${to}`).not.toBeNull();
	return new URL(link![0]).pathname;
}

let cafePath = '';
let hostLink = '';
let personalLink = '';
let participantPath = '';

test('the public pages and the atlas speak English', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/atlas/05911000');
	const area = await page.locator('table a[href^="/atlas/05911000/"]').first().getAttribute('href');
	expect(area).not.toBeNull();
	await expectEnglish(page, [
		'/',
		'/konferenz/2023',
		'/konferenz/2023/programm',
		'/konferenz/2027',
		'/konferenz/2027/programm',
		'/konferenz/2027/anmeldung',
		'/archiv',
		'/archiv/2023',
		'/archiv?q=Quartier',
		'/quellen',
		'/atlas',
		'/atlas?indicator=gisd',
		'/atlas/methode',
		'/atlas/05911000',
		'/atlas/05911000?method=mss',
		area!,
		'/praxisbeispiele',
		'/barrierefreiheit',
		'/datenschutz',
		'/leichte-sprache'
	]);
});

test.describe(() => {
	test.use({ allowedConsoleErrors: [/status of 404/] });

	test('a page that does not exist says so in English', async ({ page }) => {
		const response = await page.goto('/atlas/05911000/gibt-es-nicht?lang=en');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error 404');
		await expect(
			page.getByText('This area does not exist, or its data are not published.')
		).toBeVisible();
		await expect(page.getByText('Dieses Gebiet')).toHaveCount(0);
		await page.goto('/atlas/05911000/gibt-es-nicht?lang=de');
		await expect(
			page.getByText('Dieses Gebiet gibt es nicht oder seine Daten sind nicht veröffentlicht.')
		).toBeVisible();
	});
});

test('an organiser sets up an edition with a World Café and publishes its harvest', async ({
	page,
	request
}) => {
	test.setTimeout(90_000);
	await signIn(page, organiser);
	await anOpenEdition(page, request, year);
	await register(request, participant);
	personalLink = await linkInMail(page, participant, 'anmeldung');
	// Only confirmed people get a seat at the tables.
	await confirmByMail(page, participant);

	await page.goto('/admin/worldcafe');
	const option = page.getByLabel('Konferenz').locator('option', { hasText: `${year}:` });
	await page.getByLabel('Konferenz').selectOption({ label: (await option.textContent())!.trim() });
	await page.getByLabel('Titel').fill(cafeTitle);
	await page.getByLabel('Fragen oder Themen (eine pro Zeile)').fill('Was brauchen Quartiere?');
	await page.getByLabel('Zahl der Runden').fill('2');
	await page.getByRole('button', { name: 'World Café anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: cafeTitle })).toBeVisible();
	cafePath = new URL(page.url()).pathname;
	await page.getByLabel('Thema', { exact: true }).fill('Quartiersentwicklung');
	await page.getByLabel('Gastgeber:in', { exact: true }).fill('Gastgeberin');
	await page.getByLabel('Plätze (ohne Gastgeber:in)').fill('10');
	await page.getByRole('button', { name: 'Tisch hinzufügen' }).click();
	await expect(page.getByRole('status')).toHaveText('Tisch angelegt.');
	await page.getByRole('button', { name: 'Zuteilen' }).click();
	await expect(page.getByRole('status')).toContainText('Tischplan erstellt');
	await page.getByRole('button', { name: 'Link für Tisch 1 erzeugen' }).click();
	hostLink = new URL((await page.getByTestId('host-link').getAttribute('href'))!).pathname;

	await page.goto(`${hostLink}?lang=de`, { waitUntil: 'networkidle' });
	await page.getByLabel('Kernpunkte der Runde 1').fill('Nachbarschaft trägt, wenn sie Orte hat.');
	await page.getByLabel('Idee 1', { exact: true }).fill(`Quartiersbüro ${unique}`);
	await page
		.getByRole('group', { name: 'Handlungsfelder für Idee 1' })
		.getByLabel('Wohnen')
		.check();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');

	await page.goto(`${cafePath}/ernte`);
	await page.getByRole('button', { name: 'Im Archiv veröffentlichen' }).click();
	await expect(page.getByRole('status')).toContainText('im Archiv veröffentlicht');

	await page.goto(`/admin/konferenzen/${year}/teilnehmende`);
	participantPath = (await page
		.getByRole('link', { name: new RegExp(`Doe ${unique}`) })
		.first()
		.getAttribute('href'))!;
	expect(participantPath).toMatch(/teilnehmende\/\d+$/);
});

test("a participant's pages and a table host's page speak English", async ({ page }) => {
	await expectEnglish(page, [
		personalLink,
		`/konferenz/${year}`,
		`/konferenz/${year}/programm`,
		`/konferenz/${year}/anmeldung`,
		hostLink,
		`/archiv/${year}`
	]);
	await page.goto(`/archiv/${year}?lang=en`);
	const harvest = await page.locator('a[href^="/archiv/ernte/"]').first().getAttribute('href');
	expect(harvest).not.toBeNull();
	await expectEnglish(page, [harvest!]);
});

test.describe(() => {
	// The refused edits answer 400, which the browser logs.
	test.use({ allowedConsoleErrors: [/status of 400/] });

	test("the organiser's back office speaks English, its editing errors included", async ({
		page
	}) => {
		test.setTimeout(90_000);
		await signIn(page, organiser);
		const edition = `/admin/konferenzen/${year}`;
		await expectEnglish(page, [
			'/admin',
			'/admin/konferenzen',
			`${edition}/bearbeiten`,
			`${edition}/programm`,
			`${edition}/mitwirkende`,
			`${edition}/dokumentation`,
			`${edition}/teilnehmende`,
			`${edition}/teilnehmende/neu`,
			participantPath,
			`${edition}/uebersicht`,
			`${edition}/mailings`,
			'/admin/konferenzen/2023/uebersicht',
			'/admin/worldcafe',
			cafePath,
			`${cafePath}/druck`,
			`${cafePath}/ernte`,
			'/admin/postausgang',
			'/admin/protokoll',
			`/checkin/${year}`
		]);

		// A refused edit shows its problems in English.
		await page.goto(`${edition}/bearbeiten?lang=en`, { waitUntil: 'networkidle' });
		await page.locator('input[name="title"]').fill('');
		await page.locator('input[name="capacity"]').fill('-3');
		await page.locator('main form button[type="submit"]').first().click();
		await expect(page.locator('[role="alert"], .error').first()).toBeVisible();
		expect(await germanOn(page)).toEqual([]);

		await page.goto(`${edition}/teilnehmende/neu?lang=en`, { waitUntil: 'networkidle' });
		await page.locator('main form button[type="submit"]').first().click();
		await expect(page.locator('[role="alert"], .error').first()).toBeVisible();
		expect(await germanOn(page)).toEqual([]);
	});
});

test("the admin's pages speak English", async ({ page }) => {
	await signIn(page, admin);
	await expectEnglish(page, [
		'/admin',
		'/admin/benutzer',
		'/admin/konferenzen',
		'/admin/datenschutz'
	]);
	await page.goto('/admin/benutzer?lang=en');
	const user = await page.locator('a[href^="/admin/benutzer/"]').first().getAttribute('href');
	await expectEnglish(page, [user!]);
});

test("the planner's pages speak English", async ({ page }) => {
	test.setTimeout(90_000);
	await signIn(page, planner);
	const base = '/planung/05513000';
	await expectEnglish(page, [
		'/planung',
		base,
		`${base}/import`,
		`${base}/vorschau`,
		`${base}/auswertung`,
		`${base}/typen`,
		`${base}/programm`,
		`${base}/massnahmen`,
		`${base}/massnahmen/neu`,
		`${base}/fortschreibung`,
		`${base}/berichte`
	]);
	await page.goto(`${base}/massnahmen?lang=en`);
	const measure = page.locator(`a[href^="${base}/massnahmen/"]`).filter({ hasNotText: /new/i });
	const href = await measure.first().getAttribute('href');
	if (href && /massnahmen\/\d+/.test(href)) await expectEnglish(page, [href]);

	// An import report names its problems in English; nothing is stored.
	await page.goto(`${base}/import?lang=en`, { waitUntil: 'networkidle' });
	await page
		.getByLabel('File', { exact: true })
		.first()
		.setInputFiles({
			name: 'broken.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('Gebiet;Indikator;Jahr;Wert\n001;sgb2_quote;2023;twelve\n')
		});
	await page.getByRole('button', { name: 'Upload values' }).click();
	await expect(page.getByRole('cell', { name: 'This is not a number.' })).toBeVisible();
	await expect(page.getByText('Das ist keine Zahl.')).toHaveCount(0);
});
