// `npm test`: type check, unit and database tests, build, then e2e in Chromium against the built
// server. Under CI=true a missing browser or PostgreSQL fails the run instead of being skipped.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ci = process.env.CI === 'true';
const env = { ...process.env, TZ: 'Europe/Berlin', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipped = [];

function run(title, command, args) {
	console.log(`\n▶ ${title}`);
	const started = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(`\n✖ ${title} failed (${seconds} s)`);
		process.exit(result.status ?? 1);
	}
	console.log(`✔ ${title} (${seconds} s)`);
}

if (!process.env.TEST_DATABASE_URL) {
	if (ci) {
		console.error('CI=true but TEST_DATABASE_URL is not set: PostgreSQL tests must run in CI.');
		process.exit(1);
	}
	skipped.push(
		'PostgreSQL database tests (set TEST_DATABASE_URL=postgres://USER:PASSWORD@HOST/DB, a user that may create databases)'
	);
}
const haveBrowser = existsSync(chromium);
if (!haveBrowser) {
	if (ci) {
		console.error(`CI=true but Chromium is missing at ${chromium}: e2e tests must run in CI.`);
		process.exit(1);
	}
	skipped.push(
		`e2e and accessibility tests (install Chromium: apt-get install chromium, or set CHROMIUM_PATH)`
	);
}

run('Type check (svelte-check)', 'npx', ['svelte-kit', 'sync']);
run('Type check (svelte-check)', 'npx', [
	'svelte-check',
	'--tsconfig',
	'./tsconfig.json',
	'--fail-on-warnings'
]);
run('Unit and database tests (Vitest)', 'npx', ['vitest', 'run']);
if (haveBrowser) {
	run('Build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
	run('End-to-end and accessibility tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);
}

if (skipped.length) {
	console.log('\nSkipped — not available on this machine:');
	for (const s of skipped) console.log(`  - ${s}`);
}
console.log('\nAll test steps passed.');
