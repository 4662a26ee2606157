import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataDirectoryLockedError, lockDataDirectory } from './lock';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'sk-lock-')), 'db');

describe('lockDataDirectory', () => {
	it('writes our pid next to the directory and removes the file on release', () => {
		const dir = freshDir();
		const lock = lockDataDirectory(dir);
		expect(lock.path).toBe(`${dir}.lock`);
		expect(readFileSync(lock.path, 'utf8').trim()).toBe(String(process.pid));
		lock.release();
		expect(existsSync(lock.path)).toBe(false);
	});

	it('refuses a directory that a running process holds', async () => {
		const dir = freshDir();
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
		try {
			writeFileSync(`${dir}.lock`, `${other.pid}\n`);
			expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);
		} finally {
			other.kill();
		}
	});

	it('takes over the lock of a process that is gone', async () => {
		const dir = freshDir();
		const other = spawn(process.execPath, ['-e', '']);
		await new Promise((resolve) => other.on('exit', resolve));
		writeFileSync(`${dir}.lock`, `${other.pid}\n`);
		const lock = lockDataDirectory(dir);
		expect(readFileSync(lock.path, 'utf8').trim()).toBe(String(process.pid));
		lock.release();
	});
});
