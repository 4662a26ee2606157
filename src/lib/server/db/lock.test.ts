import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { DataDirectoryLockedError, WRITING_GRACE_MS, lockDataDirectory } from './lock';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'sk-lock-')), 'db');

/** A pid that belonged to a process which has exited. */
async function deadPid(): Promise<number> {
	const other = spawn(process.execPath, ['-e', '']);
	await new Promise((resolve) => other.on('exit', resolve));
	return other.pid!;
}

function makeOld(path: string): void {
	const past = new Date(Date.now() - WRITING_GRACE_MS - 60_000);
	utimesSync(path, past, past);
}

describe('lockDataDirectory', () => {
	it('writes our pid next to the directory and removes the file on release', () => {
		const dir = freshDir();
		const lock = lockDataDirectory(dir);
		expect(lock.path).toBe(`${dir}.lock`);
		expect(readFileSync(lock.path, 'utf8')).toBe(`${process.pid}\n`);
		lock.release();
		expect(existsSync(lock.path)).toBe(false);
	});

	it('refuses a directory that a running process holds', async () => {
		const dir = freshDir();
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
		try {
			writeFileSync(`${dir}.lock`, `${other.pid}\n`);
			expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);
			expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(`${other.pid}\n`);
		} finally {
			other.kill();
		}
	});

	it('takes over the lock of a process that is gone', async () => {
		const dir = freshDir();
		writeFileSync(`${dir}.lock`, `${await deadPid()}\n`);
		const lock = lockDataDirectory(dir);
		expect(readFileSync(lock.path, 'utf8')).toBe(`${process.pid}\n`);
		expect(existsSync(`${lock.path}.takeover`)).toBe(false);
		lock.release();
	});

	it('does not take an empty or half-written lock file while its creator may still be writing', () => {
		for (const content of ['', '12']) {
			const dir = freshDir();
			writeFileSync(`${dir}.lock`, content);
			const error = (() => {
				try {
					lockDataDirectory(dir);
				} catch (e) {
					return e;
				}
			})();
			expect(error).toBeInstanceOf(DataDirectoryLockedError);
			expect((error as DataDirectoryLockedError).pid).toBeNull();
			expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(content);
		}
	});

	it('takes over an empty lock file left long ago by a process that died before writing', () => {
		const dir = freshDir();
		writeFileSync(`${dir}.lock`, '');
		makeOld(`${dir}.lock`);
		const lock = lockDataDirectory(dir);
		expect(readFileSync(lock.path, 'utf8')).toBe(`${process.pid}\n`);
		lock.release();
	});

	it('takes over a takeover guard whose process died in the middle', async () => {
		const dir = freshDir();
		const dead = await deadPid();
		writeFileSync(`${dir}.lock`, `${dead}\n`);
		writeFileSync(`${dir}.lock.takeover`, `${dead}\n`);
		const lock = lockDataDirectory(dir);
		expect(readFileSync(lock.path, 'utf8')).toBe(`${process.pid}\n`);
		expect(existsSync(`${lock.path}.takeover`)).toBe(false);
		lock.release();
	});
});

// ---------------------------------------------------------------------------------------------
// Two processes starting at the same moment

const ROUNDS = 9;
const ROUND_MS = 150;

/**
 * A contender: says "ready", waits for the common start time on stdin, then in each round tries
 * the round's directory at the same instant as the other contender, reporting whether it won.
 * It keeps every lock it won until the test closes its stdin, so the other one can never find
 * a lock of an exited process.
 */
const contenderSource = (lockModule: string) => `
import { createInterface } from 'node:readline';
import { lockDataDirectory } from ${JSON.stringify(lockModule)};
const dirs = JSON.parse(process.argv[2]);
const held = [];
console.log('ready');
const lines = createInterface({ input: process.stdin });
lines.once('line', (line) => {
	const startAt = Number(line);
	for (let round = 0; round < dirs.length; round++) {
		while (Date.now() < startAt + round * ${ROUND_MS}) {}
		try {
			held.push(lockDataDirectory(dirs[round]));
			console.log(JSON.stringify({ round, won: true }));
		} catch (error) {
			console.log(JSON.stringify({ round, won: false, error: error.name }));
		}
	}
});
lines.once('close', () => process.exit(0));
`;

interface Outcome {
	round: number;
	won: boolean;
	error?: string;
}

function startContender(script: string, dirs: string[]) {
	const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(dirs)], {
		stdio: ['pipe', 'pipe', 'inherit']
	});
	const outcomes: Outcome[] = [];
	let ready!: () => void;
	let done!: () => void;
	const isReady = new Promise<void>((resolve) => (ready = resolve));
	const isDone = new Promise<void>((resolve) => (done = resolve));
	createInterface({ input: child.stdout }).on('line', (line) => {
		if (line === 'ready') return ready();
		outcomes.push(JSON.parse(line) as Outcome);
		if (outcomes.length === dirs.length) done();
	});
	return { child, outcomes, isReady, isDone };
}

describe('two processes starting at the same moment', () => {
	it('let exactly one of them take the lock, on a free, a stale and a half-written lock file', async () => {
		const base = mkdtempSync(join(tmpdir(), 'sk-lock-race-'));
		const script = join(base, 'contender.mts');
		writeFileSync(script, contenderSource(join(import.meta.dirname, 'lock.ts')));
		const dead = await deadPid();
		const dirs = Array.from({ length: ROUNDS }, (_, round) => {
			const dir = join(base, `round-${round}`, 'db');
			const lockFile = `${dir}.lock`;
			const kind = round % 3;
			if (kind > 0) {
				// 1: left by a process that is gone; 2: empty, left long ago by one that died
				lockDataDirectory(dir).release();
				writeFileSync(lockFile, kind === 1 ? `${dead}\n` : '');
				if (kind === 2) makeOld(lockFile);
			}
			return dir;
		});

		const contenders = [startContender(script, dirs), startContender(script, dirs)];
		try {
			await Promise.all(contenders.map((c) => c.isReady));
			const startAt = Date.now() + 300;
			for (const c of contenders) c.child.stdin.write(`${startAt}\n`);
			await Promise.all(contenders.map((c) => c.isDone));
			for (let round = 0; round < ROUNDS; round++) {
				const results = contenders.map((c) => c.outcomes.find((o) => o.round === round)!);
				expect(
					results.filter((r) => r.won),
					`round ${round}: ${JSON.stringify(results)}`
				).toHaveLength(1);
				expect(results.find((r) => !r.won)?.error).toBe('DataDirectoryLockedError');
				const winner = contenders[results.findIndex((r) => r.won)].child.pid;
				expect(readFileSync(`${dirs[round]}.lock`, 'utf8')).toBe(`${winner}\n`);
			}
		} finally {
			for (const c of contenders) c.child.stdin.end();
			await Promise.all(
				contenders.map((c) => new Promise((resolve) => c.child.once('exit', resolve)))
			);
		}
	});
});
