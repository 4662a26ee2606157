// The production server: adapter-node's request handler behind a plain node:http server that
// first offers every request to the kept public pages (decision 0041). A kept page is written
// straight to the socket; everything else, and every page not yet kept, goes to SvelteKit.
//
// Settings as adapter-node's own server reads them: PORT (3000), HOST (0.0.0.0), or SOCKET_PATH
// (a Unix socket instead), or systemd socket activation (LISTEN_PID and LISTEN_FDS: the socket
// systemd passes as file descriptor 3, and then IDLE_TIMEOUT: stop after that many seconds
// without a request, for systemd to start the app again on the next connection); ORIGIN,
// SHUTDOWN_TIMEOUT (30 s), KEEP_ALIVE_TIMEOUT and HEADERS_TIMEOUT (seconds).
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const build = new URL('../build/', import.meta.url);
// Importing the handler starts the app (database, migrations, jobs) before anything listens.
const { handler } = await import(fileURLToPath(new URL('handler.js', build)));
const kept = globalThis[Symbol.for('sozialkonferenz.keptPages')];

const seconds = (name) => {
	const value = process.env[name];
	if (value === undefined || value === '') return undefined;
	const parsed = Number(value);
	if (!Number.isFinite(parsed) || parsed < 0)
		throw new Error(`${name} must be a number of seconds`);
	return parsed;
};

const notFound = (req, res) => {
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	res.end('Not found');
};

/** Requests being answered, for IDLE_TIMEOUT. */
let running = 0;
let onIdle = () => {};

export const server = http.createServer((req, res) => {
	running += 1;
	res.once('close', () => {
		running -= 1;
		if (running === 0) onIdle();
	});
	if (kept?.serveKept(req, res)) return;
	handler(req, res, () => notFound(req, res));
});

const keepAlive = seconds('KEEP_ALIVE_TIMEOUT');
if (keepAlive !== undefined) server.keepAliveTimeout = keepAlive * 1000;
const headersTimeout = seconds('HEADERS_TIMEOUT');
if (headersTimeout !== undefined) server.headersTimeout = headersTimeout * 1000;

/** Where to listen: the socket systemd passed, a Unix socket, or host and port. */
function listenTarget() {
	const listenPid = process.env.LISTEN_PID;
	const listenFds = process.env.LISTEN_FDS;
	if (listenPid && listenFds) {
		if (Number(listenPid) !== process.pid) {
			throw new Error(`LISTEN_PID is ${listenPid}, not this process (${process.pid})`);
		}
		if (listenFds !== '1') throw new Error(`LISTEN_FDS is ${listenFds}; one socket is expected`);
		return { target: { fd: 3 }, name: 'the socket passed by systemd' };
	}
	if (process.env.SOCKET_PATH) {
		return { target: { path: process.env.SOCKET_PATH }, name: process.env.SOCKET_PATH };
	}
	const host = process.env.HOST || '0.0.0.0';
	const port = Number(process.env.PORT || 3000);
	return { target: { host, port }, name: null, host };
}

const listening = listenTarget();

// Socket activation only: with nobody asking for IDLE_TIMEOUT seconds the app stops, and systemd
// keeps the socket and starts it again on the next connection.
const idleTimeout = listening.target.fd === 3 ? seconds('IDLE_TIMEOUT') : undefined;
if (idleTimeout) {
	let timer = null;
	const arm = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (running === 0) shutdown('IDLE');
		}, idleTimeout * 1000);
		timer.unref();
	};
	onIdle = arm;
	server.on('request', () => clearTimeout(timer));
	arm();
}

server.listen(listening.target, () => {
	const address = server.address();
	const name =
		listening.name ??
		`http://${listening.host}:${typeof address === 'object' && address ? address.port : ''}`;
	console.log(`Listening on ${name}`);
});

// Stop taking connections, let running requests finish (at most SHUTDOWN_TIMEOUT), then let the
// app close its database and jobs through SvelteKit's shutdown event.
// Keep-alive connections become idle as their last request ends; they are closed as they do.
let stopping = false;
function shutdown(reason) {
	if (stopping) return;
	stopping = true;
	const limit = (seconds('SHUTDOWN_TIMEOUT') ?? 30) * 1000;
	const force = setTimeout(() => server.closeAllConnections(), limit);
	const idle = setInterval(() => server.closeIdleConnections(), 100);
	server.closeIdleConnections();
	server.close(() => {
		clearTimeout(force);
		clearInterval(idle);
		process.emit('sveltekit:shutdown', reason);
	});
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
