/**
 * The Handlungsprogramm's data: what can go wrong when a plan, a Handlungsraum, a goal, a target,
 * a measure or an organisation is saved (`programme.err.<code>`, see planning/errors.ts), and the
 * names of organisation kinds and funding sources.
 */
export const programme = {
	'programme.err.keine_berechtigung':
		'Für dieses Handlungsprogramm fehlt Ihrem Konto die Berechtigung.',
	'programme.err.plan_unbekannt': 'Dieses Handlungsprogramm gibt es nicht.',
	'programme.err.gemeinde_unbekannt':
		'Diese Kommune gehört nicht zur Metropole Ruhr (achtstelliger Gemeindeschlüssel).',
	'programme.err.kreis_unbekannt': 'Dieser Kreis gehört nicht zur Metropole Ruhr.',
	'programme.err.titel_leer': 'Bitte geben Sie einen Titel an.',
	'programme.err.titel_vergeben': 'Ein Handlungsprogramm mit diesem Titel gibt es bereits.',
	'programme.err.jahr_ungueltig': 'Bitte geben Sie ein Jahr zwischen 1990 und 2100 an.',
	'programme.err.zeitraum_ungueltig': 'Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.',
	'programme.err.ausgangsjahr_ungueltig':
		'Das Ausgangsjahr darf nicht nach dem Ende des Zeitraums liegen.',
	'programme.err.status_ungueltig': 'Diesen Status gibt es nicht.',
	'programme.err.beschluss_fehlt':
		'Für ein beschlossenes oder abgeschlossenes Handlungsprogramm fehlt das Datum des Beschlusses.',
	'programme.err.datum_ungueltig': 'Bitte geben Sie ein Datum an (TT.MM.JJJJ).',
	'programme.err.text_zu_lang': 'Der Text ist zu lang.',
	'programme.err.zeichen_ungueltig':
		'Der Text enthält Steuerzeichen oder ungültige Zeichen (zum Beispiel ein Null-Byte). Bitte geben Sie ihn erneut ein.',
	'programme.err.handlungsraum_unbekannt':
		'Diesen Handlungsraum gibt es in diesem Handlungsprogramm nicht.',
	'programme.err.handlungsraum_name_vergeben':
		'Einen Handlungsraum mit diesem Namen gibt es in diesem Handlungsprogramm bereits.',
	'programme.err.handlungsraum_leer': 'Bitte wählen Sie mindestens ein Gebiet.',
	'programme.err.gebiet_ausserhalb':
		'Ein gewähltes Gebiet liegt außerhalb des Handlungsprogramms (andere Kommune oder unbekannt).',
	'programme.err.gemeinde_ausserhalb': 'Diese Kommune gehört nicht zum Handlungsprogramm.',
	'programme.err.keine_aufmerksamkeitsgebiete':
		'Der Monitoring-Index (MSS) zeigt für diese Kommune keine Gebiete mit besonderer Aufmerksamkeit, oder er lässt sich mit den vorhandenen Daten nicht berechnen.',
	'programme.err.gesamtgemeinde_fest':
		'Der Handlungsraum „gesamte Kommune“ gehört zu jedem Handlungsprogramm und lässt sich nicht ändern oder löschen.',
	'programme.err.handlungsraum_in_gebrauch':
		'Dieser Handlungsraum wird von Zielen oder Maßnahmen verwendet; lösen Sie diese zuerst.',
	'programme.err.keine_gebietsaenderung':
		'Für diesen Handlungsraum gibt es keine neue Gebietsgliederung zu übernehmen.',
	'programme.err.ziel_unbekannt': 'Dieses Ziel gibt es in diesem Handlungsprogramm nicht.',
	'programme.err.ziel_hat_unterziele':
		'Dieses Ziel hat Unterziele; verschieben oder löschen Sie diese zuerst.',
	'programme.err.ebene_ungueltig': 'Diese Zielebene gibt es nicht.',
	'programme.err.kein_feld': 'Bitte wählen Sie mindestens ein Handlungsfeld.',
	'programme.err.indikator_unbekannt': 'Diesen Indikator gibt es nicht.',
	'programme.err.indikator_ohne_richtung':
		'Zielwerte gibt es nur für Indikatoren mit einer Bedarfsrichtung, nicht für neutrale Indikatoren, Gebietstypen oder MSS-Klassen.',
	'programme.err.zieljahr_vor_ausgangsjahr': 'Das Zieljahr muss nach dem Ausgangsjahr liegen.',
	'programme.err.ausgangswert_fehlt':
		'Für den Handlungsraum fehlt im Ausgangsjahr ein Wert dieses Indikators (in mindestens einem Gebiet).',
	'programme.err.zielwert_fehlt': 'Bitte geben Sie einen Zielwert an.',
	'programme.err.zielwert_mehr_bedarf':
		'Der Zielwert bedeutet mehr Handlungsbedarf als der Ausgangswert.',
	'programme.err.prozent_ungueltig':
		'Bitte geben Sie an, um wie viel Prozent (mehr als 0, höchstens 100) der Abstand sinken soll.',
	'programme.err.gemeindewert_fehlt':
		'Für das Ausgangsjahr fehlt der Gemeindewert; ein Abstand lässt sich nicht berechnen.',
	'programme.err.zielart_ungueltig': 'Diese Art von Zielwert gibt es nicht.',
	'programme.err.ziel_doppelt':
		'Für dieses Ziel, diesen Indikator und diesen Handlungsraum gibt es bereits einen Zielwert.',
	'programme.err.zielwert_unbekannt': 'Diesen Zielwert gibt es in diesem Handlungsprogramm nicht.',
	'programme.err.massnahme_unbekannt': 'Diese Maßnahme gibt es in diesem Handlungsprogramm nicht.',
	'programme.err.ende_vor_beginn': 'Das Ende darf nicht vor dem Beginn liegen.',
	'programme.err.budget_negativ': 'Ein Betrag darf nicht kleiner als 0 sein.',
	'programme.err.betrag_ungueltig': 'Bitte geben Sie einen Betrag in Euro an, z. B. 12500,50.',
	'programme.err.finanzierung_ungueltig': 'Diese Finanzierungsquelle gibt es nicht.',
	'programme.err.organisation_unbekannt': 'Diese Organisation gibt es nicht.',
	'programme.err.organisation_ausserhalb':
		'Diese Organisation gehört zu einer Kommune außerhalb des Handlungsprogramms.',
	'programme.err.idee_unbekannt': 'Diese Idee aus dem World Café gibt es nicht.',
	'programme.err.idee_aufgegriffen':
		'Diese Idee ist in diesem Handlungsprogramm schon als Maßnahme aufgegriffen.',
	'programme.err.ausgabe_ungueltig':
		'Jede Leistung braucht eine Bezeichnung und eine Anzahl (ganze Zahl ab 0); jede Bezeichnung nur einmal.',
	'programme.err.art_ungueltig': 'Diese Art von Organisation gibt es nicht.',
	'programme.err.koordinaten_ungueltig':
		'Bitte geben Sie Längen- und Breitengrad gemeinsam an (WGS84, z. B. 7,0987 und 51,5177).',
	'programme.err.plz_ungueltig': 'Die Postleitzahl hat fünf Ziffern.',
	'programme.err.adresse_ungueltig': 'Bitte geben Sie eine Webadresse mit https:// an.',
	'programme.err.eingabe_ungueltig': 'Diese Eingabe ist ungültig.',
	'programme.err.bericht_unbekannt': 'Diesen Bericht gibt es nicht.',
	'programme.err.bericht_veroeffentlicht':
		'Dieser Bericht ist veröffentlicht und kann nicht mehr geändert werden.',
	'programme.err.bericht_titel_vergeben':
		'Einen Bericht mit diesem Titel gibt es für diese Kommune schon.',
	'programme.err.kapitel_ungueltig': 'Dieses Kapitel gibt es nicht.',
	'programme.err.keine_kapitel': 'Wählen Sie mindestens ein Kapitel.',
	'programme.err.sprache_ungueltig': 'Berichte gibt es auf Deutsch oder Englisch.',
	'programme.err.beschaeftigt':
		'Das Handlungsprogramm wird gerade von jemand anderem gespeichert. Bitte versuchen Sie es gleich noch einmal.',

	'programme.orgKind.regionalverband': 'Regionalverband',
	'programme.orgKind.kommune': 'Kommunalverwaltung',
	'programme.orgKind.kreis': 'Kreisverwaltung',
	'programme.orgKind.land': 'Land',
	'programme.orgKind.bund': 'Bund',
	'programme.orgKind.hochschule': 'Hochschule',
	'programme.orgKind.wohlfahrtsverband': 'Freie Wohlfahrtspflege',
	'programme.orgKind.gesellschaft': 'Gesellschaft',
	'programme.orgKind.jobcenter': 'Jobcenter',
	'programme.orgKind.schule': 'Schule',
	'programme.orgKind.kita': 'Kita',
	'programme.orgKind.verein': 'Verein',
	'programme.orgKind.wohnungsunternehmen': 'Wohnungsunternehmen',
	'programme.orgKind.stiftung': 'Stiftung',
	'programme.orgKind.gesundheitswesen': 'Gesundheitswesen',
	'programme.orgKind.sonstige': 'Sonstige',

	'programme.funding.kommunal': 'Kommunaler Haushalt',
	'programme.funding.land': 'Landesprogramm',
	'programme.funding.bund': 'Bundesprogramm',
	'programme.funding.esf_plus': 'ESF Plus',
	'programme.funding.eu_sonstige': 'Andere EU-Mittel',
	'programme.funding.stiftung': 'Stiftung',
	'programme.funding.eigenmittel': 'Eigenmittel des Trägers',
	'programme.funding.sonstige': 'Sonstige',

	'programme.wholeMunicipality': 'Gesamte Kommune {name}',
	'programme.attentionAreas': 'MSS-Aufmerksamkeitsgebiete {name} ({year})',
	'programme.demo': 'Demo: erfundenes Handlungsprogramm mit erfundenen Trägern und Maßnahmen.'
};
