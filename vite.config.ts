import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'Europe/Berlin' },
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Each PGlite instance holds its own WASM heap; two workers keep memory and CPU in bounds.
		maxWorkers: 2
	}
});
