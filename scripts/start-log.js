// The start-up log of `npm start`, kept to what a new user needs: the address, the demo sign-ins
// of a local demo and where mails go. The build's own output (Vite's and SvelteKit's progress,
// plugin timings, "Run npm run preview to preview your production build", which is the wrong
// advice here) is shown only when the build fails.
import { spawnSync } from 'node:child_process';

export const PREFIX = '[sozialkonferenz]';

/**
 * Builds the app with its output captured; writes it (through `write`) only when the build
 * fails. Returns the build's exit status.
 */
export function buildQuietly(
	root,
	{ run = spawnSync, write = (text) => process.stderr.write(text) } = {}
) {
	const result = run('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		// Vite and SvelteKit colour their output when they think a terminal reads it.
		env: { ...process.env, FORCE_COLOR: '0' }
	});
	const status = result.status ?? 1;
	if (status !== 0) {
		write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
		if (result.error) write(`${result.error.message}\n`);
		write(`${PREFIX} the build failed (exit code ${status}); its output is above.\n`);
	}
	return status;
}

/**
 * A console.log for the server: adapter-node's "Listening on http://0.0.0.0:3000" (the address
 * it binds, not the one to open) becomes the app's own last line with the address to open.
 */
export function serverLog(log, origin) {
	return (...args) => {
		if (args.length === 1 && typeof args[0] === 'string' && args[0].startsWith('Listening on ')) {
			log(`${PREFIX} ready: open ${origin}`);
			return;
		}
		log(...args);
	};
}
