// `npm start`: builds the app when the build is missing or older than the sources, then serves it
// on http://localhost:3000 with the embedded database under ./data/ (see README, Configuration).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'build', 'index.js');
const inputs = [
	'src',
	'static',
	'drizzle',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let newest = info.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const sourcesAt = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
if (builtAt < sourcesAt) {
	console.log('[sozialkonferenz] building the app …');
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

process.env.PORT ??= '3000';
process.env.HOST ??= '0.0.0.0';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// Planners upload value files of tens of MB (adapter-node's default is 512 KB).
process.env.BODY_SIZE_LIMIT ??= '64M';
// Without SMTP a local demo shows queued mails at /dev/postausgang: "auto" turns the page on only
// when ORIGIN is localhost and demo content is on, and to requests from this machine only.
if (!process.env.SMTP_URL) process.env.MAIL_OUTBOX_PAGE ??= 'auto';
process.chdir(root);
console.log(`[sozialkonferenz] starting on ${process.env.ORIGIN}`);
await import(join(root, 'build', 'index.js'));
