import type { Text } from './activities';

/**
 * The accessibility statement after the EU model (Implementing Decision (EU) 2018/1523) as § 10b
 * BGG NRW requires it of the RVR: status, what is not accessible and why, the date, the feedback
 * form and the enforcement procedure. Change `preparedOn` whenever the content changes.
 */
export const accessibilityStatement = {
	preparedOn: '2026-11-30',
	/** "partially conformant": honest as long as the limitations below exist. */
	status: 'partial' as 'full' | 'partial' | 'none',
	method: {
		de: 'Selbstbewertung: Jede Seite wird bei jeder Änderung automatisch mit axe-core gegen WCAG 2.1 A und AA geprüft, auch bei 390 Pixel Breite ohne seitliches Scrollen; Formulare und Abläufe werden in den Tests über Rollen und Beschriftungen bedient, wie ein Screenreader sie sieht. Ein Test nach dem BITV-Prüfverfahren durch eine externe Stelle steht noch aus.',
		en: 'Self-assessment: every page is checked automatically with axe-core against WCAG 2.1 A and AA on every change, also at 390 pixels width without sideways scrolling; the tests operate forms and flows through roles and labels, as a screen reader sees them. A test under the BITV procedure by an external body is still to come.'
	} satisfies Text,
	limitations: [
		{
			de: 'Dokumente im Archiv, die Mitwirkende hochgeladen haben (Folien, Berichte als PDF), sind oft nicht barrierefrei. Grund: Sie stammen nicht vom RVR. Alternative: Über das Formular unten schicken wir eine zugängliche Fassung oder den Inhalt als Text.',
			en: 'Documents in the archive uploaded by contributors (slides, reports as PDF) are often not accessible. Reason: they do not come from the RVR. Alternative: with the form below we send an accessible version or the content as text.'
		},
		{
			de: 'Es gibt noch keine Erklärung in Deutscher Gebärdensprache. Eine Erklärung in Leichter Sprache gibt es.',
			en: 'There is no explanation in German Sign Language yet. An explanation in Easy Language exists (German).'
		},
		{
			de: 'Die Karten im Sozialatlas zeigen Werte über Farben und Muster. Alternative: Dieselben Werte stehen in einer Tabelle auf derselben Seite.',
			en: 'The maps of the social atlas show values by colour and pattern. Alternative: the same values are in a table on the same page.'
		},
		{
			de: 'Die Namensschilder (PDF zum Drucken, nur für das Organisationsteam) sind kein getaggtes PDF.',
			en: 'The name badges (PDF for printing, for the organisers only) are not a tagged PDF.'
		},
		{
			de: 'Der Check-in per Kamera im Backoffice setzt voraus, dass man den Bildschirm sieht; Töne und Vibration melden das Ergebnis zusätzlich, und die Eingabe des Codes oder die Suche nach dem Namen funktionieren ohne Kamera.',
			en: 'The camera check-in of the back office assumes that one can see the screen; sounds and vibration report the result as well, and typing the code or searching by name work without a camera.'
		}
	] satisfies Text[],
	ombudsstelle: {
		name: {
			de: 'Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen bei der Beauftragten der Landesregierung für Menschen mit Behinderung sowie für Patientinnen und Patienten in Nordrhein-Westfalen',
			en: 'the ombudsperson office for accessible IT of North Rhine-Westphalia, at the State Government’s Commissioner for People with Disabilities and for Patients'
		} satisfies Text,
		address: 'Fürstenwall 25, 40219 Düsseldorf',
		email: 'ombudsstelle-barrierefreie-it@mags.nrw.de',
		url: 'https://www.lbbp.nrw.de/ombudsstelle'
	}
} as const;
