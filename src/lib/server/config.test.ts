import { describe, expect, it } from 'vitest';
import { ConfigError, isLocalOrigin, isLoopbackAddress, loadConfig } from './config';

describe('loadConfig', () => {
	it('defaults to the embedded database under ./data/db with demo content', () => {
		const config = loadConfig({});
		expect(config.database.kind).toBe('pglite');
		expect(config.database.kind === 'pglite' && config.database.dataDir).toMatch(/data\/db$/);
		expect(config.seedDemo).toBe(true);
	});

	it('uses PostgreSQL when DATABASE_URL is set', () => {
		expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost/sk' }).database).toEqual({
			kind: 'postgres',
			url: 'postgres://u@localhost/sk',
			poolSize: 10
		});
	});

	it('names every wrong variable in one message', () => {
		try {
			loadConfig({ DATABASE_URL: 'mysql://x', SEED_DEMO: 'vielleicht' });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ConfigError);
			const message = (error as ConfigError).message;
			expect(message).toContain('DATABASE_URL');
			expect(message).toContain('SEED_DEMO');
		}
	});

	it('treats an empty variable as unset', () => {
		expect(loadConfig({ DATABASE_URL: '' }).database.kind).toBe('pglite');
	});

	it('keeps files in ./data/files, up to 25 MB each, unless told otherwise', () => {
		expect(loadConfig({}).uploads.dir).toMatch(/data\/files$/);
		expect(loadConfig({}).uploads.maxBytes).toBe(25 * 1024 * 1024);
		expect(loadConfig({ UPLOAD_DIR: '/srv/sk', UPLOAD_MAX_MB: '2.5' }).uploads).toEqual({
			dir: '/srv/sk',
			maxBytes: 2_621_440,
			capped: null
		});
		expect(() => loadConfig({ UPLOAD_MAX_MB: 'viel' })).toThrow(/UPLOAD_MAX_MB/);
	});

	it('caps uploads to what the built server lets through (BODY_SIZE_LIMIT) and says how to lift it', () => {
		const mb = 1024 * 1024;
		// adapter-node's default of 512K leaves 448 KB for a file after 64 KB for the rest of the form
		const small = loadConfig({}, { bodyLimit: true }).uploads;
		expect(small.maxBytes).toBe(448 * 1024);
		expect(small.capped).toContain('Set BODY_SIZE_LIMIT=26M');
		const roomy = loadConfig({ BODY_SIZE_LIMIT: '64M' }, { bodyLimit: true }).uploads;
		expect(roomy).toMatchObject({ maxBytes: 25 * mb, capped: null });
		expect(
			loadConfig({ BODY_SIZE_LIMIT: 'Infinity', UPLOAD_MAX_MB: '1024' }, { bodyLimit: true })
				.uploads.maxBytes
		).toBe(1024 * mb);
		expect(loadConfig({ BODY_SIZE_LIMIT: '10M' }, { bodyLimit: true }).uploads.maxBytes).toBe(
			10 * mb - 64 * 1024
		);
		// the dev server and scripts have no body limit
		expect(loadConfig({}).uploads).toMatchObject({ maxBytes: 25 * mb, capped: null });
	});
});

describe('the outbox page and demo mode', () => {
	const local = { ORIGIN: 'http://localhost:3000' };
	const publicSite = { ORIGIN: 'https://sozialkonferenz.example' };

	it('shows /dev/postausgang for a local demo only', () => {
		for (const origin of ['http://localhost:3000', 'http://127.0.0.1:4173', 'http://[::1]:3000']) {
			const config = loadConfig({ ORIGIN: origin, MAIL_OUTBOX_PAGE: 'true' });
			expect(config).toMatchObject({ localDemo: true, notices: [] });
			expect(config.mail.outboxPage).toBe(true);
		}
		expect(loadConfig(local).mail.outboxPage).toBe(false);
	});

	it('ignores MAIL_OUTBOX_PAGE=true with a public ORIGIN and says so in a notice', () => {
		const config = loadConfig({ ...publicSite, MAIL_OUTBOX_PAGE: 'true' });
		expect(config.localDemo).toBe(false);
		expect(config.mail.outboxPage).toBe(false);
		expect(config.notices).toHaveLength(1);
		expect(config.notices[0]).toContain('MAIL_OUTBOX_PAGE=true is ignored');
		expect(config.notices[0]).toContain(
			'ORIGIN https://sozialkonferenz.example is not this machine'
		);
		expect(config.notices[0]).toContain('/admin/postausgang');
	});

	it('ignores MAIL_OUTBOX_PAGE=true on localhost without demo content', () => {
		const config = loadConfig({ ...local, SEED_DEMO: 'false', MAIL_OUTBOX_PAGE: 'true' });
		expect(config.mail.outboxPage).toBe(false);
		expect(config.notices[0]).toContain('demo content is off (SEED_DEMO=false)');
	});

	it('reads a host name that only starts like localhost as public', () => {
		for (const origin of [
			'http://localhost.evil.example',
			'https://127.0.0.1.nip.io',
			'http://10.0.0.5:3000'
		]) {
			const config = loadConfig({ ORIGIN: origin, MAIL_OUTBOX_PAGE: 'true' });
			expect(config.mail.outboxPage, origin).toBe(false);
		}
	});

	it('turns the page on silently where allowed under "auto" (npm start without SMTP)', () => {
		expect(loadConfig({ ...local, MAIL_OUTBOX_PAGE: 'auto' })).toMatchObject({
			mail: { outboxPage: true },
			notices: []
		});
		expect(loadConfig({ ...publicSite, MAIL_OUTBOX_PAGE: 'auto' })).toMatchObject({
			mail: { outboxPage: false },
			notices: []
		});
	});

	it('tells a request from this machine from one over the network', () => {
		for (const address of ['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1'])
			expect(isLoopbackAddress(address), address).toBe(true);
		for (const address of ['192.0.2.1', '::ffff:192.0.2.1', '10.127.0.1', '2001:db8::1'])
			expect(isLoopbackAddress(address), address).toBe(false);
	});

	it('knows which origins are this machine', () => {
		expect(isLocalOrigin('http://localhost:3000')).toBe(true);
		expect(isLocalOrigin('https://sozialkonferenz.example')).toBe(false);
	});
});
