/**
 * What the platform stores about people, why, on which legal basis and for how long: the one
 * source from which the privacy notice (`/datenschutz`), the record of processing activities
 * (Art. 30 DSGVO) and the deletion concept of an edition are written, so the three cannot
 * disagree. Pure: the settings come in, text comes out. Periods are the platform's real ones
 * (the edition's retention days and confirmation hours, the session and link lifetimes of
 * `auth/rules.ts`), never typed a second time.
 */

export interface Text {
	de: string;
	en: string;
}

/** The settings of one edition that decide what happens to its participants' data. */
export interface EditionPrivacy {
	year: number;
	/** `YYYY-MM-DD`, or null while the date is open. */
	date: string | null;
	retentionDays: number;
	confirmationHours: number;
}

export interface PrivacySettings {
	editions: EditionPrivacy[];
	sessionIdleHours: number;
	sessionMaxDays: number;
	signInRunHours: number;
	resetLinkHours: number;
	inviteLinkHours: number;
	/** Registrations per minute and IP address (0: no limit). */
	registrationRateLimit: number;
	/** Accessibility feedback messages per hour and IP address. */
	feedbackPerHour: number;
}

export type ActivityId =
	| 'registration'
	| 'worldcafe'
	| 'certificates'
	| 'survey'
	| 'posters'
	| 'accounts'
	| 'signin'
	| 'audit'
	| 'mail'
	| 'feedback'
	| 'monitoring'
	| 'serverlog';

export interface ProcessingActivity {
	id: ActivityId;
	name: Text;
	purpose: Text;
	legalBasis: Text;
	people: Text;
	data: Text;
	recipients: Text;
	retention: Text;
}

const controller: Text = {
	de: 'Regionalverband Ruhr (RVR), Referat Bildung und Soziales, Kronprinzenstraße 35, 45128 Essen',
	en: 'Regionalverband Ruhr (RVR), Department of Education and Social Affairs, Kronprinzenstraße 35, 45128 Essen, Germany'
};

export function controllerName(): Text {
	return controller;
}

const internal: Text = {
	de: 'Organisationsteam der Konferenz im RVR; Betrieb der Plattform (Auftragsverarbeitung nach Art. 28 DSGVO). Keine Übermittlung in Drittländer.',
	en: 'The conference team at the RVR; the operator of the platform (processor under Art. 28 GDPR). No transfer to third countries.'
};

function plural(n: number, one: Text, many: Text): Text {
	const words = n === 1 ? one : many;
	return { de: `${n} ${words.de}`, en: `${n} ${words.en}` };
}

const hours = (n: number) =>
	plural(n, { de: 'Stunde', en: 'hour' }, { de: 'Stunden', en: 'hours' });
const days = (n: number) => plural(n, { de: 'Tag', en: 'day' }, { de: 'Tage', en: 'days' });

/** "Konferenz 2027 (am 10.09.2027): 90 Tage nach dem Konferenztag" per edition, or the default. */
function registrationRetention(settings: PrivacySettings): Text {
	const perEdition = settings.editions.map((e) => {
		const period = days(e.retentionDays);
		return {
			de: `Konferenz ${e.year}: ${period.de} nach dem Konferenztag${e.date ? ` (${anonymisationDay(e)?.split('-').reverse().join('.')})` : ''}`,
			en: `Conference ${e.year}: ${period.en} after the conference day${e.date ? ` (${anonymisationDay(e)})` : ''}`
		};
	});
	const list = (lang: keyof Text) =>
		perEdition.length ? ` ${perEdition.map((p) => p[lang]).join('; ')}.` : '';
	const confirm = settings.editions.map((e) => e.confirmationHours);
	const confirmText = confirm.length ? hours(Math.min(...confirm)) : hours(48);
	return {
		de: `Name, Kontaktdaten und Angaben zur Barrierefreiheit werden nach Ablauf der Aufbewahrungsfrist der Konferenz anonymisiert; es bleiben nur Status, Bereich, Kommune und Workshop für die Statistik. Persönliche Links und die Mails an die Person werden dabei gelöscht. Eine nicht bestätigte Anmeldung verfällt nach ${confirmText.de}.${list('de')} Über den persönlichen Link kann die Person ihre Daten jederzeit selbst löschen.`,
		en: `Name, contact details and accessibility needs are anonymised when the conference's retention period ends; only status, sector, municipality and workshop stay for the statistics. Personal links and the mails to the person are deleted at the same time. An unconfirmed registration lapses after ${confirmText.en}.${list('en')} With the personal link a person can delete their data at any time.`
	};
}

