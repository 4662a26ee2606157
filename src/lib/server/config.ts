import { resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
	.enum(['true', 'false', '1', '0', 'yes', 'no'], {
		error: 'erwartet true oder false'
	})
	.transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every setting comes from the environment (documented in the README). Parsed once at start-up;
 * a wrong value stops the server with a message naming the variable.
 */
const EnvSchema = z.object({
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'muss eine postgres://-URL sein')
		.optional(),
	PGLITE_DIR: z.string().min(1).default('./data/db'),
	SEED_DEMO: booleanFlag.default(true),
	DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
	ORIGIN: z
		.url('muss eine URL sein, z. B. https://sozialkonferenz.example')
		.default('http://localhost:3000'),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'muss eine smtp:// oder smtps://-URL sein')
		.optional(),
	MAIL_FROM: z.string().min(3).default('Sozialkonferenz Ruhr <sozialkonferenz@localhost>'),
	// "auto" (set by `npm start` without SMTP): on where it may be, silently off elsewhere.
	MAIL_OUTBOX_PAGE: z
		.enum(['true', 'false', '1', '0', 'yes', 'no', 'auto'], {
			error: 'erwartet true, false oder auto'
		})
		.default('false'),
	UPLOAD_DIR: z.string().min(1).default('./data/files'),
	UPLOAD_MAX_MB: z.coerce
		.number({ error: 'muss eine Zahl sein' })
		.positive('muss größer als 0 sein')
		.max(1024, 'höchstens 1024')
		.default(25),
	REGISTRATION_RATE_LIMIT: z.coerce
		.number({ error: 'muss eine Zahl sein' })
		.int()
		.min(0, 'darf nicht negativ sein')
		.default(10)
});

export type AppConfig = {
	database:
		{ kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };
	seedDemo: boolean;
	/** Public address of the site; links in mails are built from it. */
	origin: string;
	/**
	 * A demo on this machine: ORIGIN is localhost (or 127.0.0.1, [::1]) and demo content is on.
	 * Only then are the demo accounts created and `/dev/postausgang` shown.
	 */
	localDemo: boolean;
	/**
	 * `outboxPage`: show every queued mail at /dev/postausgang, to anyone who can reach the server
	 * from this machine; only ever true for a local demo.
	 */
	mail: { smtpUrl: string | null; from: string; outboxPage: boolean };
	/** What the start-up log should tell the operator about the settings (settings ignored). */
	notices: string[];
	/** Registrations per minute and IP address; 0 lifts the limit (load tests). */
	registrationRateLimit: number;
	/**
	 * Uploaded and generated files (archive documents, World Café harvests). `maxBytes` is what
	 * the server can really take: UPLOAD_MAX_MB, or less when BODY_SIZE_LIMIT is smaller
	 * (`capped` then says so, for the start-up log).
	 */
	uploads: { dir: string; maxBytes: number; capped: string | null };
};

const MB = 1024 * 1024;
/** Room in a request for the form's other fields and the multipart framing around the file. */
const MULTIPART_ROOM = 64 * 1024;

/** Bytes in adapter-node's notation for BODY_SIZE_LIMIT ("512K", "64M", "1G", "Infinity"). */
export function parseByteSize(value: string): number {
	const unit = { K: 1024, M: MB, G: 1024 * MB }[value.slice(-1).toUpperCase()];
	return unit ? Number(value.slice(0, -1)) * unit : Number(value);
}

function uploadLimit(
	wanted: number,
	bodySizeLimit: string | undefined
): { maxBytes: number; capped: string | null } {
	const limit = parseByteSize(bodySizeLimit ?? '512K');
	// An unreadable value stops adapter-node itself, with its own message.
	if (Number.isNaN(limit) || limit - MULTIPART_ROOM >= wanted)
		return { maxBytes: wanted, capped: null };
	const maxBytes = Math.max(0, limit - MULTIPART_ROOM);
	const needed = Math.ceil((wanted + MULTIPART_ROOM) / MB);
	return {
		maxBytes,
		capped: `UPLOAD_MAX_MB (${wanted / MB} MB) is more than BODY_SIZE_LIMIT (${bodySizeLimit ?? '512K'}) lets through: uploads are limited to ${(maxBytes / MB).toFixed(1)} MB. Set BODY_SIZE_LIMIT=${needed}M or more.`
	};
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether the site's address is this machine only (a demo), not a public one. */
export function isLocalOrigin(origin: string): boolean {
	return LOCAL_HOSTS.has(new URL(origin).hostname);
}

/**
 * `/dev/postausgang` shows every queued mail, password links and participants' personal links
 * included, to anyone. It exists only for a local demo; a wish for it anywhere else is ignored
 * with a notice for the start-up log.
 */
export function outboxPageDecision(
	wanted: 'on' | 'off' | 'auto',
	localDemo: boolean,
	origin: string
): { outboxPage: boolean; notice: string | null } {
	if (wanted === 'off') return { outboxPage: false, notice: null };
	if (localDemo) return { outboxPage: true, notice: null };
	return {
		outboxPage: false,
		notice:
			wanted === 'on'
				? `MAIL_OUTBOX_PAGE=true is ignored because ${isLocalOrigin(origin) ? 'demo content is off (SEED_DEMO=false)' : `ORIGIN ${origin} is not this machine`}: /dev/postausgang shows every queued mail, password links and participants' personal links included, and exists only for a local demo (ORIGIN on localhost and SEED_DEMO=true). Signed-in organisers and admins read the outbox at /admin/postausgang.`
				: null
	};
}

/**
 * Whether a request comes from this machine. The local demo's outbox page answers only those: a
 * demo started with HOST=0.0.0.0 is reachable from the network under its IP address too.
 */
export function isLoopbackAddress(address: string): boolean {
	const v4 = address.replace(/^::ffff:/i, '');
	return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

export class ConfigError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

/**
 * `bodyLimit`: the built server (adapter-node) refuses request bodies above BODY_SIZE_LIMIT, so
 * uploads are capped to what it lets through; the dev server and command-line scripts have no
 * such limit.
 */
export function loadConfig(
	env: Record<string, string | undefined> = process.env,
	options: { bodyLimit?: boolean } = {}
): AppConfig {
	const blankToUndefined = Object.fromEntries(
		Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v])
	);
	const parsed = EnvSchema.safeParse(blankToUndefined);
	if (!parsed.success) {
		throw new ConfigError(
			parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
		);
	}
	const e = parsed.data;
	const origin = e.ORIGIN.replace(/\/+$/, '');
	const localDemo = e.SEED_DEMO && isLocalOrigin(origin);
	const outbox = outboxPageDecision(
		e.MAIL_OUTBOX_PAGE === 'auto'
			? 'auto'
			: ['true', '1', 'yes'].includes(e.MAIL_OUTBOX_PAGE)
				? 'on'
				: 'off',
		localDemo,
		origin
	);
	return {
		database: e.DATABASE_URL
			? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
			: { kind: 'pglite', dataDir: resolve(e.PGLITE_DIR) },
		seedDemo: e.SEED_DEMO,
		origin,
		localDemo,
		mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM, outboxPage: outbox.outboxPage },
		notices: outbox.notice ? [outbox.notice] : [],
		registrationRateLimit: e.REGISTRATION_RATE_LIMIT,
		uploads: {
			dir: resolve(e.UPLOAD_DIR),
			...(options.bodyLimit
				? uploadLimit(Math.round(e.UPLOAD_MAX_MB * MB), blankToUndefined.BODY_SIZE_LIMIT)
				: { maxBytes: Math.round(e.UPLOAD_MAX_MB * MB), capped: null })
		}
	};
}
