import { unzipSync } from 'fflate';

/**
 * The file types an edition's documentation accepts, recognised by their content (magic bytes)
 * and by their extension; both must agree. A renamed executable or an HTML page called
 * `bericht.pdf` is refused, so nothing is ever served under a type it is not.
 */
export const allowedFileTypes = {
	pdf: { mediaType: 'application/pdf', label: 'PDF', inline: true },
	docx: {
		mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		label: 'Word (DOCX)',
		inline: false
	},
	pptx: {
		mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		label: 'PowerPoint (PPTX)',
		inline: false
	},
	xlsx: {
		mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		label: 'Excel (XLSX)',
		inline: false
	},
	odt: { mediaType: 'application/vnd.oasis.opendocument.text', label: 'ODT', inline: false },
	odp: {
		mediaType: 'application/vnd.oasis.opendocument.presentation',
		label: 'ODP',
		inline: false
	},
	png: { mediaType: 'image/png', label: 'PNG', inline: true },
	jpeg: { mediaType: 'image/jpeg', label: 'JPEG', inline: true },
	txt: { mediaType: 'text/plain; charset=utf-8', label: 'Text', inline: true }
} as const;
export type FileType = keyof typeof allowedFileTypes;

const extensions: Record<string, FileType> = {
	pdf: 'pdf',
	docx: 'docx',
	pptx: 'pptx',
	xlsx: 'xlsx',
	odt: 'odt',
	odp: 'odp',
	png: 'png',
	jpg: 'jpeg',
	jpeg: 'jpeg',
	txt: 'txt'
};

export const allowedExtensionsText = 'PDF, DOCX, PPTX, XLSX, ODT, ODP, PNG, JPEG, TXT';

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
	return signature.every((b, i) => bytes[i] === b);
}

/** The entry names of a ZIP container, without decompressing anything; null if it is no ZIP. */
function zipEntries(bytes: Uint8Array): string[] | null {
	const names: string[] = [];
	try {
		unzipSync(bytes, {
			filter: (file) => {
				names.push(file.name);
				return false;
			}
		});
	} catch {
		return null;
	}
	return names;
}

/** ODF puts its media type uncompressed into the first entry, `mimetype` (ODF 1.2, 3.3). */
function odfMediaType(bytes: Uint8Array): string | null {
	const nameLength = bytes[26] | (bytes[27] << 8);
	const extraLength = bytes[28] | (bytes[29] << 8);
	const name = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
	if (name !== 'mimetype') return null;
	const start = 30 + nameLength + extraLength;
	return (
		new TextDecoder().decode(bytes.subarray(start, start + 60)).match(/^[a-z.\-/]+/)?.[0] ?? null
	);
}

function zipType(bytes: Uint8Array): FileType | null {
	const odf = odfMediaType(bytes);
	if (odf === allowedFileTypes.odt.mediaType) return 'odt';
	if (odf === allowedFileTypes.odp.mediaType) return 'odp';
	const names = zipEntries(bytes);
	if (!names?.includes('[Content_Types].xml')) return null;
	if (names.some((n) => n.startsWith('word/'))) return 'docx';
	if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
	if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
	return null;
}

function isPlainText(bytes: Uint8Array): boolean {
	if (bytes.includes(0)) return false;
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** What the content says the file is, whatever its name. */
export function sniffFileType(bytes: Uint8Array): FileType | null {
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipType(bytes);
	if (isPlainText(bytes)) return 'txt';
	return null;
}

export function extensionOf(fileName: string): string {
	const dot = fileName.lastIndexOf('.');
	return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export type FileCheck = { ok: true; type: FileType } | { ok: false; reason: string };

/** Extension and content must both name the same allowed type. */
export function checkFileType(fileName: string, bytes: Uint8Array): FileCheck {
	const ext = extensionOf(fileName);
	const byName = extensions[ext];
	if (!byName) {
		return {
			ok: false,
			reason: ext
				? `Dateien vom Typ „.${ext}“ sind nicht erlaubt (erlaubt: ${allowedExtensionsText}).`
				: `Die Datei hat keine Endung (erlaubt: ${allowedExtensionsText}).`
		};
	}
	const byContent = sniffFileType(bytes);
	if (byContent !== byName) {
		return {
			ok: false,
			reason: byContent
				? `Der Inhalt ist ${allowedFileTypes[byContent].label}, nicht ${allowedFileTypes[byName].label} wie die Endung sagt.`
				: `Der Inhalt ist keine gültige ${allowedFileTypes[byName].label}-Datei.`
		};
	}
	return { ok: true, type: byName };
}

const MAX_NAME_LENGTH = 100;

/**
 * A name that is safe in a path segment, a URL and a Content-Disposition header: the last path
 * component, letters (umlauts included), digits, dot, dash and underscore; spaces become dashes;
 * no leading dots; at most 100 characters with the extension kept.
 */
export function sanitiseFileName(raw: string, type: FileType): string {
	const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
	const ext = extensionOf(base);
	const stem = (ext ? base.slice(0, -(ext.length + 1)) : base)
		.replace(/\s+/g, '-')
		.replace(/[^\p{L}\p{N}._-]/gu, '_')
		.replace(/_+/g, '_')
		.replace(/^[._-]+/, '')
		.slice(0, MAX_NAME_LENGTH - 6);
	const suffix = extensions[ext] === type ? ext : type === 'jpeg' ? 'jpg' : type;
	return `${stem || 'dokument'}.${suffix}`;
}

/** The title a file gets when the organiser leaves the title empty. */
export function titleFromFileName(raw: string): string {
	const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
	const ext = extensionOf(base);
	const stem = ext ? base.slice(0, -(ext.length + 1)) : base;
	return stem.replace(/[_]+/g, ' ').trim().slice(0, 300) || 'Dokument';
}

/** `inline`/`attachment` with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 5987). */
export function contentDisposition(fileName: string, inline: boolean): string {
	const ascii = fileName
		.normalize('NFKD')
		.replace(/[^\x20-\x7e]/g, '')
		.replace(/["\\]/g, '_');
	return `${inline ? 'inline' : 'attachment'}; filename="${ascii || 'dokument'}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
