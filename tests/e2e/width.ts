import { expect, type Page } from '@playwright/test';

/**
 * What makes a page wider than the window: the page's scroll width and the elements that stick
 * out on the right and are not clipped by a scroll box of their own, widest first (a visually
 * hidden label inside a wide table counts when the table's box does not contain it).
 */
export async function sidewaysOverflow(page: Page) {
	return page.evaluate(() => {
		const root = document.documentElement;
		const limit = root.clientWidth;
		/** Whether a box between the element and the page clips it (scrolls or hides it). */
		function clipped(element: Element): boolean {
			let position = getComputedStyle(element).position;
			if (position === 'fixed') return false;
			let waitForPositioned = position === 'absolute';
			for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
				const style = getComputedStyle(box);
				if (waitForPositioned && style.position === 'static') continue;
				waitForPositioned = false;
				if (style.overflowX !== 'visible') return true;
				position = style.position;
				if (position === 'fixed') return false;
				if (position === 'absolute') waitForPositioned = true;
			}
			return false;
		}
		function describe(element: Element): string {
			const id = element.id ? `#${element.id}` : '';
			const classes = [...element.classList]
				.filter((c) => !c.startsWith('svelte-'))
				.map((c) => `.${c}`)
				.join('');
			const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
			const right = Math.round(element.getBoundingClientRect().right);
			return `<${element.tagName.toLowerCase()}${id}${classes}> right edge ${right} px “${text}”`;
		}
		const sticking = [...document.body.querySelectorAll('*')]
			.filter((e) => e.getBoundingClientRect().right > limit + 0.5 && !clipped(e))
			.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
		return {
			scrollWidth: root.scrollWidth,
			clientWidth: limit,
			widest: sticking.slice(0, 3).map(describe)
		};
	});
}

/** Fails when the page scrolls sideways; the message names the page and the widest elements. */
export async function expectNoSidewaysScroll(page: Page) {
	const { scrollWidth, clientWidth, widest } = await sidewaysOverflow(page);
	const path = new URL(page.url()).pathname;
	// Soft: one run names every page that is too wide.
	expect
		.soft(
			scrollWidth - clientWidth,
			`${path} is ${scrollWidth - clientWidth} px wider than the window (${clientWidth} px); widest: ${widest.join(' | ') || 'none found'}`
		)
		.toBeLessThanOrEqual(0);
}

/**
 * Fails when a table's scroll box has to scroll: on a desktop window every column must be in
 * view, not cut off at the box's edge.
 */
export async function expectNoClippedTable(page: Page) {
	const clipped = await page.evaluate(() =>
		[...document.querySelectorAll('table')]
			.map((table) => {
				const box = table.parentElement;
				if (!box || box.scrollWidth <= box.clientWidth + 1) return null;
				const caption = table.caption?.textContent?.trim() ?? '';
				const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
				return `${caption || head.join(' | ')}: ${box.scrollWidth} px in a ${box.clientWidth} px box`;
			})
			.filter((line): line is string => line !== null)
	);
	expect.soft(clipped, `tables cut off on ${new URL(page.url()).pathname}`).toEqual([]);
}
