import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { anOpenEdition } from './edition';
import { expect, test } from './fixtures';

/**
 * Check-in by camera: Chromium's fake camera plays a video of a badge's QR code (written here as
 * a Y4M file), the page reads it with jsQR (Chromium on Linux has no BarcodeDetector) and checks
 * the person in without a page load. Scans made offline wait and are sent when the connection
 * returns; a refused camera leaves the code field and the name search working.
 */
test.describe.configure({ mode: 'serial' });

const year = 2091;
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };
const people = [
	{ firstName: 'Kamilla', lastName: `Kamera-${unique}` },
	{ firstName: 'Otto', lastName: `Offline-${unique}` }
];
const codes: string[] = [];

async function signIn(page: Page) {
	await page.context().clearCookies();
	await page.goto('/anmelden', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(organiser.email);
	await page.getByLabel('Passwort', { exact: true }).fill(organiser.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await page.waitForURL((url) => url.pathname !== '/anmelden');
}

/** A Y4M video (4:2:0, a few identical frames) of the QR code of `text`, black on white. */
function qrVideo(text: string): string {
	const width = 640;
	const height = 480;
	const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
	const scale = 8;
	const side = (size + 8) * scale;
	const left = (width - side) / 2;
	const top = (height - side) / 2;
	const luma = Buffer.alloc(width * height, 235);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			if (!data[y * size + x]) continue;
			for (let dy = 0; dy < scale; dy++) {
				const row = (top + (y + 4) * scale + dy) * width + left + (x + 4) * scale;
				luma.fill(16, row, row + scale);
			}
		}
	}
	const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
	const file = join(tmpdir(), `badge-${unique}.y4m`);
	writeFileSync(
		file,
		Buffer.concat([
			Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`),
			...Array.from({ length: 10 }, () => frame)
		])
	);
	return file;
}

async function cameraBrowser(video: string): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	});
}

/** The browser's errors, which fail the test as in the shared fixture. */
function watchErrors(page: Page, allowed: RegExp[] = []): string[] {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && !allowed.some((p) => p.test(m.text()))) problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	return problems;
}

test.beforeAll(
	'an edition with two registrations and their badge codes',
	async ({ browser }, info) => {
		info.setTimeout(120_000);
		const { baseURL } = info.project.use;
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		await signIn(page);
		await anOpenEdition(page, page.request, year);
		for (const person of people) {
			const response = await page.request.post(`/api/editions/${year}/registrations`, {
				data: {
					...person,
					email: `${person.lastName.toLowerCase()}@example.org`,
					sector: 'politik',
					municipality: '05513000',
					privacyAcknowledged: true
				}
			});
			expect(response.status()).toBe(202);
		}
		const { PDFParse } = await import('pdf-parse');
		for (const person of people) {
			const pdf = await page.request.get(
				`/admin/konferenzen/${year}/namensschilder.pdf?q=${encodeURIComponent(person.lastName)}`
			);
			const text = (await new PDFParse({ data: new Uint8Array(await pdf.body()) }).getText()).text;
			const code = new RegExp(`Sozialkonferenz Ruhr ${year} · ([0-9a-f]{32})`).exec(text)?.[1];
			expect(code, `badge code of ${person.lastName}`).toBeDefined();
			codes.push(code!);
		}
		await context.close();
	}
);

test('a badge held in front of the camera checks the person in, without a page load', async ({
	baseURL
}) => {
	const browser = await cameraBrowser(qrVideo(`http://127.0.0.1/schild/${codes[0]}`));
	try {
		const context = await browser.newContext({
			baseURL,
			permissions: ['camera']
		});
		const page = await context.newPage();
		const problems = watchErrors(page);
		await signIn(page);
		await page.goto(`/checkin/${year}`, { waitUntil: 'networkidle' });
		await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
		await page.getByRole('button', { name: 'Kamera starten und QR-Code scannen' }).click();
		await expect(page.getByText(`Kamilla Kamera-${unique}`)).toBeVisible({ timeout: 15_000 });
		await expect(page.getByText(/Willkommen! Eingecheckt um \d\d:\d\d Uhr\./)).toBeVisible();
		// The count follows, and the page was never reloaded.
		await expect(page.getByText(/^1 von \d+ Personen eingecheckt/)).toBeVisible();
		expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(
			true
		);
		// The badge stays in front of the camera: one scan, not a scan per frame.
		await page.waitForTimeout(1000);
		await expect(page.getByText(/Willkommen! Eingecheckt/)).toBeVisible();
		await page.getByRole('button', { name: 'Kamera beenden' }).click();
		expect(problems).toEqual([]);
	} finally {
		await browser.close();
	}
});

test.describe('without a connection', () => {
	test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED|Failed to fetch/] });

	test('scans wait, show how many, and are sent when the connection returns', async ({
		page,
		context
	}) => {
		await signIn(page);
		await page.goto(`/checkin/${year}`, { waitUntil: 'networkidle' });
		const scan = (text: string) =>
			page.evaluate(
				(detail) => window.dispatchEvent(new CustomEvent('checkin-scan', { detail })),
				text
			);
		await context.setOffline(true);
		await scan(`http://127.0.0.1/schild/${codes[1]}`);
		await expect(page.getByTestId('pending-scans')).toHaveText(
			'1 Scans warten auf die Verbindung und werden automatisch nachgereicht.'
		);
		await context.setOffline(false);
		await expect(page.getByText(`Otto Offline-${unique}`)).toBeVisible({ timeout: 20_000 });
		await expect(page.getByText(/Willkommen! Eingecheckt um/)).toBeVisible();
		await expect(page.getByTestId('pending-scans')).toHaveText('');

		await scan(codes[1]);
		await expect(page.getByText(/Bereits um \d\d:\d\d Uhr eingecheckt\./)).toBeVisible();
		await scan('https://example.org/kein-namensschild');
		await expect(
			page.getByText('Dieses Namensschild gehört zu keiner Anmeldung dieser Konferenz.')
		).toBeVisible();
		await scan('0'.repeat(32));
		await expect(
			page.getByText('Dieses Namensschild gehört zu keiner Anmeldung dieser Konferenz.')
		).toBeVisible();
	});
});

test('a refused camera says so, and the code field still checks people in', async ({ baseURL }) => {
	const browser = await cameraBrowser(qrVideo(`http://127.0.0.1/schild/${codes[0]}`));
	try {
		// No camera permission granted: the browser refuses without asking.
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		const problems = watchErrors(page);
		await signIn(page);
		await page.goto(`/checkin/${year}`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Kamera starten und QR-Code scannen' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			/Der Zugriff auf die Kamera wurde nicht erlaubt\./
		);
		await page.getByLabel('Code vom Namensschild').fill(codes[0]);
		await page.getByRole('button', { name: 'Einchecken', exact: true }).click();
		await expect(page.getByText(/Bereits um \d\d:\d\d Uhr eingecheckt\./)).toBeVisible();
		expect(problems).toEqual([]);
	} finally {
		await browser.close();
	}
});
