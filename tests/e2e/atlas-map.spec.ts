import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoSidewaysScroll } from './width';
import { gridGeoJson, windows1252 } from '../../src/lib/server/monitoring/testing';

/**
 * The municipal map as a visitor uses it: the information panel beside the map (below it on a
 * phone), the keyboard moving through the areas, area labels, the ranking, and the change map
 * between two years. Its own server and database (like atlas.spec.ts): six areas, 2021 and 2023;
 * Q01 has 2 cases in both years (secret, Q02 hidden with it), Q06 has no value for 2021.
 */
const AGS = '05512000';
let server: ChildProcess | null = null;
let origin = '';

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const address = s.address();
			s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	const dir = mkdtempSync(join(tmpdir(), 'sk-atlas-map-'));
	writeFileSync(join(dir, 'bezirke.geojson'), gridGeoJson({ columns: 3, rows: 2 }));
	const rows = ['Bezirk;Indikator;Jahr;Wert;Zähler;Nenner'];
	const counts: Record<number, (number | null)[]> = {
		2021: [2, 30, 100, 120, 60, null],
		2023: [2, 40, 90, 150, 60, 120]
	};
	for (const [year, list] of Object.entries(counts)) {
		list.forEach((n, i) => {
			if (n === null) return;
			const rate = ((n / 1000) * 100).toFixed(1).replace('.', ',');
			rows.push(`Q0${i + 1};sgb2_quote;${year};${rate};${n};1000`);
		});
	}
	writeFileSync(join(dir, 'werte.csv'), windows1252(rows.join('\r\n')));
	const env = { ...process.env, PGLITE_DIR: join(dir, 'db'), DATABASE_URL: '' };
	for (const args of [
		['gebiete', AGS, join(dir, 'bezirke.geojson')],
		['entwurf-veroeffentlichen', AGS],
		['werte', AGS, join(dir, 'werte.csv')],
		['entwurf-veroeffentlichen', AGS],
		['veroeffentlichen', AGS]
	]) {
		const result = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/import-monitoring.ts', ...args],
			{ env, encoding: 'utf8' }
		);
		expect(result.status, result.stderr).toBe(0);
	}
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, ['scripts/server.js'], {
		env: {
			...env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			SEED_DEMO: 'false'
		},
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i += 1) {
		const ok = await fetch(`${origin}/api/health`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error('atlas map test server did not start');
});

test.afterAll(async () => {
	server?.kill('SIGTERM');
});

const focusedArea = (page: import('@playwright/test').Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('data-area') ?? null);

test('the keyboard moves through the areas and the panel beside the map shows each one', async ({
	page,
	expectAccessible
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(`${origin}/atlas/${AGS}?indikator=sgb2_quote`);
	const map = page.getByRole('group', { name: /Karte: Bottrop: SGB-II-Quote 2023/ });
	await expect(map).toBeVisible();
	const info = page.locator('.info');

	// Beside the map, and the map fits the window.
	const mapBox = (await map.boundingBox())!;
	const infoBox = (await info.boundingBox())!;
	expect(infoBox.x).toBeGreaterThanOrEqual(mapBox.x + mapBox.width - 1);
	expect(mapBox.height).toBeLessThanOrEqual(900);

	// Every area is reachable; each is named with its value and class.
	const areas = page.locator('[data-area]');
	await expect(areas).toHaveCount(6);
	await expect(page.getByRole('link', { name: /^Quartier 4: 15,0 %; Klasse: / })).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'Quartier 1: geheim (.)' })).toHaveCount(1);

	// Reading order: the top row first. Focus shows what hover shows.
	await areas.first().focus();
	expect(await focusedArea(page)).toBe('Q01');
	await expect(info).toContainText('Quartier 1');
	await expect(info).toContainText('geheim (.)');
	await expect(page.locator('.highlight')).toHaveCount(1);
	await page.keyboard.press('ArrowRight');
	expect(await focusedArea(page)).toBe('Q02');
	await expect(info).toContainText('Quartier 2');
	await page.keyboard.press('Tab');
	expect(await focusedArea(page)).toBe('Q03');
	await expect(info).toContainText('Quartier 3');
	await expect(info).toContainText('Klasse:');
	await page.keyboard.press('End');
	expect(await focusedArea(page)).toBe('Q06');
	await page.keyboard.press('ArrowLeft');
	expect(await focusedArea(page)).toBe('Q05');
	await page.keyboard.press('Home');
	expect(await focusedArea(page)).toBe('Q01');
	// The panel stays in view while the page scrolls past the map (sticky).
	await page.mouse.wheel(0, 300);
	await expect(info).toBeInViewport();
	await expectAccessible(page);

	// The ranking: bars from the highest value, the secret areas named apart.
	const ranking = page.getByRole('list', { name: /Gebiete vom höchsten zum niedrigsten Wert/ });
	await expect(ranking.getByRole('listitem')).toHaveText([
		/Quartier 4\s*15,0 %/,
		/Quartier 6\s*12,0 %/,
		/Quartier 3\s*9,0 %/,
		/Quartier 5\s*6,0 %/
	]);
	await expect(page.getByText('Geheim gehalten (.):')).toBeVisible();
});

