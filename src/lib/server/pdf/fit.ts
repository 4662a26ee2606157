/**
 * Fitting a text into a box: the largest font size at which it fits, on one line or wrapped.
 * Pure: the font enters only through `TextMeasure` (in the PDFs, the embedded font's
 * `widthOfString` and line height; in tests, the same or a simple stand-in).
 */

export interface TextMeasure {
	/** Width of `text` set at `size` points. */
	width(text: string, size: number): number;
	/** Distance from one line's top to the next line's top at `size` points. */
	lineHeight(size: number): number;
}

export interface BoxSize {
	width: number;
	height: number;
}

export interface FitOptions {
	/** The size to use when the text fits at it (points). */
	maxSize: number;
	/** Never smaller than this (points). */
	minSize: number;
	/**
	 * Before wrapping, shrink on one line down to this size (default `maxSize`: wrap at once).
	 * Names read best on one line, slightly smaller, rather than broken.
	 */
	oneLineDownTo?: number;
	/** Size steps tried between `maxSize` and `minSize` (default 0.5 pt). */
	step?: number;
}

export interface FittedText {
	size: number;
	lines: string[];
	/** True when even at `minSize` the text did not fit and the last line ends with "…". */
	truncated: boolean;
}

const ELLIPSIS = '…';

function sizesFrom(max: number, min: number, step: number): number[] {
	const sizes: number[] = [];
	for (let size = max; size > min; size = Math.round((size - step) * 1000) / 1000) {
		sizes.push(size);
	}
	sizes.push(min);
	return sizes;
}

/** Break opportunities: after a space and after a hyphen ("Yıldız-|Łukasiewicz"). */
function pieces(text: string): string[] {
	return text.match(/[^\s-]*(?:-+|\s+|$)/g)?.filter((p) => p !== '') ?? [];
}

const graphemes = (text: string): string[] =>
	Array.from(
		new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
		(s) => s.segment
	);

/**
 * Greedy line breaking at spaces and hyphens. With `breakWords`, a piece wider than the box is
 * cut between characters; without, such a piece means the text does not fit (null).
 */
function wrap(text: string, fits: (line: string) => boolean, breakWords: boolean): string[] | null {
	const lines: string[] = [];
	let line = '';
	for (const piece of pieces(text)) {
		if (fits((line + piece).trimEnd())) {
			line += piece;
			continue;
		}
		if (line.trim()) lines.push(line.trimEnd());
		line = '';
		if (fits(piece.trimEnd())) {
			line = piece;
			continue;
		}
		if (!breakWords) return null;
		for (const char of graphemes(piece)) {
			if (line && !fits((line + char).trimEnd())) {
				lines.push(line.trimEnd());
				line = '';
			}
			line += char;
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** `text` shortened at its end, with "…", to at most `width` (by `widthOf`); '' if even "…" is too wide. */
export function truncateToWidth(
	text: string,
	width: number,
	widthOf: (text: string) => number
): string {
	if (widthOf(text) <= width) return text;
	const chars = graphemes(text);
	for (let n = chars.length - 1; n >= 0; n--) {
		const candidate = chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
		if (widthOf(candidate) <= width) return candidate;
	}
	return '';
}

/**
 * The largest size in [minSize, maxSize] at which `text` fits `box`: first on one line (down to
 * `oneLineDownTo`), then wrapped at spaces and hyphens. If it fits at no size, it is set at
 * `minSize`, words are broken between characters, and what does not fit in the box's height is
 * cut off with "…". Every returned line is at most `box.width` wide and all lines together at
 * most `box.height` high.
 */
export function fitText(
	text: string,
	box: BoxSize,
	measure: TextMeasure,
	options: FitOptions
): FittedText {
	const { maxSize, minSize, step = 0.5 } = options;
	const oneLineDownTo = Math.max(minSize, Math.min(maxSize, options.oneLineDownTo ?? maxSize));
	const clean = text.replace(/\s+/g, ' ').trim();
	if (!clean) return { size: maxSize, lines: [], truncated: false };
	const sizes = sizesFrom(maxSize, minSize, step);
	const fitsAt = (size: number) => (line: string) => measure.width(line, size) <= box.width;
	const tallEnough = (size: number, lines: number) =>
		lines * measure.lineHeight(size) <= box.height;

	for (const size of sizes.filter((s) => s >= oneLineDownTo)) {
		if (fitsAt(size)(clean) && tallEnough(size, 1))
			return { size, lines: [clean], truncated: false };
	}
	for (const size of sizes) {
		const lines = wrap(clean, fitsAt(size), false);
		if (lines && tallEnough(size, lines.length)) return { size, lines, truncated: false };
	}

	const size = minSize;
	const lines = wrap(clean, fitsAt(size), true) ?? [];
	const room = Math.floor(box.height / measure.lineHeight(size) + 1e-9);
	if (lines.length <= room) return { size, lines, truncated: false };
	if (room < 1) return { size, lines: [], truncated: true };
	const kept = lines.slice(0, room);
	const widthOf = (t: string) => measure.width(t, size);
	let last = truncateToWidth(`${kept[room - 1]} ${lines[room]}`, box.width, widthOf);
	if (!last.endsWith(ELLIPSIS))
		last = truncateToWidth(kept[room - 1] + ELLIPSIS, box.width, widthOf);
	kept[room - 1] = last;
	return { size, lines: kept, truncated: true };
}
