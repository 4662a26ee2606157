import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { APIRequest, APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The demo accounts of the seed (docs/accounts.md). */
const demo = {
	admin: { email: 'demo-admin@sozialkonferenz.example', password: 'Zeche-Zollverein-1986' },
	organiser: { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' },
	planner: { email: 'demo-planung@sozialkonferenz.example', password: 'Schalker-Markt-45879' }
} as const;
type Role = keyof typeof demo;

async function signIn(page: Page, who: { email: string; password: string }) {
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-Mail-Adresse').fill(who.email);
	await page.getByLabel('Passwort', { exact: true }).fill(who.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
}

test('an organiser finds the staff login in the footer, reaches the back office and logs out', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
	// "Anmelden" is what participants do for a conference; the navigation never offers it as a
	// password form.
	await expect(nav.getByRole('link', { name: /anmeld/i })).toHaveCount(0);
	await page.getByRole('contentinfo').getByRole('link', { name: 'Login' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Login' })).toBeVisible();
	await expectAccessible(page);
	await signIn(page, demo.organiser);
	await expect(page).toHaveURL(/\/admin$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Verwaltung' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Konto' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Planung' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Benutzerverwaltung' })).toHaveCount(0);
	await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Login' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Abmelden' })).toHaveCount(0);
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Ausloggen' }).click();
	await expect(page).toHaveURL(/\/anmelden\?hinweis=abgemeldet$/);
	await expect(page.getByRole('status')).toHaveText('Sie sind ausgeloggt.');
	await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Login' })).toBeVisible();
	await page.goto('/admin');
	await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fadmin$/);
});

test('in English the staff login and the conference registration have different words', async ({
	page
}) => {
	await page.goto('/?lang=en');
	await expect(
		page.getByRole('contentinfo').getByRole('link', { name: 'Staff login' })
	).toBeVisible();
	const main = page.getByRole('main');
	await expect(main.getByRole('link', { name: /sign in|log ?in/i })).toHaveCount(0);
	await page.getByRole('contentinfo').getByRole('link', { name: 'Staff login' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Staff login' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
});

test('an anonymous visitor to /admin signs in and lands back on /admin', async ({ page }) => {
	await page.goto('/admin/protokoll?aktion=session');
	await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fadmin%2Fprotokoll%3Faktion%3Dsession$/);
	await signIn(page, demo.organiser);
	await expect(page).toHaveURL(/\/admin\/protokoll\?aktion=session$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
	await expect(
		page.getByTestId('audit-sentence').filter({ hasText: 'Login von Demo' }).first()
	).toBeVisible();
});

test('a return path to another site is ignored after sign-in', async ({ page }) => {
	await page.goto('/anmelden?weiter=//evil.example/admin');
	await signIn(page, demo.organiser);
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin$/);
});

test('a wrong password gets one message that names neither field as the culprit', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/anmelden');
	await signIn(page, { email: demo.organiser.email, password: 'nicht das Passwort' });
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		'E-Mail-Adresse oder Passwort sind nicht richtig, oder das Konto ist nicht aktiv.'
	);
	await expect(page.getByLabel('E-Mail-Adresse')).toHaveValue(demo.organiser.email);
	await expectAccessible(page);
});

test.describe(() => {
	test.use({ allowedConsoleErrors: [/status of 403/] });

	test('a planner reaches the planning area but is refused the back office with 403', async ({
		page,
		expectAccessible
	}) => {
		await page.goto('/anmelden');
		await signIn(page, demo.planner);
		await expect(page).toHaveURL(/\/planung$/);
		await expect(
			page.getByText('Ihre Kommune: Gelsenkirchen (Gemeindeschlüssel 05513000)')
		).toBeVisible();
		await expectAccessible(page);
		const response = await page.goto('/admin');
		expect(response?.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1, name: 'Fehler 403' })).toBeVisible();
		await expect(
			page.getByText('Für diesen Bereich fehlt Ihrem Konto die Berechtigung.')
		).toBeVisible();
		await expectAccessible(page);
	});
});

/**
 * The newest mail of a kind to an address on the development outbox page, as its text. Reset
 * mails are queued by a job a few seconds after the request, so the page is reloaded until the
 * mail is there.
 */
