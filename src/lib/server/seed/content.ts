import type { DocumentKind, OrganisationKind, PartnerRole, SessionKind } from '../db/schema';

/**
 * The editions of the Sozialkonferenz Ruhr as far as they are on public record (sources on each
 * edition's documentation page), plus one future edition that is clearly marked as demo content
 * so that the registration can be tried. Unknown facts are left out, never invented; editions 3
 * and 4 are missing because not even their year is on record.
 */
export interface SeedOrganisation {
	slug: string;
	name: string;
	shortName?: string;
	kind: OrganisationKind;
	url?: string;
}

export interface SeedSpeaker {
	key: string;
	name: string;
	title?: string;
	role?: string;
	organisation?: string;
}

export interface SeedSession {
	kind: SessionKind;
	title: string;
	description?: string;
	/** Berlin wall-clock times on the edition's date; omitted where not on record. */
	start?: string;
	end?: string;
	room?: string;
	speakers?: string[];
}

export interface SeedDocument {
	kind: DocumentKind;
	title: string;
	url: string;
	summary?: string;
	body?: string;
}

export interface SeedWorkshop {
	title: string;
	description?: string;
	capacity: number;
}

export interface SeedRegistration {
	capacity: number;
	/** ISO instants. */
	opensAt: string;
	closesAt: string;
}

export interface SeedEdition {
	year: number;
	registration?: SeedRegistration;
	workshops?: SeedWorkshop[];
	number?: number;
	title: string;
	theme?: string;
	description?: string;
	summary?: string;
	date?: string;
	dateNote?: string;
	startTime?: string;
	endTime?: string;
	venueName?: string;
	venueStreet?: string;
	venuePostcode?: string;
	venueCity?: string;
	isDemo?: boolean;
	partners: { organisation: string; role: PartnerRole }[];
	speakers: SeedSpeaker[];
	sessions: SeedSession[];
	documents: SeedDocument[];
}

export const organisations: SeedOrganisation[] = [
	{
		slug: 'rvr',
		name: 'Regionalverband Ruhr',
		shortName: 'RVR',
		kind: 'regionalverband',
		url: 'https://www.rvr.ruhr/'
	},
	{
		slug: 'stadt-gelsenkirchen',
		name: 'Stadt Gelsenkirchen',
		kind: 'kommune',
		url: 'https://www.gelsenkirchen.de/'
	},
	{
		slug: 'gib',
		name: 'G.I.B. – Gesellschaft für Innovative Beschäftigungsförderung',
		shortName: 'G.I.B.',
		kind: 'gesellschaft',
		url: 'https://www.gib.nrw.de/'
	},
	{
		slug: 'mags-nrw',
		name: 'Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen',
		shortName: 'MAGS NRW',
		kind: 'land'
	},
	{ slug: 'th-koeln', name: 'TH Köln', kind: 'hochschule', url: 'https://www.th-koeln.de/' },
	{ slug: 'bmi', name: 'Bundesministerium des Innern', shortName: 'BMI', kind: 'bund' },
	{
		slug: 'mkffi-nrw',
		name: 'Ministerium für Kinder, Familie, Flüchtlinge und Integration des Landes Nordrhein-Westfalen',
		shortName: 'MKFFI NRW',
		kind: 'land'
	},
	{ slug: 'stadt-oberhausen', name: 'Stadt Oberhausen', kind: 'kommune' },
	{ slug: 'demo-hochschule', name: 'Hochschule Ruhr-Beispiel (Demo)', kind: 'hochschule' },
	{
		slug: 'demo-wohlfahrt',
		name: 'Wohlfahrtsverband Muster e. V. (Demo)',
		kind: 'wohlfahrtsverband'
	}
];

const rvrSozialkonferenz2018 = 'https://www.rvr.ruhr/themen/bildung-wissenschaft/sozialkonferenz/';
const rvrSozialkonferenzRuhr =
	'https://www.rvr.ruhr/themen/bildung-wissenschaft/sozialkonferenz-ruhr/';
const conferenceWebsite = 'https://sozialkonferenz.rvr.ruhr/';

