/**
 * Every mail is built from paragraphs whose pieces say where they come from:
 * - prose: the fixed wording of a template (the literal parts of a `para` template),
 * - text: everything interpolated into it — names, titles, addresses, anything a person typed,
 * - link: a URL the platform itself puts in (`link(…)`), the only thing that becomes an `<a>`.
 * Text is escaped in the HTML part and never linked; and because mail clients link web addresses
 * on their own, in both parts, anything in text that looks like one is defanged
 * (`https[:]//evil[.]example`), so a first name cannot become a link in a mail the conference sent.
 */
export interface MailContent {
	subject: string;
	text: string;
	html: string;
}

type Piece =
	| { kind: 'prose'; value: string }
	| { kind: 'text'; value: string }
	| { kind: 'link'; url: string };

export interface MailParagraph {
	readonly pieces: readonly Piece[];
}

export interface MailLink {
	readonly url: string;
}

export function escapeHtml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

const schemePattern = /\b([a-z][a-z0-9+.-]*):\/\//giu;
/** Dotted names ending in a letters-only label (`evil.example`, `www.x.de`), not after an `@`. */
const hostPattern = /(?<![@\p{L}\p{N}._-])(?:[\p{L}\p{N}_-]+\.)+\p{L}{2,63}(?![@\p{L}\p{N}_-])/gu;

/**
 * Breaks what a mail client would turn into a link: `https://` becomes `https[:]//` and the dots
 * of host names become `[.]`. E-mail addresses are left alone (a client makes them `mailto:`).
 */
export function defangLinks(value: string): string {
	return value
		.replace(schemePattern, '$1[:]//')
		.replace(hostPattern, (host) => host.replaceAll('.', '[.]'));
}

/** A link the platform puts into a mail (a personal link, a page of the platform). */
export function link(url: string): MailLink {
	if (!/^https?:\/\/[^\s<>"']+$/.test(url)) throw new Error('A mail link must be an http(s) URL.');
	return { url };
}

type Value = string | number | MailLink | MailParagraph | null | undefined;

function isParagraph(value: Value): value is MailParagraph {
	return typeof value === 'object' && value !== null && 'pieces' in value;
}

function piecesOf(value: Value): Piece[] {
	if (value === null || value === undefined) return [];
	if (isParagraph(value)) return [...value.pieces];
	if (typeof value === 'object') return [{ kind: 'link', url: value.url }];
	return [{ kind: 'text', value: String(value) }];
}

/** A paragraph: the literal parts are the template's wording, every `${…}` is text or a link. */
export function para(strings: TemplateStringsArray, ...values: Value[]): MailParagraph {
	const pieces: Piece[] = [];
	strings.forEach((literal, i) => {
		if (literal) pieces.push({ kind: 'prose', value: literal });
		if (i < values.length) pieces.push(...piecesOf(values[i]));
	});
	return { pieces };
}

/** Several paragraphs (or texts) as lines of one paragraph; nulls are left out. */
export function lines(...parts: Value[]): MailParagraph {
	const present = parts.filter((p) => p !== null && p !== undefined);
	return {
		pieces: present.flatMap((part, i) => [
			...(i > 0 ? [{ kind: 'prose' as const, value: '\n' }] : []),
			...piecesOf(part)
		])
	};
}

function pieceText(piece: Piece): string {
	if (piece.kind === 'link') return piece.url;
	return piece.kind === 'text' ? defangLinks(piece.value) : piece.value;
}

function pieceHtml(piece: Piece): string {
	if (piece.kind === 'link') {
		const url = escapeHtml(piece.url);
		return `<a href="${url}">${url}</a>`;
	}
	return escapeHtml(pieceText(piece)).replace(/\n/g, '<br>');
}

/** Paragraphs given as plain strings are text: escaped, defanged, never linked. */
function asParagraph(paragraph: MailParagraph | string): MailParagraph {
	return typeof paragraph === 'string' ? lines(paragraph) : paragraph;
}

/** The subject is never a link; what it quotes (a café's title, a name) is defanged like text. */
export function renderMail(
	title: string,
	paragraphs: (MailParagraph | string)[],
	language: 'de' | 'en' = 'de'
): MailContent {
	const subject = defangLinks(title);
	const parts = paragraphs.map(asParagraph);
	const text = parts.map((p) => p.pieces.map(pieceText).join('')).join('\n\n') + '\n';
	const html = [
		`<!doctype html><html lang="${language}"><head><meta charset="utf-8">`,
		`<title>${escapeHtml(subject)}</title></head>`,
		'<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1b1f24">',
		...parts.map((p) => `<p>${p.pieces.map(pieceHtml).join('')}</p>`),
		'</body></html>'
	].join('\n');
	return { subject, text, html };
}

/**
 * A paragraph from a catalogue message (`t` of `$lib/i18n` without parameters): its wording is
 * prose, and each `{name}` is replaced by `params[name]` as text or a link, exactly as `para`
 * treats its `${…}`. A placeholder without a value stays visible as written.
 */
export function message(template: string, params: Record<string, Value> = {}): MailParagraph {
	const pieces: Piece[] = [];
	let last = 0;
	for (const match of template.matchAll(/\{(\w+)\}/g)) {
		const name = match[1];
		if (!Object.hasOwn(params, name)) continue;
		if (match.index > last)
			pieces.push({ kind: 'prose', value: template.slice(last, match.index) });
		pieces.push(...piecesOf(params[name]));
		last = match.index + match[0].length;
	}
	if (last < template.length) pieces.push({ kind: 'prose', value: template.slice(last) });
	return { pieces };
}
