/** A piece of plain text, with `href` when the piece is a link. */
export interface TextPart {
	text: string;
	href?: string;
}

// A URL runs to the next space or quote; punctuation that ends a sentence is not part of it.
const URL_PATTERN = /https?:\/\/[^\s<>"„“”]+/g;
const TRAILING = /[.,;:!?)\]]+$/;

/**
 * Plain text split into text and links, for showing a mail's text with working links. Only
 * addresses on `origin` become links: a mail's text also carries what people typed (a name, an
 * organisation), and a foreign address from there should stay text.
 */
export function linkParts(text: string, origin: string): TextPart[] {
	const parts: TextPart[] = [];
	let last = 0;
	for (const match of text.matchAll(URL_PATTERN)) {
		const url = match[0].replace(TRAILING, '');
		if (!isOn(url, origin)) continue;
		const start = match.index;
		if (start > last) parts.push({ text: text.slice(last, start) });
		parts.push({ text: url, href: url });
		last = start + url.length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}

function isOn(url: string, origin: string): boolean {
	try {
		return new URL(url).origin === new URL(origin).origin;
	} catch {
		return false;
	}
}
