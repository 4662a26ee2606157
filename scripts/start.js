// `npm start`: builds the app when the build is missing or older than the sources, then serves it
// on http://localhost:3000 with the embedded database under ./data/ (see README, Configuration).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildQuietly, PREFIX, serverLog } from './start-log.js';

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
	console.log(`${PREFIX} building the app (a minute or two) …`);
	const status = buildQuietly(root);
	if (status !== 0) process.exit(status);
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
console.log(`${PREFIX} starting (the first start sets up the database, about half a minute) …`);
console.log = serverLog(console.log.bind(console), process.env.ORIGIN);
await import(join(root, 'scripts', 'server.js'));
