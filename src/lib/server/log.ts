/**
 * Errors go to the server log without the data they were about. A database error carries the
 * query's parameter values (drizzle's message ends in `params: …`, PGlite adds `params`), and
 * PostgreSQL's `detail` and `where` echo values (`Key (email)=(…) already exists`), so a failed
 * registration would otherwise write a person's name, address and stated needs into the log.
 * What an operator needs stays: the error class, the SQLSTATE code, the constraint, table and
 * column, the query text with its `$1` placeholders, and the stack frames of our own code.
 */

const PREFIX = '[sozialkonferenz]';
/** Fields of a PostgreSQL error that name schema objects, never values. */
const NAMED_FIELDS = [
	'severity',
	'code',
	'schema',
	'table',
	'column',
	'dataType',
	'constraint',
	'routine'
] as const;
const MAX_CAUSES = 5;
const MAX_FRAMES = 12;

type ErrorLike = Record<string, unknown>;

function isObject(value: unknown): value is ErrorLike {
	return typeof value === 'object' && value !== null;
}

/** A PostgreSQL error (from `pg` or PGlite): it has a five-character SQLSTATE. */
function isDatabaseError(error: ErrorLike): boolean {
	return typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code);
}

/**
 * drizzle's wrapper around a failed statement: the query and its values, the database's error as
 * its cause. (PGlite's own error has `query` and `params` too, but also a SQLSTATE, tested first.)
 */
function isFailedQuery(error: ErrorLike): error is ErrorLike & { query: string } {
	return typeof error.query === 'string' && 'params' in error;
}

function className(error: ErrorLike): string {
	const name = error.constructor?.name;
	return name && name !== 'Object' ? name : typeof error.name === 'string' ? error.name : 'Error';
}

/**
 * A database message quotes the offending value (`invalid input syntax for type integer: "…"`);
 * only quotes that name a schema object the error itself names are kept.
 */
function redactQuoted(message: string, names: Set<string>): string {
	return message.replace(/"([^"]*)"/g, (quoted, inner: string) =>
		names.has(inner) ? quoted : '"…"'
	);
}

/** Stack frames only: the first lines of a stack repeat the message, values included. */
function frames(stack: unknown): string[] {
	if (typeof stack !== 'string') return [];
	const all = stack.split('\n').filter((line) => /^\s+at /.test(line));
	const ours = all.filter((line) => !line.includes('node_modules') && !line.includes('(node:'));
	return (ours.length ? ours : all).slice(0, MAX_FRAMES).map((line) => line.trim());
}

function describeOne(error: unknown): { line: string; stack: string[] } {
	if (!isObject(error)) return { line: `thrown value of type ${typeof error}`, stack: [] };
	const name = className(error);
	const message = typeof error.message === 'string' ? error.message : '';
	if (isDatabaseError(error)) {
		const named = NAMED_FIELDS.flatMap((field) =>
			typeof error[field] === 'string' && error[field] ? [`${field}=${error[field]}`] : []
		);
		const names = new Set(
			NAMED_FIELDS.map((field) => error[field]).filter((v): v is string => typeof v === 'string')
		);
		// The query itself is shown once, by drizzle's wrapper around this error.
		return {
			line: `${name}: ${redactQuoted(message, names)} (${named.join(' ')})`,
			stack: frames(error.stack)
		};
	}
	if (isFailedQuery(error)) {
		return {
			line: `${name}: failed query: ${error.query.replace(/\s+/g, ' ')}`,
			stack: frames(error.stack)
		};
	}
	// Our own errors and the runtime's: their messages are written by code, but a few quote
	// input (`"…" is not valid JSON`), so quoted text goes here too.
	return { line: `${name}: ${redactQuoted(message, new Set())}`, stack: frames(error.stack) };
}

/**
 * The error and its causes as log text without parameter values or details that echo data.
 * The stack printed is that of the outermost error carrying one (where our code called).
 */
export function describeError(error: unknown): string {
	const lines: string[] = [];
	let stack: string[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < MAX_CAUSES && current !== undefined && current !== null; depth++) {
		const one = describeOne(current);
		lines.push(depth === 0 ? one.line : `caused by ${one.line}`);
		if (!stack.length) stack = one.stack;
		current = isObject(current) ? current.cause : undefined;
	}
	return [...lines, ...stack.map((frame) => `    ${frame}`)].join('\n');
}

/** A 43-character personal-link token in a path is a credential; the log shows its place only. */
export function redactPath(pathname: string): string {
	return pathname
		.split('/')
		.map((segment) => (/^[A-Za-z0-9_-]{43}$/.test(segment) ? ':token' : segment))
		.join('/');
}

/** The one way errors reach the log: `context` says what was going on, the error is described. */
export function logError(context: string, error: unknown): void {
	console.error(`${PREFIX} ${context}\n${describeError(error)}`);
}