test('area labels can be switched on', async ({ page }) => {
	await page.goto(`${origin}/atlas/${AGS}`);
	const tags = page.locator('.tags text');
	await expect(tags.first()).toBeHidden();
	await page.getByLabel('Gebietsnamen in der Karte zeigen').check();
	await expect(tags.filter({ hasText: 'Quartier 4' })).toBeVisible();
	await expect(tags).toHaveCount(6);
});

test('the change map shows percentage points, secret and missing areas apart', async ({
	page,
	expectAccessible
}) => {
	await page.goto(`${origin}/atlas/${AGS}?indikator=sgb2_quote`);
	await page.getByRole('combobox', { name: 'Veränderung seit' }).selectOption('2021');
	await page.getByRole('button', { name: 'Karte zeigen' }).click();
	await expect(page).toHaveURL(/von=2021/);
	await expect(
		page.getByRole('heading', {
			level: 2,
			name: 'Bottrop: SGB-II-Quote, Veränderung 2021–2023 (Prozentpunkte)'
		})
	).toBeVisible();
	await expect(
		page.getByRole('link', { name: /^Quartier 4: \+3,0 Prozentpunkte; Klasse: über/ })
	).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'Quartier 1: geheim (.)' })).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'Quartier 6: keine Angabe' })).toHaveCount(1);
	const legend = page.locator('.legend');
	await expect(legend).toContainText('−1,0 bis +1,0');
	await expect(legend).toContainText('geheim (.)');
	await expect(legend).toContainText('keine Angabe');
	const ranking = page.getByRole('list', { name: /Veränderung 2021–2023/ });
	await expect(ranking.getByRole('listitem')).toHaveText([
		/Quartier 4\s*\+3,0$/,
		/Quartier 5\s*0,0$/,
		/Quartier 3\s*−1,0$/
	]);
	const table = page.getByRole('table', { name: /SGB-II-Quote 2023/ });
	await expect(table.getByRole('columnheader', { name: 'Veränderung 2021–2023' })).toBeVisible();
	await expect(table.getByRole('row', { name: /Quartier 6/ })).toContainText('keine Angabe');
	await expectAccessible(page);
	// The downloads keep the view.
	const svg = await page.request.get(
		`${origin}/atlas/${AGS}/karte.svg?indikator=sgb2_quote&jahr=2023&von=2021`
	);
	expect(await svg.text()).toContain('Veränderung 2021–2023 (Prozentpunkte)');
});

test('on a phone the panel and ranking stand below the map and nothing scrolls sideways', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const query of ['', '?indikator=sgb2_quote&jahr=2023&von=2021', '?klassen=mss']) {
		await page.goto(`${origin}/atlas/${AGS}${query}`);
		await expectNoSidewaysScroll(page);
	}
	await page.goto(`${origin}/atlas/${AGS}`);
	const map = (await page.locator('svg.map-svg').boundingBox())!;
	const info = (await page.locator('.info').boundingBox())!;
	expect(info.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
	await page.getByLabel('Gebietsnamen in der Karte zeigen').check();
	await expectNoSidewaysScroll(page);
});
