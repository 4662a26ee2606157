import {
	closeSync,
	mkdirSync,
	openSync,
	readFileSync,
	statSync,
	unlinkSync,
	writeSync
} from 'node:fs';
import { dirname } from 'node:path';

/**
 * PGlite must never be opened by two processes on the same directory: the second one corrupts
 * it. We take a lock file next to the directory, holding our pid.
 *
 * - The file is created with an exclusive create (`wx`): of two processes starting at the same
 *   moment, exactly one creates it.
 * - The pid is written right after the create, so another process can see the file empty or
 *   half-written for a moment. Such a file is not stale while it is younger than
 *   `WRITING_GRACE_MS`: its creator may still be writing. Only an incomplete file older than that
 *   (its creator died between create and write) counts as stale.
 * - A complete file whose process is gone (a crash or `kill -9`) is stale and taken over. Removing
 *   it is itself guarded by a lock file, `<lock>.takeover`, taken the same way: only its holder
 *   may remove the lock file, and only after checking again that it is still stale. So two
 *   processes that find the same stale file can't both remove it, nor one remove the fresh lock
 *   the other has just taken in its place.
 */
export class DataDirectoryLockedError extends Error {
	constructor(
		readonly lockPath: string,
		/** The holder, or null when the lock file is still being written by a starting process. */
		readonly pid: number | null
	) {
		super(
			pid === null
				? `The database directory is being opened by another process (lock file ${lockPath}). ` +
						'PGlite allows only one process per data directory.'
				: `The database directory is in use by process ${pid} (lock file ${lockPath}). ` +
						'Stop that process first; PGlite allows only one process per data directory.'
		);
		this.name = 'DataDirectoryLockedError';
	}
}

/** How long an empty or half-written lock file is taken to be still in the making. */
export const WRITING_GRACE_MS = 10_000;
/** How long to wait for a lock file in the making or a takeover in progress before giving up. */
const WAIT_MS = 1_000;
const RETRY_MS = 20;

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM means the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function sleepSync(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const isCode = (error: unknown, code: string) => (error as NodeJS.ErrnoException).code === code;

type Holder =
	{ state: 'gone' } | { state: 'alive'; pid: number } | { state: 'writing' } | { state: 'stale' };

/** Who holds the lock file at `path`, judged from its content and age. */
export function inspectLock(path: string, now = Date.now()): Holder {
	let text: string;
	let modifiedAt: number;
	try {
		modifiedAt = statSync(path).mtimeMs;
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if (isCode(error, 'ENOENT')) return { state: 'gone' };
		throw error;
	}
	// Complete only with the final newline: "12" may be the start of "1234\n".
	const complete = /^(\d+)\n$/.exec(text);
	if (!complete)
		return now - modifiedAt < WRITING_GRACE_MS ? { state: 'writing' } : { state: 'stale' };
	const pid = Number(complete[1]);
	// Our own pid in a file we did not create this run: left by an earlier process that had the
	// same pid (pid 1 in a container).
	if (pid === process.pid || !isAlive(pid)) return { state: 'stale' };
	return { state: 'alive', pid };
}

function tryCreate(path: string): boolean {
	let fd: number;
	try {
		fd = openSync(path, 'wx');
	} catch (error) {
		if (isCode(error, 'EEXIST')) return false;
		throw error;
	}
	try {
		writeSync(fd, `${process.pid}\n`);
	} finally {
		closeSync(fd);
	}
	return true;
}

function removeIfOurs(path: string): void {
	try {
		if (readFileSync(path, 'utf8') === `${process.pid}\n`) unlinkSync(path);
	} catch (error) {
		if (!isCode(error, 'ENOENT')) throw error;
	}
}

/**
 * Removes the stale lock file at `path` while holding `<path>.takeover`; returns false when
 * another process is taking it over right now (the caller looks again shortly).
 */
function removeStale(path: string, depth: number): boolean {
	const guard = `${path}.takeover`;
	try {
		acquire(guard, depth + 1, false);
	} catch (error) {
		if (error instanceof DataDirectoryLockedError) return false;
		throw error;
	}
	try {
		// Looked at again under the guard: someone may have replaced it since we first read it.
		if (inspectLock(path).state === 'stale') {
			try {
				unlinkSync(path);
			} catch (error) {
				if (!isCode(error, 'ENOENT')) throw error;
			}
		}
	} finally {
		removeIfOurs(guard);
	}
	return true;
}

/** `wait`: give a file in the making (or a takeover in progress) time before giving up. */
function acquire(path: string, depth: number, wait: boolean): void {
	const deadline = Date.now() + (wait ? WAIT_MS : 0);
	for (;;) {
		if (tryCreate(path)) return;
		const holder = inspectLock(path);
		if (holder.state === 'gone') continue;
		if (holder.state === 'alive') throw new DataDirectoryLockedError(path, holder.pid);
		if (holder.state === 'stale') {
			// A takeover guard can itself be left stale; one level of that is plenty.
			if (depth >= 2) throw new Error(`Could not take the lock ${path}: remove it by hand.`);
			if (removeStale(path, depth)) continue;
		}
		if (Date.now() >= deadline) throw new DataDirectoryLockedError(path, null);
		sleepSync(RETRY_MS);
	}
}

export interface DirectoryLock {
	readonly path: string;
	release(): void;
}

export function lockDataDirectory(dataDir: string): DirectoryLock {
	const lockPath = `${dataDir.replace(/\/+$/, '')}.lock`;
	mkdirSync(dirname(lockPath), { recursive: true });
	acquire(lockPath, 0, true);
	let released = false;
	return {
		path: lockPath,
		release() {
			if (released) return;
			released = true;
			removeIfOurs(lockPath);
		}
	};
}
