/**
 * Plain text is the source of every mail; the HTML part is derived from it with every character
 * of user input escaped, so a name like `<script>` arrives as text in both parts.
 */
export interface MailContent {
	subject: string;
	text: string;
	html: string;
}

export function escapeHtml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

const urlPattern = /(https?:\/\/[^\s<>"']+)/g;

function paragraphToHtml(paragraph: string): string {
	const escaped = escapeHtml(paragraph);
	const linked = escaped.replace(urlPattern, (url) => `<a href="${url}">${url}</a>`);
	return `<p>${linked.replace(/\n/g, '<br>')}</p>`;
}

export function renderMail(subject: string, paragraphs: string[]): MailContent {
	const text = paragraphs.join('\n\n') + '\n';
	const html = [
		'<!doctype html><html lang="de"><head><meta charset="utf-8">',
		`<title>${escapeHtml(subject)}</title></head>`,
		'<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1b1f24">',
		...paragraphs.map(paragraphToHtml),
		'</body></html>'
	].join('\n');
	return { subject, text, html };
}