/** The first day on which the edition's personal data is gone (`YYYY-MM-DD`), or null without a date. */
export function anonymisationDay(
	edition: Pick<EditionPrivacy, 'date' | 'retentionDays'>
): string | null {
	if (!edition.date) return null;
	const [y, m, d] = edition.date.split('-').map(Number);
	// The nightly job anonymises on the first day *after* event date + retention days.
	return new Date(Date.UTC(y, m - 1, d + edition.retentionDays + 1)).toISOString().slice(0, 10);
}

export function processingActivities(settings: PrivacySettings): ProcessingActivity[] {
	const idle = hours(settings.sessionIdleHours);
	const max = days(settings.sessionMaxDays);
	const run = hours(settings.signInRunHours);
	const reset = hours(settings.resetLinkHours);
	const invite = hours(settings.inviteLinkHours);
	return [
		{
			id: 'registration',
			name: { de: 'Anmeldung zur Konferenz', en: 'Conference registration' },
			purpose: {
				de: 'Plätze und Workshops vergeben, Warteliste führen, Namensschilder drucken, Einlass (Check-in), Mails zur Anmeldung, Vorbereitung von Barrierefreiheit und Verpflegung.',
				en: 'Allocating seats and workshops, keeping the waiting list, printing badges, check-in, mails about the registration, preparing accessibility and catering.'
			},
			legalBasis: {
				de: 'Art. 6 Abs. 1 lit. b DSGVO (Teilnahme an der Konferenz); Angaben zur Barrierefreiheit, die Gesundheitsdaten sein können, nur freiwillig und ausdrücklich (Art. 9 Abs. 2 lit. a DSGVO); Fotos und Teilnehmendenliste nur mit Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).',
				en: 'Art. 6(1)(b) GDPR (taking part in the conference); accessibility needs, which may be health data, only voluntarily and explicitly (Art. 9(2)(a) GDPR); photos and the list of participants only with consent (Art. 6(1)(a) GDPR).'
			},
			people: { de: 'Teilnehmende', en: 'Participants' },
			data: {
				de: 'Vor- und Nachname, E-Mail-Adresse, Organisation, Funktion, Bereich, Kommune, Sprache, Workshop-Wünsche, Antworten auf die eigenen Fragen der Konferenz, Angaben zur Barrierefreiheit und Verpflegung, Einwilligungen, Zeitpunkt des Check-ins.',
				en: 'First and last name, e-mail address, organisation, job title, sector, municipality, language, workshop wishes, answers to the conference’s own questions, accessibility and catering needs, consents, time of check-in.'
			},
			recipients: internal,
			retention: registrationRetention(settings)
		},
		{
			id: 'worldcafe',
			name: { de: 'World Café', en: 'World Café' },
			purpose: {
				de: 'Themenwünsche, Abstimmung über Ideen, Tischplan und Ergebnisse (Ernte).',
				en: 'Topic wishes, voting on ideas, the seating plan and the results (harvest).'
			},
			legalBasis: { de: 'Art. 6 Abs. 1 lit. b DSGVO.', en: 'Art. 6(1)(b) GDPR.' },
			people: { de: 'Teilnehmende, Gastgeber:innen', en: 'Participants, table hosts' },
			data: {
				de: 'Tischzuordnung, Themenwünsche, Stimmen (an die anonymisierte Anmeldung gebunden), Abstimmungslinks.',
				en: 'Table allocation, topic wishes, votes (tied to the anonymised registration), voting links.'
			},
			recipients: internal,
			retention: {
				de: 'Abstimmungslinks werden mit der Anonymisierung der Anmeldung entwertet; Plätze, Wünsche und Stimmen bleiben ohne Personenbezug an der anonymisierten Anmeldung.',
				en: 'Voting links are revoked when the registration is anonymised; seats, wishes and votes stay, without reference to a person, with the anonymised registration.'
			}
		},
		{
			id: 'certificates',
			name: { de: 'Teilnahmebescheinigungen', en: 'Attendance certificates' },
			purpose: {
				de: 'Bescheinigung der Teilnahme für Fortbildungsnachweise; Prüfung der Echtheit über einen Code.',
				en: 'Certifying attendance for training records; checking that a certificate is genuine by its code.'
			},
			legalBasis: { de: 'Art. 6 Abs. 1 lit. b DSGVO.', en: 'Art. 6(1)(b) GDPR.' },
			people: { de: 'Eingecheckte Teilnehmende', en: 'Checked-in participants' },
			data: {
				de: 'Ein zufälliger Prüfcode je Anmeldung; die Bescheinigung selbst wird aus den Anmeldedaten erzeugt und nicht gespeichert. Die Prüfseite zeigt nur Name, Konferenz und Datum.',
				en: 'A random verification code per registration; the certificate itself is made from the registration and not stored. The verification page shows only name, conference and date.'
			},
			recipients: {
				de: 'Wer den Code kennt (die Person gibt ihn z. B. an den Arbeitgeber weiter).',
				en: 'Whoever knows the code (the person passes it on, e.g. to their employer).'
			},
			retention: {
				de: 'Mit der Anonymisierung der Anmeldung zeigt die Prüfseite keinen Namen mehr.',
				en: 'Once the registration is anonymised, the verification page shows no name any more.'
			}
		},
		{
			id: 'survey',
			name: { de: 'Rückmeldebogen (Evaluation)', en: 'Feedback survey (evaluation)' },
			purpose: {
				de: 'Die Konferenz auswerten und verbessern.',
				en: 'Evaluating and improving the conference.'
			},
			legalBasis: {
				de: 'Art. 6 Abs. 1 lit. e DSGVO; die Teilnahme ist freiwillig.',
				en: 'Art. 6(1)(e) GDPR; taking part is voluntary.'
			},
			people: { de: 'Eingecheckte Teilnehmende', en: 'Checked-in participants' },
			data: {
				de: 'Ein Einmal-Link je eingeladener Person; die Antworten werden ohne Verbindung zur Anmeldung gespeichert (anonym). Zusammenfassungen zeigen keine Zahlen unter 5 Antworten.',
				en: 'A single-use link per invited person; answers are stored without any link to the registration (anonymous). Summaries show no figures below 5 answers.'
			},
			recipients: {
				de: 'Organisationsteam; eine veröffentlichte Zusammenfassung ist öffentlich.',
				en: 'The conference team; a published summary is public.'
			},
			retention: {
				de: 'Die Links werden mit der Anonymisierung der Anmeldung gelöscht; die anonymen Antworten bleiben.',
				en: 'The links are deleted when the registration is anonymised; the anonymous answers stay.'
			}
		},
		{
			id: 'posters',
			name: {
				de: 'Posterausstellung und Praxisbörse',
				en: 'Poster exhibition and practice exchange'
			},
			purpose: {
				de: 'Einreichung, Begutachtung und Auswahl von Postern; Veröffentlichung angenommener Poster auf der Konferenzseite und im Archiv.',
				en: 'Submitting, reviewing and selecting posters; publishing accepted posters on the conference page and in the archive.'
			},
			legalBasis: {
				de: 'Art. 6 Abs. 1 lit. b DSGVO; die Veröffentlichung nur mit Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).',
				en: 'Art. 6(1)(b) GDPR; publication only with consent (Art. 6(1)(a) GDPR).'
			},
			people: {
				de: 'Einreichende, Autorinnen und Autoren, Gutachtende',
				en: 'Submitters, authors, reviewers'
			},
			data: {
				de: 'Titel, Kurzfassung, Themenfelder, Kommune, Organisation, E-Mail-Adresse der einreichenden Person, Namen der Autorinnen und Autoren, Poster-PDF, Bewertungen und Kommentare der Gutachtenden.',
				en: 'Title, abstract, fields, municipality, organisation, the submitter’s e-mail address, the authors’ names, the poster PDF, reviewers’ scores and comments.'
			},
			recipients: {
				de: 'Organisationsteam und eingeladene Gutachtende (ohne E-Mail-Adressen; bei anonymer Begutachtung ohne Namen); angenommene Poster öffentlich.',
				en: 'The conference team and invited reviewers (without e-mail addresses; without names when the review is anonymous); accepted posters are public.'
			},
			retention: {
				de: 'Angenommene Poster bleiben im Archiv; andere Einreichungen bleiben bis zur Löschung durch das Organisationsteam (eine automatische Frist gibt es noch nicht).',
				en: 'Accepted posters stay in the archive; other submissions stay until the conference team deletes them (there is no automatic period yet).'
			}
		},
		{
			id: 'accounts',
			name: {
				de: 'Konten des Organisationsteams und der Planenden',
				en: 'Accounts of organisers and planners'
			},
			purpose: {
				de: 'Anmeldung im Backoffice und im Planungsbereich, Rollen und Rechte.',
				en: 'Signing in to the back office and the planning area, roles and rights.'
			},
			legalBasis: {
				de: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW (Aufgabe des RVR), für Beschäftigte § 18 DSG NRW.',
				en: 'Art. 6(1)(e) GDPR with § 3 DSG NRW (the RVR’s public task), for staff § 18 DSG NRW.'
			},
			people: {
				de: 'Beschäftigte des RVR und der Kommunen',
				en: 'Staff of the RVR and the municipalities'
			},
			data: {
				de: 'Name, E-Mail-Adresse, Rolle, Kommune oder Kreis, Passwort-Hash (argon2id), Sitzungen (nur Hash des Tokens).',
				en: 'Name, e-mail address, role, municipality or district, password hash (argon2id), sessions (only a hash of the token).'
			},
			recipients: internal,
			retention: {
				de: `Sitzungen enden nach ${idle.de} ohne Nutzung, spätestens nach ${max.de}. Links zum Zurücksetzen des Passworts gelten ${reset.de}, Einladungslinks ${invite.de}. Das Konto bleibt bis zur Deaktivierung durch die Administration.`,
				en: `Sessions end after ${idle.en} without use, at the latest after ${max.en}. Password reset links are valid for ${reset.en}, invitation links for ${invite.en}. The account stays until an admin deactivates it.`
			}
		},
		{
			id: 'signin',
			name: { de: 'Schutz vor Passwort-Raten', en: 'Protection against password guessing' },
			purpose: {
				de: 'Fehlversuche beim Einloggen zählen und bremsen.',
				en: 'Counting and slowing down failed sign-in attempts.'
			},
			legalBasis: {
				de: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. Art. 32 DSGVO (Sicherheit der Verarbeitung).',
				en: 'Art. 6(1)(e) GDPR with Art. 32 GDPR (security of processing).'
			},
			people: { de: 'Alle, die sich einzuloggen versuchen', en: 'Anyone who tries to sign in' },
			data: {
				de: 'IP-Adresse, eingegebene E-Mail-Adresse, Zahl und Zeit der Versuche.',
				en: 'IP address, e-mail address entered, number and time of attempts.'
			},
			recipients: internal,
			retention: {
				de: `Eine Versuchsreihe wird ${run.de} nach ihrem ersten Versuch gelöscht.`,
				en: `A run of attempts is deleted ${run.en} after its first attempt.`
			}
		},
		{
			id: 'audit',
			name: { de: 'Änderungsprotokoll', en: 'Audit log' },
			purpose: {
				de: 'Nachvollziehen, wer wann was geändert hat (Anmeldungen, Konten, Daten, Veröffentlichungen).',
				en: 'Tracing who changed what and when (registrations, accounts, data, publications).'
			},
			legalBasis: {
				de: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. Art. 5 Abs. 2 und Art. 32 DSGVO (Rechenschaft, Sicherheit).',
				en: 'Art. 6(1)(e) GDPR with Art. 5(2) and Art. 32 GDPR (accountability, security).'
			},
			people: {
				de: 'Beschäftigte mit Konto; Teilnehmende nur als Nummer',
				en: 'Staff with an account; participants only as a number'
			},
			data: {
				de: 'Handelnde Person, Aktion, betroffener Datensatz (Nummer), Zeit, bei fehlgeschlagenem Login die IP-Adresse. Keine Namen oder Adressen von Teilnehmenden.',
				en: 'Acting person, action, record concerned (number), time, for failed sign-ins the IP address. No names or addresses of participants.'
			},
			recipients: internal,
			retention: {
				de: 'Ohne automatische Löschfrist; wird von der Administration nach Bedarf bereinigt (siehe bekannte Lücken im Löschkonzept).',
				en: 'No automatic deletion period; cleaned up by the admins as needed (see known gaps in the deletion concept).'
			}
		},
		{
			id: 'mail',
			name: { de: 'Postausgang (E-Mails)', en: 'Mail outbox' },
			purpose: {
				de: 'E-Mails zuverlässig zustellen und bei Fehlern erneut versuchen.',
				en: 'Delivering e-mails reliably and retrying after failures.'
			},
			legalBasis: {
				de: 'Wie der Anlass der Mail (Anmeldung: Art. 6 Abs. 1 lit. b DSGVO; Konten: Art. 6 Abs. 1 lit. e DSGVO).',
				en: 'As for the mail’s occasion (registration: Art. 6(1)(b) GDPR; accounts: Art. 6(1)(e) GDPR).'
			},
			people: { de: 'Empfänger:innen von Mails', en: 'Recipients of mails' },
			data: {
				de: 'Empfangsadresse, Betreff, Text, Zustellstatus.',
				en: 'Recipient address, subject, text, delivery status.'
			},
			recipients: {
				de: `${internal.de} Der Mailserver des Betreibers.`,
				en: `${internal.en} The operator’s mail server.`
			},
			retention: {
				de: 'Mails zu einer Anmeldung werden mit deren Anonymisierung gelöscht; andere Mails bleiben bis zur Bereinigung durch die Administration.',
				en: 'Mails about a registration are deleted when it is anonymised; other mails stay until the admins clean up.'
			}
		},
		{
			id: 'feedback',
			name: { de: 'Rückmeldungen zur Barrierefreiheit', en: 'Accessibility feedback' },
			purpose: {
				de: 'Barrieren melden und beantworten (Feedback-Mechanismus nach § 10b BGG NRW).',
				en: 'Reporting barriers and answering (feedback mechanism under § 10b BGG NRW).'
			},
			legalBasis: {
				de: 'Art. 6 Abs. 1 lit. c DSGVO i. V. m. § 10b BGG NRW.',
				en: 'Art. 6(1)(c) GDPR with § 10b BGG NRW.'
			},
			people: { de: 'Menschen, die eine Rückmeldung schicken', en: 'People who send feedback' },
			data: {
				de: `Name (freiwillig), E-Mail-Adresse, Seite, Nachricht; die IP-Adresse nur im Arbeitsspeicher, um höchstens ${settings.feedbackPerHour} Nachrichten pro Stunde anzunehmen.`,
				en: `Name (optional), e-mail address, page, message; the IP address only in memory, to accept at most ${settings.feedbackPerHour} messages per hour.`
			},
			recipients: internal,
			retention: {
				de: 'Die Nachricht geht als Mail an das Organisationsteam und bleibt im Postausgang bis zur Bereinigung durch die Administration.',
				en: 'The message goes to the conference team as a mail and stays in the outbox until the admins clean up.'
			}
		},
		{
			id: 'monitoring',
			name: { de: 'Sozialmonitoring und Atlas', en: 'Social monitoring and atlas' },
			purpose: {
				de: 'Kleinräumige Sozialplanung der Kommunen.',
				en: 'Small-area social planning of the municipalities.'
			},
			legalBasis: {
				de: 'Keine personenbezogenen Daten: nur zusammengefasste Zahlen je Gebiet; kleine Fallzahlen werden vor der Veröffentlichung unterdrückt.',
				en: 'No personal data: only totals per area; small counts are suppressed before publication.'
			},
			people: { de: 'Keine', en: 'None' },
			data: {
				de: 'Zahlen je Gebiet und Jahr, Gebietsgrenzen.',
				en: 'Figures per area and year, area boundaries.'
			},
			recipients: { de: 'Öffentlich (nur geprüfte Zahlen).', en: 'Public (checked figures only).' },
			retention: {
				de: 'Bleiben als Zeitreihe erhalten.',
				en: 'Kept as a time series.'
			}
		},
		{
			id: 'serverlog',
			name: { de: 'Fehlerprotokoll des Servers', en: 'Server error log' },
			purpose: { de: 'Fehler finden und beheben.', en: 'Finding and fixing errors.' },
			legalBasis: {
				de: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. Art. 32 DSGVO.',
				en: 'Art. 6(1)(e) GDPR with Art. 32 GDPR.'
			},
			people: { de: 'Keine gezielt', en: 'None on purpose' },
			data: {
				de: 'Fehlerart und Programmstelle; die Werte einer Anfrage (Namen, Adressen) werden vor dem Schreiben entfernt.',
				en: 'Kind of error and place in the program; the values of a request (names, addresses) are removed before writing.'
			},
			recipients: internal,
			retention: { de: 'Nach den Regeln des Betriebs.', en: 'As the operator’s rules set.' }
		}
	];
}
