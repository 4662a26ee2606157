import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The built server started the way an operator starts it on a public address, each on its own
 * port and database (the shared e2e server is a local demo on 127.0.0.1): the outbox page must
 * not exist there, and the published demo passwords must neither work nor be printed.
 */

const PUBLIC_ORIGIN = 'https://sozialkonferenz.example';
const PUBLISHED = ['Zeche-Zollverein-1986', 'Hans-Sachs-Haus-2023', 'Schalker-Markt-45879'];

test.describe.configure({ mode: 'serial', timeout: 360_000 });

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

interface Server {
	url: string;
	/** Everything the server printed so far, stdout and stderr. */
	log(): string;
	/** The exit code when the server refused to start, else null. */
	refused: number | null;
	stop(): Promise<void>;
}

/**
 * `env` may use the server's own address, e.g. as its ORIGIN. `script` is the production server (scripts/server.js), or
 * `scripts/start.js` as `npm start` runs it (which sets HOST and ORIGIN itself).
 */
async function startServer(
	dataDir: string,
	env: (url: string) => Record<string, string>,
	script = 'scripts/server.js'
): Promise<Server> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [script], {
		env: {
			PATH: process.env.PATH,
			TZ: 'Europe/Berlin',
			PORT: String(port),
			...(script === 'scripts/server.js' ? { HOST: '127.0.0.1' } : {}),
			PGLITE_DIR: join(dataDir, 'db'),
			UPLOAD_DIR: join(dataDir, 'files'),
			...env(url)
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
	let refused: number | null = null;
	// `npm start` may build the app first when the sources are newer than the build.
	const deadline = Date.now() + 240_000;
	for (;;) {
		const code = await Promise.race([
			exited,
			new Promise<null>((resolve) => setTimeout(() => resolve(null), 250))
		]);
		if (code !== null) {
			refused = code;
			break;
		}
		const healthy = await fetch(`${url}/api/health`).then(
			(r) => r.ok,
			() => false
		);
		if (healthy) break;
		if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
	}
	return {
		url,
		log: () => output,
		refused,
		async stop() {
			if (child.exitCode !== null) return;
			child.kill('SIGTERM');
			await exited;
		}
	};
}

/** Signs in through the form as a browser on `origin` would; the session cookie or null. */
async function signIn(server: Server, origin: string, email: string, password: string) {
	const response = await fetch(`${server.url}/anmelden`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password })
	});
	const cookie = response.headers.get('set-cookie')?.match(/sk_session=[^;]+/)?.[0] ?? null;
	return { status: response.status, cookie };
}

test('npm start prints the address to open, the demo sign-ins and where mails go, and nothing else', async () => {
	const server = await startServer(
		mkdtempSync(join(tmpdir(), 'sk-npm-start-')),
		() => ({}),
		'scripts/start.js'
	);
	await server.stop();
	const log = server.log();
	expect(server.refused, log).toBeNull();
	const port = new URL(server.url).port;
	const lines = log.trimEnd().split('\n');
	// Every line is the app's own: no build progress, no "Run npm run preview …", no bind address.
	expect(
		lines.filter((line) => !line.startsWith('[sozialkonferenz]')),
		log
	).toEqual([]);
	expect(log).not.toContain('npm run preview');
	expect(lines.length, log).toBeLessThanOrEqual(12);
	expect(lines.at(-1)).toBe(`[sozialkonferenz] ready: open http://localhost:${port}`);
	expect(log).toContain('demo-admin@sozialkonferenz.example / Zeche-Zollverein-1986');
	expect(log).toContain('demo-orga@sozialkonferenz.example / Hans-Sachs-Haus-2023');
	expect(log).toContain('demo-planung@sozialkonferenz.example / Schalker-Markt-45879');
	expect(log).toContain(
		`mails stay in the outbox (shown at http://localhost:${port}/dev/postausgang)`
	);
});

test('a start with a public ORIGIN has no outbox page, no demo accounts and prints no password', async () => {
	const server = await startServer(mkdtempSync(join(tmpdir(), 'sk-public-')), () => ({
		ORIGIN: PUBLIC_ORIGIN,
		MAIL_OUTBOX_PAGE: 'true'
	}));
	try {
		expect(server.refused, server.log()).toBeNull();
		expect((await fetch(`${server.url}/dev/postausgang`)).status).toBe(404);
		const attempt = await signIn(
			server,
			PUBLIC_ORIGIN,
			'demo-admin@sozialkonferenz.example',
			PUBLISHED[0]
		);
		expect(attempt).toEqual({ status: 400, cookie: null });
		expect(server.log()).toContain('MAIL_OUTBOX_PAGE=true is ignored');
		for (const password of PUBLISHED) expect(server.log()).not.toContain(password);
	} finally {
		await server.stop();
	}
});

