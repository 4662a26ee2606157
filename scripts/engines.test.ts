import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// The README promises the Node.js versions in package.json's "engines". Every package that `npm ci`
// installs must run on the lowest version of each supported line, or `npm ci` warns and the
// promise is untrue.
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
	packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};

const lowestSupported = manifest.engines.node
	.split('||')
	.map((part) => semver.minVersion(part.trim())?.version)
	.filter((v): v is string => Boolean(v));

describe('supported Node.js versions', () => {
	it('names at least one version line', () => {
		expect(lowestSupported.length).toBeGreaterThan(0);
	});

	it.each(lowestSupported)('every installed package runs on Node.js %s', (version) => {
		const refusing = Object.entries(lock.packages)
			.filter(([path, meta]) => path !== '' && !meta.optional)
			.flatMap(([path, meta]) => {
				const range = Array.isArray(meta.engines) ? undefined : meta.engines?.node;
				return range && !semver.satisfies(version, range) ? [`${path} (${range})`] : [];
			});
		expect(refusing).toEqual([]);
	});
});
