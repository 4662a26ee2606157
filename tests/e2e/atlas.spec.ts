import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { gridGeoJson, windows1252 } from '../../src/lib/server/monitoring/testing';

/**
 * A planner's path without the planner pages (they wait for accounts): the municipality's areas
 * (EPSG:25832) and values (Windows-1252 CSV) go in through the command-line importer, the data is
 * published, and a visitor finds it in the atlas: map, table, profile, downloads.
 * Runs its own server on its own database, so the demo content and other tests are not involved.
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

function cli(dir: string, ...args: string[]) {
	const result = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/import-monitoring.ts', ...args],
		{ env: { ...process.env, PGLITE_DIR: join(dir, 'db'), DATABASE_URL: '' }, encoding: 'utf8' }
	);
	return result;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	const dir = mkdtempSync(join(tmpdir(), 'sk-atlas-'));
	writeFileSync(
		join(dir, 'bezirke.geojson'),
		gridGeoJson({ crs: 'EPSG:25832', columns: 3, rows: 2 })
	);
	const rows = ['Bezirk;Indikator;Jahr;Wert;Zähler;Nenner'];
	const counts = [2, 40, 90, 150, 60, 120];
	counts.forEach((n, i) => {
		const code = `Q0${i + 1}`;
		for (const year of [2021, 2023]) {
			rows.push(
				`${code};sgb2_quote;${year};${((n / 1000) * 100).toFixed(1).replace('.', ',')};${n};1000`
			);
			rows.push(
				`${code};Wohnfläche je Einwohner;${year};${(40 - i).toFixed(1).replace('.', ',')};;`
			);
			rows.push(`${code};einwohner;${year};1300;;`);
		}
	});
	writeFileSync(join(dir, 'werte.csv'), windows1252(rows.join('\r\n')));
	const broken = cli(dir, 'werte', AGS, join(dir, 'werte.csv'));
	expect(broken.status, 'values before areas must be refused').toBe(1);
	expect(broken.stderr).toContain('Zeile 2, Spalte A (Bezirk)');
	for (const args of [
		['gebiete', AGS, join(dir, 'bezirke.geojson')],
		['entwurf-veroeffentlichen', AGS],
		['werte', AGS, join(dir, 'werte.csv')],
		['entwurf-veroeffentlichen', AGS],
		['veroeffentlichen', AGS]
	]) {
		const result = cli(dir, ...args);
		expect(result.status, result.stderr).toBe(0);
	}
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, ['scripts/server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			PGLITE_DIR: join(dir, 'db'),
			DATABASE_URL: '',
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
	throw new Error('atlas test server did not start');
});

test.afterAll(async () => {
	server?.kill('SIGTERM');
});

test('a visitor explores the imported municipality: map, table, profile, downloads', async ({
	page,
	expectAccessible
}) => {
	await page.goto(`${origin}/atlas`);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Sozialatlas Metropole Ruhr' })
	).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Bottrop' }).first().click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Sozialatlas Metropole Ruhr: Bottrop'
	);
	await expect(
		page.getByRole('group', { name: /Karte: Bottrop: SGB-II-Quote 2023/ })
	).toBeVisible();
	await expect(page.getByText('kein Urteil über die Menschen')).toBeVisible();
	const table = page.getByRole('table', { name: /SGB-II-Quote 2023/ });
	await expect(table.getByRole('row')).toHaveCount(1 + 6 + 1);
	// Q01 has 2 cases: secret, and one more area with it.
	await expect(table.getByRole('row', { name: /Quartier 1 / })).toContainText('.');
	await expect(table.getByRole('row', { name: /Quartier 4 / })).toContainText('15,0 %');
	await expectAccessible(page);

	// Hovering an area shows its value; its link leads to the profile.
	const area = page.getByRole('link', { name: 'Quartier 4: 15,0 %' });
	await area.hover();
	await expect(page.locator('.info')).toContainText('Quartier 4');

	await page.getByRole('combobox', { name: 'Klassenbildung' }).selectOption('jenks');
	await page.getByRole('button', { name: 'Karte zeigen' }).click();
	await expect(page).toHaveURL(/klassen=jenks/);

	const csv = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Daten als CSV' }).click();
	const csvText = await (await (await csv).createReadStream()).toArray();
	const body = Buffer.concat(csvText).toString('utf8');
	expect(body).toContain('05512000;Q04;Quartier 4;sgb2_quote;2023;15;150;');
	expect(body).toContain('05512000;Q01;Quartier 1;sgb2_quote;2023;.;;geheim');

	const png = await page.request.get(`${origin}/atlas/${AGS}/karte.png`);
	expect(png.headers()['content-type']).toBe('image/png');
	const svg = await page.request.get(`${origin}/atlas/${AGS}/karte.svg`);
	expect(await svg.text()).toContain('<svg');

	await area.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quartier Quartier 4');
	await expect(page.getByRole('row', { name: /SGB-II-Quote/ })).toContainText('15,0 %');
	await expectAccessible(page);

	// The area's one-page profile: the page's figures beside the municipality's.
	const steckbrief = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Steckbrief als PDF (eine Seite)' }).click();
	const file = await steckbrief;
	expect(file.suggestedFilename()).toBe(`steckbrief-${AGS}-Q04.pdf`);
	const profile = await pdfText(Buffer.concat(await (await file.createReadStream()).toArray()));
	expect(profile).toContain('Steckbrief Quartier Quartier 4');
	expect(profile).toContain('Bottrop (kreisfreie Stadt)');
	expect(profile).toMatch(/SGB-II-Quote 2023 15,0 % \d+ von \d+ \d+,\d %/);
	expect(profile).toContain('© GeoBasis-DE / BKG');
});

async function pdfText(bytes: Uint8Array): Promise<string> {
	const { PDFParse } = await import('pdf-parse');
	return (await new PDFParse({ data: new Uint8Array(bytes) }).getText()).text;
}

test('the area profile PDF hides what the area page hides, in the page’s language', async ({
	request
}) => {
	const german = await request.get(`${origin}/atlas/${AGS}/Q01/steckbrief.pdf`);
	expect(german.headers()['content-type']).toBe('application/pdf');
	const text = await pdfText(await german.body());
	expect(text).toContain('SGB-II-Quote 2023 .');
	expect(text).not.toContain('0,2 %');
	const english = await request.get(`${origin}/atlas/${AGS}/Q01/steckbrief.pdf?lang=en`);
	const englishText = await pdfText(await english.body());
	expect(englishText).toContain('Area profile: ');
	expect(englishText).toContain('SGB II rate 2023 .');
	expect(englishText).not.toContain('0.2 %');
	expect((await request.get(`${origin}/atlas/${AGS}/Q99/steckbrief.pdf`)).status()).toBe(404);
});

test('the API answers one year in bounded pages unless asked for more', async ({ request }) => {
	const base = `${origin}/api/monitoring/municipalities/${AGS}/values`;
	const first = await (await request.get(`${base}?limit=4`)).json();
	expect(first.year).toBe(2023);
	expect(first.years).toEqual([2021, 2023]);
	expect(first.values).toHaveLength(4);
	// 6 areas × 3 indicators in 2023
	expect(first.page).toEqual({
		offset: 0,
		limit: 4,
		total: 18,
		next: `/api/monitoring/municipalities/${AGS}/values?limit=4&offset=4&year=2023`
	});
	const second = await (await request.get(`${origin}${first.page.next}`)).json();
	expect(second.values[0]).not.toEqual(first.values[0]);
	const every = await (await request.get(`${base}?year=all&limit=100`)).json();
	expect(every.page.total).toBe(36);
	expect(every.page.next).toBeNull();
	const tooLarge = await request.get(`${base}?limit=100000`);
	expect(tooLarge.status()).toBe(400);
	expect((await tooLarge.json()).message).toBe('limit must be at most 10000');
});

test('the API hides the same values as the pages', async ({ request }) => {
	const response = await request.get(
		`${origin}/api/monitoring/municipalities/${AGS}/values?indicator=sgb2_quote&year=2023`
	);
	const body = await response.json();
	const q01 = body.values.find((v: { area: string }) => v.area === 'Q01');
	expect(q01).toEqual({
		area: 'Q01',
		areaName: 'Quartier 1',
		indicator: 'sgb2_quote',
		year: 2023,
		value: null,
		count: null,
		suppressed: true
	});
	expect(JSON.stringify(body)).not.toContain('"count":2,');
	expect(
		(await request.get(`${origin}/api/monitoring/municipalities/05513000/values`)).status()
	).toBe(404);
});
