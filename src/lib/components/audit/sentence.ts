import { isMessageKey, type Params, type Translate } from '$lib/i18n';

export interface AuditSentenceRow {
	action: string;
	subjectType: string | null;
	subjectId: string | null;
	details: Record<string, unknown>;
}

/** A name and a page for the thing an entry is about, as the server resolved it. */
export interface AuditSubjectName {
	name: string | null;
	href: string | null;
}

/** The sentence around the subject, which the page shows as a link where it has one. */
export interface AuditSentence {
	before: string;
	subject: string;
	href: string | null;
	after: string;
}

// Figures some sentences name; a mailing's subject line is `subject_line`, since `{subject}` is
// the thing the entry is about.
function paramsOf(details: Record<string, unknown>): Params {
	const params: Params = {};
	for (const name of ['from', 'to', 'recipients', 'links']) {
		const value = details[name];
		if (typeof value === 'number' || typeof value === 'string') params[name] = value;
	}
	if (typeof details.subject === 'string') params.subject_line = details.subject;
	return params;
}

function subjectText(
	t: Translate,
	row: AuditSentenceRow,
	subject: AuditSubjectName | undefined
): string {
	if (subject?.name) {
		// A table's suggested name ("Tisch 3 (café)") in the page's language, as on the café pages.
		if (row.subjectType !== 'cafe_table') return subject.name;
		const [, number, rest] = /^(?:Tisch|Table) (\d+)( \(.*)$/.exec(subject.name) ?? [];
		return number ? `${t('cafe.tables.defaultLabel', { number })}${rest}` : subject.name;
	}
	if (!row.subjectType) return t('audit.subjectNone');
	// The sentence already names the kind ("Dokument … gelöscht"); the number is what is left.
	return t('audit.subjectGone', { id: row.subjectId ?? '–' });
}

/** "Anmeldung von [Jürgen Müller (2027)] abgemeldet" for `registration.cancelled` and its subject. */
export function auditSentence(
	t: Translate,
	row: AuditSentenceRow,
	subject: AuditSubjectName | undefined
): AuditSentence {
	const key = `audit.do.${row.action}`;
	const template = isMessageKey(key)
		? t(key, paramsOf(row.details))
		: t('audit.do.other', { action: row.action });
	const at = template.indexOf('{subject}');
	const text = subjectText(t, row, subject);
	const href = subject?.name ? subject.href : null;
	if (at < 0) return { before: template, subject: '', href: null, after: '' };
	return {
		before: template.slice(0, at),
		subject: text,
		href,
		after: template.slice(at + '{subject}'.length)
	};
}
