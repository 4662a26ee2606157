import {
	controllerName,
	processingActivities,
	type PrivacySettings,
	type Text
} from './activities';
import { deletionConcept } from './deletion';
import type { EditionPrivacy } from './activities';

type Lang = keyof Text;

const labels = {
	de: {
		record: 'Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 DSGVO)',
		controller: 'Verantwortlicher',
		asOf: 'Stand',
		purpose: 'Zweck',
		legalBasis: 'Rechtsgrundlage',
		people: 'Betroffene Personen',
		data: 'Kategorien personenbezogener Daten',
		recipients: 'Empfänger',
		retention: 'Löschfristen',
		security: 'Technische und organisatorische Maßnahmen (Art. 32 DSGVO)',
		securityText:
			'Verschlüsselte Übertragung (https), Passwörter als argon2id-Hash, Sitzungs- und Link-Tokens nur als Hash, Rollen mit geringsten Rechten, Bremse gegen Passwort-Raten, Änderungsprotokoll, Fehlerprotokoll ohne Werte der Anfrage, Unterdrückung kleiner Fallzahlen im Monitoring.',
		concept: 'Löschkonzept der Konferenz',
		what: 'Was',
		when: 'Wann',
		how: 'Wie',
		date: 'Tag',
		kept: 'Was bleibt',
		gaps: 'Bekannte Lücken',
		noDate: 'steht noch nicht fest'
	},
	en: {
		record: 'Record of processing activities (Art. 30(1) GDPR)',
		controller: 'Controller',
		asOf: 'As of',
		purpose: 'Purpose',
		legalBasis: 'Legal basis',
		people: 'Data subjects',
		data: 'Categories of personal data',
		recipients: 'Recipients',
		retention: 'Time limits for erasure',
		security: 'Technical and organisational measures (Art. 32 GDPR)',
		securityText:
			'Encrypted transfer (https), passwords as argon2id hashes, session and link tokens only as hashes, roles with least privilege, a brake on password guessing, an audit log, an error log without request values, suppression of small counts in the monitoring.',
		concept: 'Deletion concept of the conference',
		what: 'What',
		when: 'When',
		how: 'How',
		date: 'Day',
		kept: 'What stays',
		gaps: 'Known gaps',
		noDate: 'not yet fixed'
	}
} as const;

/** The record of processing activities as a Markdown document, from the platform's settings. */
export function processingRecordMarkdown(
	settings: PrivacySettings,
	asOf: string,
	lang: Lang = 'de'
): string {
	const l = labels[lang];
	const lines = [
		`# ${l.record}`,
		'',
		`**${l.controller}:** ${controllerName()[lang]}  `,
		`**${l.asOf}:** ${asOf}`,
		''
	];
	processingActivities(settings).forEach((a, i) => {
		lines.push(
			`## ${i + 1}. ${a.name[lang]}`,
			'',
			`- **${l.purpose}:** ${a.purpose[lang]}`,
			`- **${l.legalBasis}:** ${a.legalBasis[lang]}`,
			`- **${l.people}:** ${a.people[lang]}`,
			`- **${l.data}:** ${a.data[lang]}`,
			`- **${l.recipients}:** ${a.recipients[lang]}`,
			`- **${l.retention}:** ${a.retention[lang]}`,
			''
		);
	});
	lines.push(`## ${l.security}`, '', l.securityText, '');
	return lines.join('\n');
}

/** The deletion concept of one edition as a Markdown document. */
export function deletionConceptMarkdown(edition: EditionPrivacy, lang: Lang = 'de'): string {
	const l = labels[lang];
	const concept = deletionConcept(edition);
	const cell = (text: string) => text.replace(/\|/g, '\\|');
	const lines = [
		`# ${l.concept} ${edition.year}`,
		'',
		`| ${l.what} | ${l.when} | ${l.date} | ${l.how} |`,
		'| --- | --- | --- | --- |',
		...concept.steps.map(
			(s) =>
				`| ${cell(s.what[lang])} | ${cell(s.when[lang])} | ${s.date ?? '–'} | ${cell(s.how[lang])} |`
		),
		'',
		`## ${l.kept}`,
		'',
		concept.kept[lang],
		'',
		`## ${l.gaps}`,
		'',
		...concept.gaps.map((g) => `- ${g[lang]}`),
		''
	];
	return lines.join('\n');
}

export { labels as documentLabels };
