import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * PGlite must never be opened by two processes on the same directory: the second one corrupts
 * it. We take an exclusive lock file next to the directory, holding our pid, and take over a lock
 * whose process is gone (a crash or `kill -9` leaves the file behind).
 */
export class DataDirectoryLockedError extends Error {
	constructor(
		readonly lockPath: string,
		readonly pid: number
	) {
		super(
			`The database directory is in use by process ${pid} (lock file ${lockPath}). ` +
				'Stop that process first; PGlite allows only one process per data directory.'
		);
		this.name = 'DataDirectoryLockedError';
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM means the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readPid(lockPath: string): number | null {
	try {
		const pid = Number.parseInt(readFileSync(lockPath, 'utf8').trim(), 10);
		return Number.isFinite(pid) ? pid : null;
	} catch {
		return null;
	}
}

export interface DirectoryLock {
	readonly path: string;
	release(): void;
}

export function lockDataDirectory(dataDir: string): DirectoryLock {
	const lockPath = `${dataDir.replace(/\/+$/, '')}.lock`;
	mkdirSync(dirname(lockPath), { recursive: true });
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lockPath, 'wx');
			writeSync(fd, `${process.pid}\n`);
			closeSync(fd);
			let released = false;
			return {
				path: lockPath,
				release() {
					if (released) return;
					released = true;
					if (readPid(lockPath) === process.pid) rmSync(lockPath, { force: true });
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = readPid(lockPath);
			if (holder !== null && holder !== process.pid && isAlive(holder)) {
				throw new DataDirectoryLockedError(lockPath, holder);
			}
			// Stale lock from a dead process (or unreadable): remove it and try once more.
			rmSync(lockPath, { force: true });
		}
	}
	throw new Error(`Could not take the lock ${lockPath}.`);
}