export const editions: SeedEdition[] = [
	{
		year: 2018,
		number: 1,
		title: 'Kommunale Sozialausgaben und Langzeitarbeitslosigkeit',
		theme: 'Kommunale Sozialausgaben und Langzeitarbeitslosigkeit im Ruhrgebiet (Arbeitstitel)',
		description:
			'Die erste Sozialkonferenz Ruhr. Hintergrund war eine vom Regionalverband Ruhr beauftragte Analyse der kommunalen Sozialausgaben von Prof. Dr. Martin Junkernheinrich und Gerhard Micosatt: Die Kommunen im Ruhrgebiet gaben 2015 rund 1,36 Milliarden Euro mehr für Soziales aus als der Durchschnitt, vor allem wegen der Langzeitarbeitslosigkeit.',
		date: '2018-03-15',
		venueCity: 'Duisburg',
		partners: [{ organisation: 'rvr', role: 'veranstalter' }],
		speakers: [],
		sessions: [],
		documents: [
			{
				kind: 'dokumentation',
				title: 'Dokumentation Sozialkonferenz 2018 (PDF beim Regionalverband Ruhr)',
				url: rvrSozialkonferenz2018,
				summary:
					'Die Dokumentation der ersten Sozialkonferenz Ruhr wurde vom Regionalverband Ruhr als PDF veröffentlicht.',
				body: 'Kommunale Sozialausgaben, Langzeitarbeitslosigkeit, Analyse von Junkernheinrich und Micosatt, Mehrausgaben der Ruhrgebietskommunen 2015.'
			}
		]
	},
	{
		year: 2019,
		number: 2,
		title: 'Integrationsregion Ruhr – Vielfalt stärken, Zukunft gestalten',
		theme: 'Integration als Daueraufgabe in der Metropole Ruhr',
		description:
			'Die zweite Sozialkonferenz Ruhr widmete sich der Integration. Auf dem Podium diskutierten Vertreterinnen und Vertreter von Bund, Land, Kommune und Region; anschließend kamen Expertinnen und Experten aus der Praxis zu Wort. Anmeldeschluss war der 20. November 2019.',
		date: '2019-11-27',
		startTime: '12:00',
		endTime: '16:30',
		venueName: 'Luise-Albertz-Halle',
		venuePostcode: '46045',
		venueCity: 'Oberhausen',
		partners: [{ organisation: 'rvr', role: 'veranstalter' }],
		speakers: [
			{
				key: 'kerber',
				name: 'Markus Kerber',
				title: 'Dr.',
				role: 'Staatssekretär',
				organisation: 'bmi'
			},
			{ key: 'gueler', name: 'Serap Güler', role: 'Staatssekretärin', organisation: 'mkffi-nrw' },
			{
				key: 'schranz',
				name: 'Daniel Schranz',
				role: 'Oberbürgermeister',
				organisation: 'stadt-oberhausen'
			},
			{
				key: 'geiss',
				name: 'Karola Geiß-Netthöfel',
				role: 'Regionaldirektorin',
				organisation: 'rvr'
			}
		],
		sessions: [
			{
				kind: 'podium',
				title: 'Podiumsdiskussion: Integrationsregion Ruhr',
				speakers: ['kerber', 'gueler', 'schranz', 'geiss']
			},
			{
				kind: 'vortrag',
				title: 'Stimmen aus der Praxis',
				description: 'Expertinnen und Experten aus der Praxis der Integrationsarbeit.'
			}
		],
		documents: [
			{
				kind: 'quelle',
				title: 'Sozialkonferenz Ruhr beim Regionalverband Ruhr',
				url: rvrSozialkonferenzRuhr,
				summary: 'Ankündigung und Programm (PDF) der Sozialkonferenz Ruhr 2019.',
				body: 'Integrationsregion Ruhr, Vielfalt stärken, Zukunft gestalten, Integration als Daueraufgabe, Podium mit Bund, Land und Kommune.'
			}
		]
	},
	{
		year: 2023,
		number: 5,
		title: 'Praxis und Perspektiven der kommunalen Sozialplanung',
		theme: 'Integrierte kommunale Sozialplanung',
		description:
			'Armut erschwert den Zugang zu Bildung, Gesundheit und Teilhabe. Je mehr Kommunen über Armutsrisiken und über die Zusammensetzung und Bedarfe der Bewohnerinnen und Bewohner in ihren Quartieren wissen, desto gezielter können sie handeln. Die Antwort sind abgestimmte Maßnahmen in sechs Handlungsfeldern: Wohnen, Bildung, Gesundheit, Arbeit, Kultur und Partizipation. Die fünfte Sozialkonferenz Ruhr fragte nach Praxis und Perspektiven der integrierten kommunalen Sozialplanung in der Metropole Ruhr.',
		summary:
			'In einem World Café arbeiteten die Teilnehmenden an drei Fragen: an den Schnittstellen zur Quartiersentwicklung, am Zusammenspiel von Kommunen, Politik und freier Wohlfahrtspflege und an der Vernetzung in der Metropole Ruhr. Sechs thematische Workshops vertieften die Themen; eine Posterausstellung zeigte kommunale Praxis, etwa die integrierte strategische Sozialplanung des Ennepe-Ruhr-Kreises. Ein Tagungsreader wurde veröffentlicht.',
		date: '2023-06-14',
		startTime: '09:00',
		endTime: '15:00',
		venueName: 'Hans-Sachs-Haus',
		venueStreet: 'Ebertstraße 11',
		venuePostcode: '45879',
		venueCity: 'Gelsenkirchen',
		partners: [
			{ organisation: 'rvr', role: 'veranstalter' },
			{ organisation: 'stadt-gelsenkirchen', role: 'kooperationspartner' },
			{ organisation: 'gib', role: 'kooperationspartner' }
		],
		speakers: [
			{
				key: 'schmidt',
				name: 'Gabriele Schmidt',
				role: 'Referatsleitung Grundsatzfragen Soziales',
				organisation: 'mags-nrw'
			},
			{
				key: 'brettschneider',
				name: 'Antonio Brettschneider',
				title: 'Prof. Dr.',
				organisation: 'th-koeln'
			},
			{ key: 'jehles', name: 'Nora Jehles', organisation: 'th-koeln' }
		],
		sessions: [
			{
				kind: 'vortrag',
				title: 'Eröffnungsvortrag',
				description:
					'Die Perspektive des Landes Nordrhein-Westfalen auf die kommunale Sozialplanung.',
				speakers: ['schmidt']
			},
			{
				kind: 'vortrag',
				title: 'Analyse: Integrierte kommunale Sozialplanung',
				description: 'Befunde zu Praxis und Perspektiven der kommunalen Sozialplanung.',
				speakers: ['brettschneider', 'jehles']
			},
			{
				kind: 'worldcafe',
				title: 'World Café',
				description:
					'Drei Themen: Schnittstellen zur Quartiersentwicklung; Zusammenspiel von Kommunen, Politik und freier Wohlfahrtspflege; Vernetzung in der Metropole Ruhr.'
			},
			{
				kind: 'workshop',
				title: 'Sechs thematische Workshops',
				description: 'Vertiefung der Themen des World Cafés in sechs Workshops.'
			},
			{
				kind: 'posterausstellung',
				title: 'Posterausstellung: kommunale Praxis',
				description:
					'Kommunen der Metropole Ruhr stellen ihre Sozialplanung vor, zum Beispiel die integrierte strategische Sozialplanung des Ennepe-Ruhr-Kreises.'
			}
		],
		documents: [
			{
				kind: 'quelle',
				title: 'Website der Sozialkonferenz Ruhr',
				url: conferenceWebsite,
				summary: 'Programm, Anmeldung und Dokumentation der Sozialkonferenz Ruhr.',
				body: 'Tagungsreader der Sozialkonferenz Ruhr 2023 zur integrierten kommunalen Sozialplanung; World Café, Workshops und Posterausstellung kommunaler Praxis.'
			}
		]
	},
	{
		year: 2024,
		number: 6,
		title: 'Sozialkonferenz Ruhr 2024',
		// No note: pages say "date not on record" in their own language.
		partners: [{ organisation: 'rvr', role: 'veranstalter' }],
		speakers: [],
		sessions: [],
		documents: []
	},
	{
		year: 2025,
		number: 7,
		title: 'Integration und Arbeit: Südosteuropäische Migration im Ruhrgebiet',
		theme: 'Integration und Arbeit',
		description:
			'Die siebte Sozialkonferenz Ruhr mit Stimmen aus EU, Bund, Land, Kommunen, Wissenschaft, Praxis und Zivilgesellschaft zur Migration aus Südosteuropa und zum Zugang zu Arbeit.',
		dateNote: 'Herbst 2025; Anmeldung bis 10. November 2025',
		venueName: 'Luise-Albertz-Halle',
		venueStreet: 'Düppelstraße 1',
		venuePostcode: '46045',
		venueCity: 'Oberhausen',
		partners: [{ organisation: 'rvr', role: 'veranstalter' }],
		speakers: [],
		sessions: [],
		documents: [
			{
				kind: 'quelle',
				title: 'Veranstaltungskalender des Regionalverbands Ruhr',
				url: 'https://www.rvr.ruhr/',
				summary: 'Ankündigung „Sozialkonferenz Ruhr 2025“.',
				body: 'Südosteuropäische Migration, Integration und Arbeit im Ruhrgebiet.'
			}
		]
	},
	{
		year: 2027,
		title: 'Quartiere im Blick: Von der Sozialplanung zur Maßnahme (Demo)',
		theme: 'Integrierte Sozialplanung und Maßnahmen in den Handlungsfeldern (Demo-Inhalt)',
		description:
			'Diese Ausgabe ist Demo-Inhalt der Plattform: Ort, Programm und Mitwirkende sind erfunden, damit Programm und Anmeldung ausprobiert werden können. Thema ist der Weg von kleinräumigen Daten zu abgestimmten Maßnahmen in den Quartieren.',
		date: '2027-06-16',
		startTime: '09:00',
		endTime: '15:30',
		venueName: 'Hans-Sachs-Haus',
		venueStreet: 'Ebertstraße 11',
		venuePostcode: '45879',
		venueCity: 'Gelsenkirchen',
		isDemo: true,
		registration: {
			capacity: 120,
			opensAt: '2026-10-01T08:00:00+02:00',
			// Anmeldeschluss: 1 June 2027, end of the day in Berlin.
			closesAt: '2027-06-01T23:59:59+02:00'
		},
		workshops: [
			{
				title: 'Workshop 1: Kleinräumige Daten lesen (Demo)',
				description: 'Indikatoren, Indizes und ihre Grenzen.',
				capacity: 30
			},
			{
				title: 'Workshop 2: Maßnahmen planen und bewerten (Demo)',
				description: 'Von Zielen zu Indikatoren der Wirkung.',
				capacity: 30
			},
			{
				title: 'Workshop 3: Kommune und freie Wohlfahrtspflege (Demo)',
				description: 'Zusammenarbeit im Quartier.',
				capacity: 30
			},
			{
				title: 'Workshop 4: Beteiligung im Quartier (Demo)',
				description: 'Bewohnerinnen und Bewohner einbeziehen.',
				capacity: 30
			}
		],
		partners: [
			{ organisation: 'rvr', role: 'veranstalter' },
			{ organisation: 'demo-hochschule', role: 'kooperationspartner' },
			{ organisation: 'demo-wohlfahrt', role: 'kooperationspartner' }
		],
		speakers: [
			{
				key: 'musterfrau',
				name: 'Erika Musterfrau',
				title: 'Prof. Dr.',
				role: 'Professur für Sozialplanung (Demo)',
				organisation: 'demo-hochschule'
			},
			{
				key: 'mustermann',
				name: 'Max Mustermann',
				role: 'Sozialplaner (Demo)',
				organisation: 'stadt-gelsenkirchen'
			},
			{
				key: 'beispiel',
				name: 'Alex Beispiel',
				role: 'Quartiersmanagement (Demo)',
				organisation: 'demo-wohlfahrt'
			}
		],
		sessions: [
			{
				kind: 'ankommen',
				title: 'Ankommen und Anmeldung',
				start: '09:00',
				end: '09:30',
				room: 'Foyer'
			},
			{
				kind: 'begruessung',
				title: 'Begrüßung',
				start: '09:30',
				end: '09:45',
				room: 'Großer Saal'
			},
			{
				kind: 'vortrag',
				title: 'Impuls: Was kleinräumige Daten über Armutsrisiken sagen',
				start: '09:45',
				end: '10:30',
				room: 'Großer Saal',
				speakers: ['musterfrau']
			},
			{
				kind: 'podium',
				title: 'Podium: Sozialplanung und Quartiersentwicklung zusammendenken',
				start: '10:30',
				end: '11:15',
				room: 'Großer Saal',
				speakers: ['musterfrau', 'mustermann', 'beispiel']
			},
			{ kind: 'pause', title: 'Kaffeepause', start: '11:15', end: '11:30', room: 'Foyer' },
			{
				kind: 'worldcafe',
				title: 'World Café',
				description:
					'Drei Runden an Thementischen: Daten und Bedarfe; Maßnahmen in den Handlungsfeldern; Zusammenarbeit von Kommune und freier Wohlfahrtspflege.',
				start: '11:30',
				end: '12:45',
				room: 'Großer Saal'
			},
			{
				kind: 'pause',
				title: 'Mittagspause und Posterausstellung',
				start: '12:45',
				end: '13:45',
				room: 'Foyer'
			},
			{
				kind: 'workshop',
				title: 'Workshops',
				description: 'Vertiefung in parallelen Workshops.',
				start: '13:45',
				end: '15:00',
				room: 'Seminarräume'
			},
			{
				kind: 'abschluss',
				title: 'Ergebnisse und Ausblick',
				start: '15:00',
				end: '15:30',
				room: 'Großer Saal',
				speakers: ['mustermann']
			}
		],
		documents: []
	}
];
