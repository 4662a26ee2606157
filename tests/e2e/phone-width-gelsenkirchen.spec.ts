import { test } from './fixtures';
import { visitAll } from './pages';

// The public atlas pages of Gelsenkirchen at phone width, in the gelsenkirchen chain of
// playwright.config.ts: the other specs of that chain withdraw these pages while they work.
test('the public atlas of Gelsenkirchen fits a 390-px phone', async ({ page }) => {
	await visitAll(page, 'gelsenkirchen');
});