async function mailText(page: Page, to: string, kind: string): Promise<string> {
	const card = page
		.locator(`li[data-mail-kind="${kind}"]`, { has: page.locator('.mail-to', { hasText: to }) })
		.first();
	await expect(async () => {
		await page.goto('/dev/postausgang');
		await expect(card).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	return (await card.locator('.mail-text').textContent()) ?? '';
}

function linkIn(text: string): string {
	const match = text.match(/https?:\/\/\S+\/passwort-neu\/[A-Za-z0-9_-]+/);
	if (!match) throw new Error(`no password link in: ${text}`);
	return new URL(match[0]).pathname;
}

test.describe('invitation and reset', () => {
	// The password form posts without JavaScript enhancement; a refused password is a 400 page.
	test.use({ allowedConsoleErrors: [/status of 400/] });

	test('an admin invites a colleague who sets a password, forgets it, resets it by mail and signs out everywhere', async ({
		page,
		browser,
		expectAccessible
	}) => {
		test.setTimeout(90_000);
		const email = `kollegin-${Date.now()}@rvr.example`;
		await page.goto('/anmelden?weiter=/admin/benutzer');
		await signIn(page, demo.admin);
		await expect(page.getByRole('heading', { level: 1, name: 'Benutzerverwaltung' })).toBeVisible();
		// The demo accounts' status reads "aktiv · Demo", with a space on both sides.
		await expect(page.getByRole('cell', { name: /^aktiv · Demo/ }).first()).toBeVisible();
		await expectAccessible(page);

		// A planner without a municipality is refused with a message on that field.
		await page.getByLabel('E-Mail-Adresse').fill(email);
		await page.getByLabel('Name', { exact: true }).fill('Karla Kollegin');
		await page.getByLabel('Rolle').selectOption({ label: 'Sozialplanung' });
		await page.getByRole('button', { name: 'Konto anlegen und Einladung senden' }).click();
		const municipality = page.getByLabel('Kommune');
		await expect(municipality).toHaveAttribute('aria-invalid', 'true');
		await expect(
			page.getByText('Für die Rolle Sozialplanung wählen Sie bitte eine Kommune').first()
		).toBeVisible();
		await expectAccessible(page);
		await page.getByLabel('Rolle').selectOption({ label: 'Organisation' });
		await page.getByRole('button', { name: 'Konto anlegen und Einladung senden' }).click();
		await expect(page.getByRole('status')).toContainText(`Das Konto für ${email} ist angelegt`);
		await expect(page.getByRole('cell', { name: email })).toBeVisible();
		await page.getByRole('link', { name: 'Karla Kollegin bearbeiten' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Karla Kollegin' })).toBeVisible();
		await expectAccessible(page);
		await page.context().clearCookies();

		// The invitation sets the first password; a too short one is refused on its field.
		await page.goto(linkIn(await mailText(page, email, 'account.invite')));
		await expect(
			page.getByRole('heading', { level: 1, name: 'Passwort für Ihr neues Konto festlegen' })
		).toBeVisible();
		await expectAccessible(page);
		await page.getByLabel('Neues Passwort', { exact: true }).fill('zu kurz!');
		await page.getByLabel('Neues Passwort wiederholen').fill('zu kurz!');
		await page.locator('form.form').evaluate((form: HTMLFormElement) => (form.noValidate = true));
		await page.getByRole('button', { name: 'Passwort speichern' }).click();
		await expect(page.getByLabel('Neues Passwort', { exact: true })).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await expect(
			page.getByText('Das Passwort muss mindestens 12 Zeichen lang sein.').first()
		).toBeVisible();
		await page.getByLabel('Neues Passwort', { exact: true }).fill('Kaffee im Quartier 7');
		await page.getByLabel('Neues Passwort wiederholen').fill('Kaffee im Quartier 7');
		await page.getByRole('button', { name: 'Passwort speichern' }).click();
		await expect(page).toHaveURL(/\/anmelden\?hinweis=passwort$/);

		// Forgotten: the reset mail is in the outbox, its link works once.
		await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
		await expectAccessible(page);
		await page.getByLabel('E-Mail-Adresse').fill(email);
		await page.getByRole('button', { name: 'Link anfordern' }).click();
		await expect(page.getByRole('status')).toContainText(
			'Wenn zu dieser Adresse ein aktives Konto besteht'
		);
		const resetPath = linkIn(await mailText(page, email, 'account.password_reset'));
		await page.goto(resetPath);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' })
		).toBeVisible();
		await page.getByLabel('Neues Passwort', { exact: true }).fill('Grüne Gürtel über Bochum');
		await page.getByLabel('Neues Passwort wiederholen').fill('Grüne Gürtel über Bochum');
		await page.getByRole('button', { name: 'Passwort speichern' }).click();
		await expect(page.getByRole('status')).toHaveText(
			'Ihr Passwort ist gespeichert. Bitte loggen Sie sich damit ein.'
		);
		await page.goto(resetPath);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Link nicht mehr gültig' })
		).toBeVisible();

		// Signed in on two devices; "sign out everywhere" on one ends both.
		await page.goto('/anmelden');
		await signIn(page, { email, password: 'Grüne Gürtel über Bochum' });
		await expect(page).toHaveURL(/\/admin$/);
		const other = await browser.newContext();
		const otherPage = await other.newPage();
		await otherPage.goto('/anmelden');
		await signIn(otherPage, { email, password: 'Grüne Gürtel über Bochum' });
		await expect(otherPage).toHaveURL(/\/admin$/);
		await page.goto('/konto');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Auf allen Geräten ausloggen' }).click();
		await expect(page.getByRole('status')).toHaveText('Sie wurden auf allen Geräten ausgeloggt.');
		await otherPage.goto('/admin');
		await expect(otherPage).toHaveURL(/\/anmelden\?weiter=%2Fadmin$/);
		await other.close();
	});

	test('an admin invites an English-speaking colleague, who gets the invitation in English and sets the password on the English page', async ({
		page
	}) => {
		const email = `colleague-${Date.now()}@rvr.example`;
		await page.goto('/anmelden?weiter=/admin/benutzer');
		await signIn(page, demo.admin);
		await expect(page.getByRole('heading', { level: 1, name: 'Benutzerverwaltung' })).toBeVisible();
		// Filling before hydration finishes can lose a field on a busy machine.
		await page.waitForLoadState('networkidle');
		await page.getByLabel('E-Mail-Adresse').fill(email);
		await page.getByLabel('Name', { exact: true }).fill('Jane Colleague');
		await page.getByLabel('Sprache der E-Mails').selectOption({ label: 'Englisch' });
		await page.getByLabel('Rolle').selectOption({ label: 'Organisation' });
		await page.getByRole('button', { name: 'Konto anlegen und Einladung senden' }).click();
		await expect(page.getByRole('status')).toContainText(`Das Konto für ${email} ist angelegt`);

		const text = await mailText(page, email, 'account.invite');
		expect(text).toContain('Dear Jane Colleague,');
		expect(text).not.toContain('Passwort');
		const link = text.match(/https?:\/\/\S+\/passwort-neu\/[A-Za-z0-9_-]+\?lang=en/);
		expect(link, text).not.toBeNull();
		await page.context().clearCookies();
		const url = new URL(link![0]);
		await page.goto(`${url.pathname}${url.search}`);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Choose a password for your new account' })
		).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, allowedConsoleErrors: [/status of 4(00|29)/] });

	test('after five wrong passwords an address waits a minute at this IP, with 429 and a clear message', async ({
		page
	}) => {
		const email = `raten-${Date.now()}@rvr.example`;
		await page.goto('/anmelden');
		for (let i = 0; i < 5; i++) await signIn(page, { email, password: `falsch ${i}` });
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.url().includes('/anmelden') && r.request().method() === 'POST'),
			signIn(page, { email, password: 'falsch 6' })
		]);
		expect(response.status()).toBe(429);
		expect(Number(response.headers()['retry-after'])).toBeGreaterThan(50);
		expect(Number(response.headers()['retry-after'])).toBeLessThanOrEqual(60);
		await expect(page.getByRole('alert')).toContainText('Zu viele fehlgeschlagene Login-Versuche.');
		await expect(
			page.getByText('Ein neuer Versuch ist in etwa einer Minute möglich.')
		).toBeVisible();
	});

	test('a burst of parallel wrong passwords has at most five checked', async ({
		playwright,
		baseURL
	}) => {
		const email = `schwarm-${Date.now()}@rvr.example`;
		const request = await playwright.request.newContext({
			baseURL,
			extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' }
		});
		const responses = await Promise.all(
			Array.from({ length: 25 }, (_, i) =>
				request.post('/anmelden', { form: { email, password: `falsch ${i}` }, maxRedirects: 0 })
			)
		);
		const statuses = responses.map((r) => r.status());
		expect(statuses.filter((s) => s === 400)).toHaveLength(5);
		expect(statuses.filter((s) => s === 429)).toHaveLength(20);
		await request.dispose();
	});
});

