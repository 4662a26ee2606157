import { anonymisationDay, type EditionPrivacy, type Text } from './activities';

/**
 * The deletion concept of one edition: what is deleted or anonymised, when, and by what — from
 * the same settings as the privacy notice. `date` is the concrete day where the settings give
 * one (`YYYY-MM-DD`), null where it depends on an event (a registration, a click).
 */
export interface DeletionStep {
	what: Text;
	when: Text;
	date: string | null;
	how: Text;
}

export interface DeletionConcept {
	edition: EditionPrivacy;
	steps: DeletionStep[];
	/** What stays, without reference to a person. */
	kept: Text;
	/** Data without an automatic deletion period: honest gaps for the organisers to handle. */
	gaps: Text[];
}

export function deletionConcept(edition: EditionPrivacy): DeletionConcept {
	const day = anonymisationDay(edition);
	const n = edition.retentionDays;
	const h = edition.confirmationHours;
	return {
		edition,
		steps: [
			{
				what: { de: 'Nicht bestätigte Anmeldungen', en: 'Unconfirmed registrations' },
				when: {
					de: `${h} ${h === 1 ? 'Stunde' : 'Stunden'} nach der Anmeldung, wenn die E-Mail-Adresse nicht bestätigt wurde`,
					en: `${h} ${h === 1 ? 'hour' : 'hours'} after registering, when the e-mail address was not confirmed`
				},
				date: null,
				how: {
					de: 'Verfallen automatisch (Platz geht an die Warteliste); die Daten werden mit den übrigen anonymisiert.',
					en: 'Lapse automatically (the seat goes to the waiting list); the data is anonymised with the rest.'
				}
			},
			{
				what: {
					de: 'Personenbezogene Daten aller Anmeldungen (Name, E-Mail-Adresse, Organisation, Funktion, Angaben zur Barrierefreiheit und Verpflegung)',
					en: 'Personal data of every registration (name, e-mail address, organisation, job title, accessibility and catering needs)'
				},
				when: {
					de: `${n} ${n === 1 ? 'Tag' : 'Tage'} nach dem Konferenztag`,
					en: `${n} ${n === 1 ? 'day' : 'days'} after the conference day`
				},
				date: day,
				how: {
					de: 'Nächtlicher Lauf anonymisiert sie; persönliche Links und Mails an die Personen werden gelöscht, Abstimmungslinks entwertet; das Protokoll vermerkt „edition.participants_anonymised“.',
					en: 'A nightly job anonymises them; personal links and mails to the people are deleted, voting links revoked; the audit log records “edition.participants_anonymised”.'
				}
			},
			{
				what: { de: 'Eine einzelne Anmeldung auf Wunsch', en: 'A single registration on request' },
				when: { de: 'Sofort, jederzeit', en: 'At once, at any time' },
				date: null,
				how: {
					de: 'Die Person löscht sie über ihren persönlichen Link (Anonymisierung wie oben, sofort).',
					en: 'The person deletes it with their personal link (anonymised as above, at once).'
				}
			}
		],
		kept: {
			de: 'Status, Bereich, Kommune und Workshop jeder Anmeldung sowie World-Café-Plätze, Wünsche und Stimmen bleiben ohne Personenbezug für die Statistik.',
			en: 'Status, sector, municipality and workshop of each registration, and World Café seats, wishes and votes, stay without reference to a person for the statistics.'
		},
		gaps: [
			{
				de: 'Das Änderungsprotokoll enthält keine Namen von Teilnehmenden, hat aber keine automatische Löschfrist.',
				en: 'The audit log holds no names of participants but has no automatic deletion period.'
			},
			{
				de: 'Das Organisationsteam kann eine Anmeldung stornieren, aber nicht vorzeitig löschen; eine Bitte um Löschung per Mail muss die Person über ihren persönlichen Link erledigen oder bis zum Fristablauf warten.',
				en: 'Organisers can cancel a registration but not delete it early; a request for deletion by mail has to be done by the person with their personal link, or waits for the end of the period.'
			},
			{
				de: 'Mails, die nicht zu einer Anmeldung gehören (Konten, Rückmeldungen zur Barrierefreiheit), bleiben im Postausgang, bis die Administration sie bereinigt.',
				en: 'Mails that do not belong to a registration (accounts, accessibility feedback) stay in the outbox until the admins clean up.'
			},
			{
				de: 'Poster-Einreichungen, die nicht angenommen wurden, haben keine automatische Löschfrist.',
				en: 'Poster submissions that were not accepted have no automatic deletion period.'
			}
		]
	};
}
