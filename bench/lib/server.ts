import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;

function portIsFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** `BENCH_PORTS=4400-4499` keeps the benchmark's servers inside a range; else any free port. */
const range = /^(\d+)-(\d+)$/.exec(process.env.BENCH_PORTS ?? '');
let nextInRange = range ? Number(range[1]) : 0;

export async function freePort(): Promise<number> {
	if (range) {
		const last = Number(range[2]);
		while (nextInRange <= last) {
			const port = nextInRange++;
			if (await portIsFree(port)) return port;
		}
		throw new Error(`no free port left in BENCH_PORTS=${process.env.BENCH_PORTS}`);
	}
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

export function requireBuild(): void {
	if (!existsSync(join(root, 'build', 'index.js'))) {
		throw new Error(
			'No build found: run `npx vite build` (or `npm start` once) before the benchmark.'
		);
	}
}

/** Start-up includes seeding a fresh database, which takes minutes on a busy shared machine. */
async function waitFor(url: string, child: ChildProcess, timeoutMs = 300_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export interface RunningServer {
	origin: string;
	process: ChildProcess;
	stop(): Promise<void>;
}

function stopper(child: ChildProcess) {
	return () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
			setTimeout(() => child.kill('SIGKILL'), 5000).unref();
		});
}

/** The built app in its own process; a fresh embedded database unless DATABASE_URL is given. */
export async function startApp(env: Record<string, string> = {}): Promise<RunningServer> {
	requireBuild();
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [join(root, 'scripts', 'server.js')], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			PGLITE_DIR: join(mkdtempSync(join(tmpdir(), 'sk-bench-')), 'db'),
			DATABASE_URL: '',
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		await waitFor(`${origin}/api/health`, child);
	} catch (error) {
		await stopper(child)();
		throw error;
	}
	return { origin, process: child, stop: stopper(child) };
}

/** A bare node:http server answering every request with a fixed body, in its own process. */
export async function startStaticServer(bodyBytes: number): Promise<RunningServer> {
	const port = await freePort();
	const script = `
		const body = Buffer.alloc(${bodyBytes}, 'x');
		require('node:http').createServer((req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
			res.end(body);
		}).listen(${port}, '127.0.0.1');`;
	const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'] });
	const origin = `http://127.0.0.1:${port}`;
	await waitFor(`${origin}/`, child);
	return { origin, process: child, stop: stopper(child) };
}
