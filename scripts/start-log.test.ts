import type { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildQuietly, serverLog } from './start-log.js';

// What `vite build --logLevel warn` prints for this app (SvelteKit and adapter-node write with
// console.log, past Vite's log level).
const BUILD_OUTPUT = `
Run npm run preview to preview your production build locally.

> Using @sveltejs/adapter-node
Generated an empty chunk: "chunks/env.js".
  ✔ done
[PLUGIN_TIMINGS] JavaScript callbacks ran for 22.0s. The build took 10.9s.
`;

function fakeBuild(status: number, stdout: string, stderr = '') {
	const calls: string[][] = [];
	const run = ((command: string, args: string[]) => {
		calls.push([command, ...args]);
		return { status, stdout, stderr, pid: 1, output: [], signal: null };
	}) as unknown as typeof spawnSync;
	return { run, calls };
}

describe('the start-up log of npm start', () => {
	it('shows nothing of a successful build, not even the advice to run npm run preview', () => {
		const { run, calls } = fakeBuild(0, BUILD_OUTPUT);
		let written = '';
		const status = buildQuietly('/app', { run, write: (text: string) => (written += text) });
		expect(status).toBe(0);
		expect(written).toBe('');
		expect(calls).toEqual([['npx', 'vite', 'build', '--logLevel', 'warn']]);
	});

	it('shows the whole output of a failed build and says that it failed', () => {
		const { run } = fakeBuild(1, BUILD_OUTPUT, 'error during build: src/app.css: Unexpected }\n');
		let written = '';
		const status = buildQuietly('/app', { run, write: (text: string) => (written += text) });
		expect(status).toBe(1);
		expect(written).toContain('error during build: src/app.css: Unexpected }');
		expect(written).toContain('> Using @sveltejs/adapter-node');
		expect(written).toContain('[sozialkonferenz] the build failed (exit code 1)');
	});

	it('names the address to open where the server says which address it binds', () => {
		const lines: unknown[][] = [];
		const log = serverLog((...args: unknown[]) => lines.push(args), 'http://localhost:3000');
		log('[sozialkonferenz] mail: no SMTP_URL, mails stay in the outbox');
		log('Listening on http://0.0.0.0:3000');
		expect(lines).toEqual([
			['[sozialkonferenz] mail: no SMTP_URL, mails stay in the outbox'],
			['[sozialkonferenz] ready: open http://localhost:3000']
		]);
	});
});