test('a public start on a local demo database refuses while demo passwords are still the published ones', async () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'sk-demo-then-public-'));
	// The local demo: its outbox page and credentials are there, for this machine.
	const local = await startServer(dataDir, (url) => ({ ORIGIN: url, MAIL_OUTBOX_PAGE: 'true' }));
	try {
		expect(local.refused, local.log()).toBeNull();
		expect((await fetch(`${local.url}/dev/postausgang`)).status).toBe(200);
		for (const password of PUBLISHED) expect(local.log()).toContain(password);
		// The demo admin chooses a password of their own.
		const { cookie } = await signIn(
			local,
			local.url,
			'demo-admin@sozialkonferenz.example',
			PUBLISHED[0]
		);
		expect(cookie).not.toBeNull();
		const changed = await fetch(`${local.url}/konto?/password`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: local.url,
				accept: 'text/html',
				cookie: cookie!,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({
				current: PUBLISHED[0],
				password: 'Förderturm über Bottrop 17',
				confirm: 'Förderturm über Bottrop 17'
			})
		});
		expect(changed.status).toBeLessThan(400);
	} finally {
		await local.stop();
	}

	const publicStart = await startServer(dataDir, () => ({
		ORIGIN: PUBLIC_ORIGIN,
		MAIL_OUTBOX_PAGE: 'true'
	}));
	await publicStart.stop();
	const log = publicStart.log();
	expect(publicStart.refused, log).not.toBeNull();
	expect(publicStart.refused).not.toBe(0);
	expect(log).toContain('Refusing to start');
	expect(log).toContain('demo-orga@sozialkonferenz.example');
	expect(log).toContain('demo-planung@sozialkonferenz.example');
	// The admin's password is no longer the published one: not named, and no password printed.
	expect(log).not.toContain('demo-admin@sozialkonferenz.example');
	for (const password of [...PUBLISHED, 'Förderturm über Bottrop 17'])
		expect(log).not.toContain(password);
});

/** A GET over a Unix socket: status, one header and the body, or null while nothing listens. */
function getOverSocket(socketPath: string, path: string) {
	return new Promise<{ status: number; cacheControl: string; body: string } | null>((resolve) => {
		const request = httpRequest({ socketPath, path, headers: { accept: 'text/html' } }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () =>
				resolve({
					status: res.statusCode ?? 0,
					cacheControl: String(res.headers['cache-control'] ?? ''),
					body
				})
			);
		});
		request.on('error', () => resolve(null));
		request.end();
	});
}

test('the production server listens on a Unix socket when SOCKET_PATH is set, and serves kept pages there', async () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'sk-socket-'));
	const socketPath = join(dataDir, 'app.sock');
	const child = spawn(process.execPath, ['scripts/server.js'], {
		env: {
			PATH: process.env.PATH,
			TZ: 'Europe/Berlin',
			SOCKET_PATH: socketPath,
			// A port that would clash with the shared e2e server: it must not be used.
			PORT: process.env.E2E_PORT ?? '4173',
			PGLITE_DIR: join(dataDir, 'db'),
			UPLOAD_DIR: join(dataDir, 'files')
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise((resolve) => child.once('exit', resolve));
	try {
		const deadline = Date.now() + 240_000;
		while ((await getOverSocket(socketPath, '/api/health'))?.status !== 200) {
			expect(child.exitCode, output).toBeNull();
			expect(Date.now() < deadline, output).toBe(true);
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		expect(output).toContain(`Listening on ${socketPath}`);
		// The second anonymous GET of the home page is answered from the kept pages.
		for (let i = 0; i < 2; i += 1) {
			const home = await getOverSocket(socketPath, '/');
			expect(home?.status).toBe(200);
			expect(home?.body).toContain('Sozialkonferenz Ruhr');
			expect(home?.cacheControl).toContain('public');
		}
	} finally {
		child.kill('SIGTERM');
		await exited;
	}
});

/** A GET of `path` on 127.0.0.1:`port`: its status, or null when nothing answers within 5 s. */
function statusOnPort(port: number, path: string) {
	return new Promise<number | null>((resolve) => {
		const request = httpRequest({ host: '127.0.0.1', port, path, timeout: 5000 }, (res) => {
			res.resume();
			res.on('end', () => resolve(res.statusCode ?? 0));
		});
		request.on('timeout', () => request.destroy());
		request.on('error', () => resolve(null));
		request.end();
	});
}

test('under systemd socket activation the server answers on the passed socket and stops after IDLE_TIMEOUT', async () => {
	test.setTimeout(300_000);
	const dataDir = mkdtempSync(join(tmpdir(), 'sk-activation-'));
	// systemd's part: a listening socket, given to the app as file descriptor 3.
	const socket = createServer();
	await new Promise<void>((resolve) => socket.listen(0, '127.0.0.1', resolve));
	const { port } = socket.address() as AddressInfo;
	const fd = (socket as unknown as { _handle: { fd: number } })._handle.fd;
	// LISTEN_PID names the process the socket is for: the shell's pid, which `exec` keeps.
	const child = spawn('sh', ['-c', 'LISTEN_PID=$$ exec "$0" scripts/server.js', process.execPath], {
		env: {
			PATH: process.env.PATH,
			TZ: 'Europe/Berlin',
			LISTEN_FDS: '1',
			IDLE_TIMEOUT: '5',
			PGLITE_DIR: join(dataDir, 'db'),
			UPLOAD_DIR: join(dataDir, 'files')
		},
		stdio: ['ignore', 'pipe', 'pipe', fd]
	});
	// The app holds its own copy of the socket now; this process must not accept on it.
	socket.close();
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	try {
		const deadline = Date.now() + 240_000;
		while (!output.includes('Listening on')) {
			expect(child.exitCode, output).toBeNull();
			expect(Date.now() < deadline, output).toBe(true);
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		expect(output).toContain('Listening on the socket passed by systemd');
		expect(await statusOnPort(port, '/api/health'), output).toBe(200);
		// Nobody asks: the app stops by itself, cleanly.
		expect(await exited, output).toBe(0);
	} finally {
		if (child.exitCode === null) child.kill('SIGTERM');
	}
});