// ---------------------------------------------------------------------------------------------
// Route by route: every page, action and download under admin/, checkin/ and planung/, found on
// disk, so a new route can't be forgotten.

const routesDir = join(process.cwd(), 'src', 'routes');
/** Stands for a registration the test creates first (there are none in the seed). */
const REGISTRATION = '{registration}';
/** Stands for a report draft the test creates first (there are none in the seed). */
const REPORT = '{report}';
/** Sample values for route parameters; a new parameter needs an entry here. */
const sampleParams: Record<string, string> = {
	id: '2',
	ags: '05513000',
	cafe: '1',
	jahr: '2027',
	nr: REGISTRATION
};
/**
 * Who may enter, by path prefix (longest prefix wins). Admins may enter everywhere. The sample
 * AGS is the demo planner's own municipality; planung.spec.ts checks another one gets 403.
 */
const accessRules: { prefix: string; roles: Role[] }[] = [
	{ prefix: '/admin/benutzer', roles: ['admin'] },
	{ prefix: '/admin', roles: ['organiser', 'admin'] },
	{ prefix: '/checkin', roles: ['organiser', 'admin'] },
	{ prefix: '/planung', roles: ['planner', 'admin'] }
];

interface BackOfficeRoute {
	path: string;
	actions: string[];
	roles: Role[];
	/** A `+server.ts` download rather than a page. */
	download: boolean;
}

