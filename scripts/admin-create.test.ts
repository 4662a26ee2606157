import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db';
import { login } from '../src/lib/server/auth/sessions';

function adminCreate(dataDir: string, args: string[], env: Record<string, string> = {}) {
	return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin-create.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: dataDir, ADMIN_PASSWORD: '', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

describe('npm run admin:create', () => {
	it('creates an admin who can then sign in, and prints a generated password once', async () => {
		const dataDir = join(mkdtempSync(join(tmpdir(), 'sk-admin-')), 'db');
		const given = adminCreate(dataDir, ['--email', 'Anna@RVR.example', '--name', 'Anna'], {
			ADMIN_PASSWORD: 'Zeche-Zollverein-1986'
		});
		expect(given.stderr).toBe('');
		expect(given.stdout).toContain('Admin account created: anna@rvr.example');
		const generated = adminCreate(dataDir, ['--email', 'bert@rvr.example']);
		const password = generated.stdout.match(/Generated password .*: (\S+)/)?.[1];
		expect(password).toMatch(/^\S{20}$/);

		const handle = await openDatabase({ kind: 'pglite', dataDir });
		try {
			const anna = await login(
				handle.db,
				{ email: 'anna@rvr.example', password: 'Zeche-Zollverein-1986', ip: null, userAgent: null },
				new Date()
			);
			expect(anna.user.role).toBe('admin');
			const bert = await login(
				handle.db,
				{ email: 'bert@rvr.example', password: password!, ip: null, userAgent: null },
				new Date()
			);
			expect(bert.user.role).toBe('admin');
		} finally {
			await handle.close();
		}
	}, 180_000);

	it('says clearly when the running server holds the embedded database', () => {
		const dataDir = join(mkdtempSync(join(tmpdir(), 'sk-admin-')), 'db');
		const server = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
		try {
			writeFileSync(`${dataDir}.lock`, `${server.pid}\n`);
			const result = adminCreate(dataDir, ['--email', 'c@rvr.example'], {
				ADMIN_PASSWORD: 'Zeche-Zollverein-1986'
			});
			expect(result.status).toBe(1);
			expect(result.stderr).toContain(`in use by process ${server.pid}`);
			expect(result.stderr).toContain('stop the server');
		} finally {
			server.kill();
		}
	});
});
