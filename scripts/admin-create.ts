// `npm run admin:create -- --email anna@rvr.example [--name "Anna Beispiel"]`
//
// Creates an admin account in the database the app uses (DATABASE_URL, else PGlite in
// PGLITE_DIR). The password comes from ADMIN_PASSWORD, else is asked on a terminal (twice,
// hidden), else is generated and printed once. See docs/accounts.md.
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../src/lib/server/config';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../src/lib/server/db';
import { DataDirectoryLockedError } from '../src/lib/server/db/lock';
import { AuthError } from '../src/lib/server/auth/errors';
import { passwordProblem } from '../src/lib/server/auth/rules';
import { AUTH_MESSAGES } from '../src/lib/server/auth/errors';
import { createUser } from '../src/lib/server/auth/store';

function fail(message: string): never {
	console.error(`admin:create: ${message}`);
	process.exit(1);
}

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
	return new Promise((resolve) => {
		const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
		const output = rl as unknown as { _writeToOutput: (s: string) => void };
		let prompted = false;
		output._writeToOutput = (s: string) => {
			if (!prompted) {
				process.stdout.write(s);
				prompted = true;
			}
		};
		rl.question(question, (answer) => {
			rl.close();
			process.stdout.write('\n');
			resolve(answer);
		});
	});
}

/** 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I). */
function generatePassword(): string {
	const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
	const bytes = randomBytes(20);
	return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

async function choosePassword(email: string): Promise<{ password: string; generated: boolean }> {
	const fromEnv = process.env.ADMIN_PASSWORD;
	if (fromEnv) {
		const problem = passwordProblem(fromEnv, email);
		if (problem) fail(`ADMIN_PASSWORD: ${AUTH_MESSAGES[problem]}`);
		return { password: fromEnv, generated: false };
	}
	if (process.stdin.isTTY) {
		for (;;) {
			const first = await askHidden('Passwort (mindestens 12 Zeichen, leer = erzeugen): ');
			if (!first) break;
			const problem = passwordProblem(first, email);
			if (problem) {
				console.error(AUTH_MESSAGES[problem]);
				continue;
			}
			const second = await askHidden('Passwort wiederholen: ');
			if (second === first) return { password: first, generated: false };
			console.error(AUTH_MESSAGES.passwoerter_ungleich);
		}
	}
	return { password: generatePassword(), generated: true };
}

const { values } = parseArgs({
	options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } },
	strict: true
});

if (values.help || !values.email) {
	console.log(
		'Usage: npm run admin:create -- --email EMAIL [--name NAME]\n' +
			'Password: ADMIN_PASSWORD, else asked on the terminal, else generated and printed once.\n' +
			'Database: DATABASE_URL, else PGlite in PGLITE_DIR (default ./data/db).'
	);
	process.exit(values.email || values.help ? 0 : 1);
}

let config;
try {
	config = loadConfig();
} catch (error) {
	if (error instanceof ConfigError) fail(error.message);
	throw error;
}

const email = values.email;
const name = values.name?.trim() || 'Administration';
const { password, generated } = await choosePassword(email);

let handle: DatabaseHandle;
try {
	handle = await openDatabase(config.database);
} catch (error) {
	if (error instanceof DataDirectoryLockedError) {
		fail(
			`the database ${config.database.kind === 'pglite' ? config.database.dataDir : ''} is in use by ` +
				`${error.pid === null ? 'another process' : `process ${error.pid}`} (probably the running server). PGlite allows only one process per ` +
				'data directory: stop the server, run this command, then start the server again. ' +
				'With PostgreSQL (DATABASE_URL) the server may keep running.'
		);
	}
	throw error;
}

try {
	await migrateDatabase(handle);
	const user = await createUser(
		handle.db,
		{ email, name, role: 'admin', municipalityAgs: null, password },
		null,
		config.origin,
		new Date()
	);
	console.log(`Admin account created: ${user.email} (${user.name}, id ${user.id}).`);
	if (generated) {
		console.log(`Generated password (shown only now, store it safely): ${password}`);
	}
	console.log(`Sign in at ${config.origin}/anmelden`);
} catch (error) {
	if (error instanceof AuthError) fail(`${error.message}${error.field ? ` (${error.field})` : ''}`);
	throw error;
} finally {
	await handle.close();
}
