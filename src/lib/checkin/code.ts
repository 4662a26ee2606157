/** The QR code holds a 32-hex-digit code; a scanner may also hand over a URL ending in it. */
export function codeFrom(scanned: string): string | null {
	const match = /([0-9a-f]{32})\s*$/i.exec(scanned.trim());
	return match ? match[1].toLowerCase() : null;
}
