/**
 * Which areas of a map carry a label, and which: run where the map is drawn, because what fits
 * depends on the size the map is shown at (labels keep their size on screen while the map
 * scales). Pure.
 */

/** Rough width of a character of the label font, as a share of the font size. */
const CHAR_WIDTH = 0.58;

export interface TagArea {
	readonly code: string;
	readonly name: string;
	/** The pole of inaccessibility (map units). */
	readonly anchor?: readonly [number, number] | null;
	/** Its distance to the area's border (map units). */
	readonly room?: number | null;
}

/**
 * Gives each area the longest label that fits around its pole and overlaps no label placed before
 * it (the areas with the most room first): its name, else its code, else none. `fontSize` is the
 * label size in map units (screen size divided by the map's scale). The name is always in the
 * information panel, the ranking and the table.
 */
export function placeTags(areas: readonly TagArea[], fontSize: number): Map<string, string> {
	const width = (text: string) => text.length * fontSize * CHAR_WIDTH;
	const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
	const tags = new Map<string, string>();
	const byRoom = areas
		.filter((a) => a.anchor && (a.room ?? 0) >= fontSize * 0.6)
		.sort((a, b) => (b.room ?? 0) - (a.room ?? 0));
	for (const a of byRoom) {
		const [x, y] = a.anchor!;
		// The text runs through the pole: about the diameter of the largest inscribed circle is free.
		const free = 2 * (a.room ?? 0) - 2;
		for (const text of new Set([a.name, a.code])) {
			if (width(text) > free) continue;
			const w = width(text) / 2 + 1;
			const h = fontSize / 2 + 1;
			const box = { x0: x - w, x1: x + w, y0: y - h, y1: y + h };
			const overlaps = placed.some(
				(o) => box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1
			);
			if (!overlaps) {
				placed.push(box);
				tags.set(a.code, text);
				break;
			}
		}
	}
	return tags;
}
