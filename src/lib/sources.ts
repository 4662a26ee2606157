/**
 * Attribution texts for the data the platform ships (data/reference/SOURCES.md has the full
 * provenance) and for the fonts in its PDFs. Shown on the sources page and wherever the data
 * appears.
 */
export interface DataSource {
	what: string;
	/** What it is, for the English page. */
	whatEn: string;
	/** The attribution the licence asks for, in German as the licensor words it. */
	attribution: string;
	licence: string;
	licenceUrl: string;
}

export const dataSources: DataSource[] = [
	{
		what: 'Gemeinden der Metropole Ruhr (Schlüssel, Namen, Fläche, Bevölkerung 31.12.2024)',
		whatEn:
			'Municipalities of the Metropole Ruhr (codes, names, area, population on 31 December 2024)',
		attribution:
			'Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, Gebietsstand 30.11.2025; Daten geändert (Auszug)',
		licence: 'Datenlizenz Deutschland – Namensnennung – 2.0',
		licenceUrl: 'https://www.govdata.de/dl-de/by-2-0'
	},
	{
		what: 'Grenzen der Gemeinden und Kreise',
		whatEn: 'Boundaries of municipalities and districts',
		attribution: '© GeoBasis-DE / BKG (2017), VG250; Daten geändert (Auszug, Koordinaten gerundet)',
		licence: 'Datenlizenz Deutschland – Namensnennung – 2.0',
		licenceUrl: 'https://www.govdata.de/dl-de/by-2-0'
	},
	{
		what: 'Stadtbezirke Duisburg',
		whatEn: 'Duisburg city districts',
		attribution: '© OpenStreetMap-Mitwirkende',
		licence: 'Open Database License (ODbL) 1.0',
		licenceUrl: 'https://opendatacommons.org/licenses/odbl/1-0/'
	},
	{
		what: 'German Index of Socioeconomic Deprivation (GISD) je Gemeinde',
		whatEn: 'German Index of Socioeconomic Deprivation (GISD) per municipality',
		attribution:
			'Robert Koch-Institut (2025): German Index of Socioeconomic Deprivation (GISD), Release 2025 v1.0; Auszug',
		licence: 'CC BY 4.0',
		licenceUrl: 'https://creativecommons.org/licenses/by/4.0/'
	},
	{
		what: 'Arbeitslose und Bevölkerung 15 bis unter 65 Jahre je Gemeinde',
		whatEn: 'Unemployed people and population aged 15 to under 65 per municipality',
		attribution:
			'Laufende Raumbeobachtung des BBSR – INKAR, Ausgabe 2024, © BBR Bonn; via RKI GISD-Repository; Anteil eigene Berechnung',
		licence: 'CC BY 4.0',
		licenceUrl: 'https://creativecommons.org/licenses/by/4.0/'
	},
	{
		what: 'Monitoring Soziale Stadtentwicklung Berlin 2013 und 2017 (Prüfdaten der Indexberechnung)',
		whatEn:
			'Monitoring Soziale Stadtentwicklung Berlin 2013 and 2017 (test data of the index computation)',
		attribution:
			'Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin, Monitoring Soziale Stadtentwicklung (MSS) 2013/2017; aufbereitet von Open Data Product',
		licence: 'CC BY 4.0',
		licenceUrl: 'https://creativecommons.org/licenses/by/4.0/'
	}
];

/**
 * Fonts the platform ships inside the documents it makes (npm packages, so the licence travels
 * with the code; see README, "Data sources and licences").
 */
export const fontSources: DataSource[] = [
	{
		what: 'DejaVu Sans und DejaVu Sans Bold – Schrift aller PDF-Dokumente (Namensschilder, Ernte des World Cafés), eingebettet aus dem npm-Paket dejavu-fonts-ttf 2.37.3',
		whatEn:
			'DejaVu Sans and DejaVu Sans Bold – the typeface of every PDF document (name badges, World Café harvest), embedded from the npm package dejavu-fonts-ttf 2.37.3',
		attribution:
			'DejaVu fonts 2.37 © 2004–2016 DejaVu fonts team; Bitstream Vera Fonts © 2003 Bitstream, Inc. (Bitstream Vera ist eine Marke der Bitstream, Inc.); Arev Fonts © 2006 Tavmjong Bah; Änderungen des DejaVu-Projekts gemeinfrei',
		licence: 'Bitstream-Vera-Lizenz mit Arev-Ergänzung (freie Schriftlizenz)',
		licenceUrl: 'https://github.com/dejavu-fonts/dejavu-fonts/blob/master/LICENSE'
	}
];