/** A report's `[id]` (under `berichte`) is a report made for the test, not a sample number. */
function isReportId(dir: string, segment: string): boolean {
	const parts = relative(routesDir, dir).split(sep);
	return parts[parts.indexOf(segment) - 1] === 'berichte';
}

function toUrl(dir: string): string {
	const segments = relative(routesDir, dir)
		.split(sep)
		.filter((s) => s && !/^\(.+\)$/.test(s))
		.map((segment) => {
			const param = segment.match(/^\[(\w+)(?:=\w+)?\]$/)?.[1];
			if (!param) return segment;
			if (param === 'id' && isReportId(dir, segment)) return REPORT;
			const value = sampleParams[param];
			if (!value) throw new Error(`Add a sample value for [${param}] to sampleParams`);
			return value;
		});
	return `/${segments.join('/')}`;
}

function actionNames(serverFile: string): string[] {
	const source = readFileSync(serverFile, 'utf8');
	const block = source.split('export const actions')[1];
	if (!block) return [];
	return [...block.matchAll(/^\t(\w+): async/gm)].map((m) => m[1]);
}

function backOfficeRoutes(): BackOfficeRoute[] {
	const found: BackOfficeRoute[] = [];
	for (const area of ['admin', 'checkin', 'planung']) {
		const base = join(routesDir, area);
		const files = readdirSync(base, { recursive: true, encoding: 'utf8' }).map((f) =>
			join(base, f)
		);
		for (const file of files.filter((f) => /[/\\]\+(page\.svelte|server\.ts)$/.test(f))) {
			const download = file.endsWith('+server.ts');
			const dir = file.slice(0, -`${sep}${download ? '+server.ts' : '+page.svelte'}`.length);
			const path = toUrl(dir);
			const rule = accessRules.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`));
			if (!rule) throw new Error(`No access rule for ${path}: add one to accessRules`);
			const server = join(dir, '+page.server.ts');
			const actions = !download && files.includes(server) ? actionNames(server) : [];
			found.push({ path, actions, roles: rule.roles, download });
		}
	}
	return found.sort((a, b) => a.path.localeCompare(b.path));
}

const routes = backOfficeRoutes();
const everyRole: Role[] = ['admin', 'organiser', 'planner'];

test('the route list covers the back office and the planning area', () => {
	expect(routes.map((r) => r.path)).toEqual(
		expect.arrayContaining([
			'/admin',
			'/admin/benutzer',
			'/admin/benutzer/2',
			'/admin/protokoll',
			'/admin/postausgang',
			'/admin/worldcafe',
			'/admin/worldcafe/1',
			'/admin/worldcafe/1/druck',
			'/admin/worldcafe/1/ernte',
			'/planung',
			'/planung/05513000',
			'/planung/05513000/import',
			'/planung/05513000/vorschau',
			'/planung/05513000/typen',
			'/planung/05513000/auswertung',
			'/planung/05513000/indikatoren',
			'/planung/05513000/programm',
			'/planung/05513000/massnahmen',
			'/planung/05513000/massnahmen/neu',
			'/planung/05513000/massnahmen/2',
			'/planung/05513000/massnahmen/massnahmen.csv',
			'/planung/05513000/massnahmen/zielwerte.csv',
			'/planung/05513000/massnahmen/massnahmen.xlsx',
			'/planung/05513000/massnahmen/zielwerte.xlsx',
			'/planung/05513000/fortschreibung',
			'/admin/konferenzen',
			'/admin/konferenzen/2027/teilnehmende',
			`/admin/konferenzen/2027/teilnehmende/${REGISTRATION}`,
			'/admin/konferenzen/2027/teilnehmende/neu',
			'/admin/konferenzen/2027/teilnehmende.csv',
			'/admin/konferenzen/2027/teilnehmende.xlsx',
			'/admin/konferenzen/2027/namensschilder.pdf',
			'/admin/konferenzen/2027/dokumentation',
			'/admin/konferenzen/2027/mitwirkende',
			'/checkin/2027'
		])
	);
	expect(routes.find((r) => r.path === '/planung/05513000')?.actions).toEqual([
		'publish',
		'unpublish',
		'settings',
		'undo'
	]);
	expect(routes.find((r) => r.path === '/planung/05513000/import')?.actions).toEqual([
		'publish',
		'discard',
		'undo',
		'areas',
		'values',
		'kommonitorValues',
		'kommonitorAreas'
	]);
	expect(routes.find((r) => r.path === '/planung/05513000/auswertung')?.actions).toEqual([
		'preview',
		'save'
	]);
	expect(routes.find((r) => r.path === '/planung/05513000/indikatoren')?.actions).toEqual([
		'create',
		'update',
		'delete'
	]);
	expect(routes.find((r) => r.path === '/planung/05513000/programm')?.actions).toEqual([
		'createPlan',
		'updatePlan',
		'saveRaum',
		'deleteRaum',
		'carryOverRaum',
		'attention',
		'saveGoal',
		'deleteGoal',
		'createTarget',
		'updateTarget',
		'deleteTarget'
	]);
	expect(routes.find((r) => r.path === '/planung/05513000/massnahmen/2')?.actions).toEqual([
		'save',
		'delete',
		'organisation'
	]);
	expect(routes.find((r) => r.path === '/admin/benutzer/2')?.actions).toEqual([
		'role',
		'link',
		'deactivate',
		'reactivate'
	]);
	expect(routes.find((r) => r.path === '/admin/worldcafe/1')?.actions).toEqual([
		'addTable',
		'removeTable',
		'hostLink',
		'assign',
		'replan',
		'voteLinks'
	]);
	expect(routes.find((r) => r.path === '/admin/worldcafe/1/ernte')?.actions).toEqual(['publish']);
	expect(routes.find((r) => r.path === '/admin/konferenzen/2027/dokumentation')?.actions).toEqual([
		'upload',
		'link',
		'report',
		'edit',
		'remove',
		'summary'
	]);
});

async function signedInRequest(
	playwright: { request: APIRequest },
	baseURL: string,
	who?: Role
): Promise<APIRequestContext> {
	const request = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html' }
	});
	if (who) {
		const response = await request.post('/anmelden', { form: demo[who], maxRedirects: 0 });
		expect(response.status(), `sign-in as ${who}`).toBe(303);
	}
	return request;
}

/**
 * A registration for 2027 made through the public API, for routes about one registration. The
 * API does not say which registration it made (it answers a repeated address the same way), so
 * its number is looked up in the participants table as the admin.
 */
async function concretePath(
	path: string,
	request: APIRequestContext,
	admin: APIRequestContext,
	origin: string
): Promise<string> {
	if (path.includes(REPORT)) {
		const made = await admin.post('/planung/05513000/berichte?/create', {
			form: { title: `Probe ${Date.now().toString(36)}`, year: '2024', language: 'de' },
			headers: { origin, accept: 'text/html' },
			maxRedirects: 0
		});
		const id = /\/berichte\/(\d+)/.exec(made.headers()['location'] ?? '');
		expect(id, 'a report draft made for the route').not.toBeNull();
		return path.replace(REPORT, id![1]);
	}
	if (!path.includes(REGISTRATION)) return path;
	const lastName = `Probe-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
	const response = await request.post('/api/editions/2027/registrations', {
		data: {
			firstName: 'Route',
			lastName,
			email: `${lastName.toLowerCase()}@example.org`,
			sector: 'politik',
			municipality: '05911000',
			privacyAcknowledged: true
		}
	});
	expect(response.status()).toBe(202);
	const table = await admin.get(`/admin/konferenzen/2027/teilnehmende?q=${lastName}`);
	const id = /\/teilnehmende\/(\d+)"/.exec(await table.text());
	expect(id, `registration of ${lastName} in the participants table`).not.toBeNull();
	return path.replace(REGISTRATION, id![1]);
}

for (const template of routes) {
	test(`${template.path}: anonymous → login, wrong role → 403, right role → 200`, async ({
		playwright,
		baseURL
	}) => {
		const anonymous = await signedInRequest(playwright, baseURL!);
		const admin = await signedInRequest(playwright, baseURL!, 'admin');
		const route = {
			...template,
			path: await concretePath(template.path, anonymous, admin, baseURL!)
		};
		await admin.dispose();
		const page = await anonymous.get(route.path, { maxRedirects: 0 });
		expect(page.status()).toBe(303);
		expect(page.headers()['location']).toBe(`/anmelden?weiter=${encodeURIComponent(route.path)}`);
		for (const action of route.actions) {
			const target = action === 'default' ? route.path : `${route.path}?/${action}`;
			const post = await anonymous.post(target, { form: {}, maxRedirects: 0 });
			expect(post.status(), `anonymous POST ${target}`).toBe(303);
			expect(post.headers()['location']).toMatch(/^\/anmelden\?weiter=/);
		}
		await anonymous.dispose();

		for (const role of everyRole) {
			const request = await signedInRequest(playwright, baseURL!, role);
			const response = await request.get(route.path, { maxRedirects: 0 });
			if (route.roles.includes(role)) {
				expect(response.status(), `${role} GET ${route.path}`).toBe(200);
				expect(response.headers()['cache-control']).toBe('private, no-store');
			} else {
				expect(response.status(), `${role} GET ${route.path}`).toBe(403);
				expect(await response.text()).toContain(
					'Für diesen Bereich fehlt Ihrem Konto die Berechtigung.'
				);
				for (const action of route.actions) {
					const target = action === 'default' ? route.path : `${route.path}?/${action}`;
					const post = await request.post(target, { form: {}, maxRedirects: 0 });
					expect(post.status(), `${role} POST ${target}`).toBe(403);
				}
			}
			await request.dispose();
		}
	});
}

test('every back-office page is accessible to the admin', async ({ page, expectAccessible }) => {
	// About ten seconds per page with axe on a busy machine; the conference pages doubled the list.
	test.setTimeout(240_000);
	await page.goto('/anmelden');
	await signIn(page, demo.admin);
	await expect(page).toHaveURL(/\/admin$/);
	const pages = routes.filter((r) => !r.download).map((r) => r.path);
	for (const template of [...pages, '/konto']) {
		const route = await concretePath(
			template,
			page.request,
			page.request,
			new URL(page.url()).origin
		);
		const response = await page.goto(route);
		expect(response?.status(), route).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectAccessible(page);
	}
});

test('back-office pages carry the security headers', async ({ playwright, baseURL }) => {
	const request = await signedInRequest(playwright, baseURL!, 'organiser');
	const response = await request.get('/admin');
	const headers = response.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toContain("form-action 'self'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['cache-control']).toBe('private, no-store');
	await request.dispose();
});

test('the session cookie is HttpOnly and SameSite=Lax, and a cross-site POST is refused', async ({
	playwright,
	baseURL
}) => {
	const request = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { accept: 'text/html' }
	});
	const signIn = await request.post('/anmelden', {
		form: demo.organiser,
		headers: { origin: baseURL! },
		maxRedirects: 0
	});
	const cookie = signIn.headers()['set-cookie'];
	expect(cookie).toMatch(/^sk_session=/);
	expect(cookie).toContain('HttpOnly');
	expect(cookie).toContain('SameSite=Lax');
	const state = await request.storageState();
	expect(state.cookies.find((c) => c.name === 'sk_session')?.value).toBeTruthy();

	const forged = await request.post('/konto?/everywhere', {
		form: {},
		headers: { origin: 'https://evil.example' },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(403);
	expect((await request.get('/admin', { maxRedirects: 0 })).status()).toBe(200);
	await request.dispose();
});
