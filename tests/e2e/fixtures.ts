import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test fails on a console error or an uncaught exception in the browser, and gets an
 * `expectAccessible(page)` check: no serious or critical axe-core violation (WCAG 2.1 A/AA).
 */
export const test = base.extend<{
	expectAccessible: (page: Page) => Promise<void>;
	/** Console errors a test expects, e.g. the browser's note on a page that is a 404 on purpose. */
	allowedConsoleErrors: RegExp[];
}>({
	allowedConsoleErrors: [[], { option: true }],
	page: async ({ page, allowedConsoleErrors }, use) => {
		const problems: string[] = [];
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			if (allowedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
			problems.push(`console error: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		await use(page);
		expect(problems, 'the browser reported errors').toEqual([]);
	},
	// Playwright fixtures declare their dependencies by destructuring; this one has none.
	// eslint-disable-next-line no-empty-pattern
	expectAccessible: async ({}, use) => {
		await use(async (page: Page) => {
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
				.analyze();
			const serious = results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map(
					(v) =>
						`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`
				);
			expect(serious, `axe-core violations on ${page.url()}`).toEqual([]);
		});
	}
});

export { expect };
