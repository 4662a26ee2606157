import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

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
