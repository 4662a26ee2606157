import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// e2e runs against the built server (`vite build` first) on a fresh embedded database, the same
// way `npm start` serves it. The directory is chosen once and inherited by the workers.
process.env.E2E_PGLITE_DIR ??= join(mkdtempSync(join(tmpdir(), 'sk-e2e-')), 'db');
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

const desktop = { ...devices['Desktop Chrome'], channel: undefined };
const gelsenkirchen = [
	/planung\.spec\.ts/,
	/planning-bad-input\.spec\.ts/,
	/planning\.spec\.ts/,
	/praxis\.spec\.ts/,
	/planning-api\.spec\.ts/,
	/bericht\.spec\.ts/,
	/lokale-indikatoren\.spec\.ts/,
	/phone-width-gelsenkirchen\.spec\.ts/,
	/kommonitor\.spec\.ts/
];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: process.env.CI === 'true',
	reporter: process.env.CI === 'true' ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL,
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{
			name: 'chromium',
			use: desktop,
			testIgnore: [/public-origin\.spec\.ts/, ...gelsenkirchen]
		},
		// These specs change the demo data of Gelsenkirchen (withdraw and publish it, import a year
		// and undo it, add a plan) or read exactly that data (its public atlas at phone width): one
		// after the other, each beside the rest of the suite, so that none of them sees another
		// one's half-finished step.
		...gelsenkirchen.map((testMatch, i) => ({
			name: `gelsenkirchen-${i + 1}`,
			use: desktop,
			testMatch,
			dependencies: i === 0 ? [] : [`gelsenkirchen-${i}`]
		})),
		// Starts servers of its own, which takes the machine's CPU for a while: after the rest, so
		// the timed browser tests don't share it.
		{
			name: 'own-servers',
			testMatch: /public-origin\.spec\.ts/,
			dependencies: ['chromium', `gelsenkirchen-${gelsenkirchen.length}`]
		}
	],
	webServer: {
		command: 'node scripts/server.js',
		url: `${baseURL}/api/health`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'pipe',
		stderr: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			PGLITE_DIR: process.env.E2E_PGLITE_DIR,
			BODY_SIZE_LIMIT: '64M',
			// Longer than any pause of a test between two API requests (and below Node's 60 s
			// headers timeout): with Node's 5 s, a request sent on a kept-alive connection the
			// moment the server closes it meets ECONNRESET.
			KEEP_ALIVE_TIMEOUT: '30',
			UPLOAD_DIR: join(process.env.E2E_PGLITE_DIR, '..', 'files'),
			DATABASE_URL: '',
			MAIL_OUTBOX_PAGE: 'true',
			REGISTRATION_RATE_LIMIT: '0',
			SMTP_URL: ''
		}
	}
});
