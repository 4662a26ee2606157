/** The planning area's monitoring pages: data, uploads, history, publishing, preview, types. */
export const planung = {
	'plan.open': 'Sozialmonitoring {name} öffnen',
	'plan.choose': 'Gemeinde',
	'plan.chooseSubmit': 'Als Administration öffnen',
	'plan.nav': 'Sozialmonitoring',
	'plan.navOverview': 'Daten und Veröffentlichung',
	'plan.navImport': 'Import',
	'plan.navPreview': 'Vorschau',
	'plan.navTypes': 'Gebietstypen',
	'plan.title': 'Sozialmonitoring {name}',
	'plan.publishedNow': 'Die Daten sind jetzt im öffentlichen Sozialatlas sichtbar.',
	'plan.unpublishedNow': 'Die Daten sind nicht mehr öffentlich.',
	'plan.undoneNow': 'Der Import „{file}“ wurde rückgängig gemacht.',
	'plan.settingsSaved': 'Die Einstellungen sind gespeichert.',
	'plan.state': 'Veröffentlichung',
	'plan.isPublished': 'Veröffentlicht.',
	'plan.toPublicAtlas': 'Zum öffentlichen Sozialatlas',
	'plan.unpublish': 'Veröffentlichung zurückziehen',
	'plan.notPublished': 'Nicht veröffentlicht.',
	'plan.notPublishedHint':
		'Nur Sie (und die Administration) sehen diese Daten. Veröffentlicht werden sie mit Geheimhaltung: kleine Fallzahlen erscheinen nicht.',
	'plan.publish': 'Veröffentlichen',
	'plan.data': 'Datenbestand',
	'plan.areaCount': '{count} {term}.',
	'plan.synthetic': 'Davon {count} mit synthetischer Geometrie (Demodaten).',
	'plan.indicatorsCaption': 'Indikatoren mit Werten, nach Jahren',
	'plan.indicator': 'Indikator',
	'plan.years': 'Jahre',
	'plan.valueCount': 'Werte',
	'plan.noValues': 'Noch keine Indikatorwerte.',
	'plan.toImport': 'Gebiete oder Werte importieren',
	'plan.history': 'Importverlauf',
	'plan.undoHint':
		'Nur der jüngste aktive Import lässt sich rückgängig machen: Seine Werte werden gelöscht und die überschriebenen Werte kommen zurück.',
	'plan.historyCaption': 'Alle Importe, neueste zuerst',
	'plan.importNo': 'Nr.',
	'plan.when': 'Zeitpunkt',
	'plan.kind': 'Art',
	'plan.kindValues': 'Werte',
	'plan.kindAreas': 'Gebiete',
	'plan.file': 'Datei',
	'plan.rows': 'Zeilen',
	'plan.inserted': 'neu',
	'plan.replaced': 'ersetzt',
	'plan.by': 'von',
	'plan.status': 'Status',
	'plan.undone': 'rückgängig gemacht',
	'plan.active': 'aktiv',
	'plan.undo': 'Rückgängig machen',
	'plan.undoLabel': 'Import „{file}“ rückgängig machen',
	'plan.noImports': 'Noch keine Importe.',
	'plan.settings': 'Einstellungen',
	'plan.areaTerm': 'Bezeichnung der Gebiete (Einzahl)',
	'plan.areaTermHint': 'z. B. Quartier, Stadtteil, statistischer Bezirk',
	'plan.areaTermPlural': 'Bezeichnung der Gebiete (Mehrzahl)',
	'plan.threshold': 'Geheimhaltungsschwelle (kleinste veröffentlichte Fallzahl)',
	'plan.thresholdHint': 'Die Statistik der Bundesagentur für Arbeit verwendet 3.',
	'plan.minPopulation': 'Mindesteinwohnerzahl für den Index',
	'plan.minPopulationHint': 'Gebiete mit weniger Einwohnern erhalten keinen Index (MSS: 300).',
	'plan.saveSettings': 'Einstellungen speichern',
	'plan.importTitle': 'Import {name}',
	'plan.templateHeading': 'Vorlage und Indikatorkennungen',
	'plan.templateIntro':
		'Die Vorlage ist eine CSV-Datei in der Breitform: eine Zeile je Gebiet Ihrer Kommune, eine Spalte je gewähltem Indikator. Tragen Sie die Werte ein und laden Sie die Datei oben hoch; leere Zellen werden übersprungen, die Spalte „Gebietsname“ dient nur zum Lesen.',
	'plan.templateExample':
		'Beispiel einer ausgefüllten Zeile (Gebiet Q01, Jahr 2024, SGB-II-Quote 12,5 %):',
	'plan.templateChoose': 'Indikatoren der Vorlage (ohne Auswahl: alle)',
	'plan.templateCaption': 'Indikatorkennungen des Katalogs mit ihren Definitionen',
	'plan.templateKey': 'Kennung',
	'plan.templateName': 'Indikator',
	'plan.templateDefinition': 'Definition',
	'plan.templateUnit': 'Einheit',
	'plan.templateInclude': '{name} in die Vorlage',
	'plan.templateYear': 'Jahr der Werte',
	'plan.templateDownload': 'Vorlage herunterladen (CSV)',
	'plan.importIntro':
		'Gespeichert wird nur eine vollständig gültige Datei. Sonst listet der Prüfbericht jedes Problem mit Zeile und Spalte, und es ändert sich nichts.',
	'plan.uploading': 'Datei wird übertragen: {percent} %',
	'plan.checking': 'Datei übertragen. Sie wird geprüft und gespeichert …',
	'plan.valuesHeading': 'Indikatorwerte (CSV)',
	'plan.valuesHint':
		'Langform „Gebiet;Indikator;Jahr;Wert[;Zähler;Nenner]“ oder Breitform „Gebiet;Jahr;<Indikator>…“; Semikolon oder Komma; Dezimalkomma oder -punkt; UTF-8 (mit oder ohne BOM) oder Windows-1252.',
	'plan.valuesFileHint': 'CSV-Datei, höchstens {mb} MB.',
	'plan.year': 'Jahr (nur für Breitform ohne Spalte „Jahr“)',
	'plan.yearHint': 'Leer lassen, wenn die Datei eine Spalte „Jahr“ hat.',
	'plan.uploadValues': 'Werte hochladen',
	'plan.kommonitorHeading': 'KomMonitor-Export',
	'plan.kommonitorHint':
		'Ein Indikator auf einer Raumebene, wie ihn die KomMonitor-Datenhaltung als GeoJSON ausgibt: je Gebiet die Kennung „ID“ und je Stichtag eine Eigenschaft „DATE_JJJJ-MM-TT“. Übernommen werden Stichtage zum 31.12. als Wert dieses Jahres; leere und „NaN“-Werte gelten als „keine Angabe“. Die Werte kommen wie beim CSV-Import in den Entwurf.',
	'plan.kommonitorFile': 'KomMonitor-Indikator (GeoJSON)',
	'plan.kommonitorFileHint': 'GeoJSON- oder JSON-Datei eines Indikators, höchstens {mb} MB.',
	'plan.kommonitorIndicator': 'Indikator, zu dem die Werte gehören',
	'plan.kommonitorIndicatorHint':
		'Ohne Auswahl schlägt der Prüfbericht passende Indikatoren nach dem Dateinamen vor.',
	'plan.kommonitorChoose': '– bitte wählen –',
	'plan.uploadKommonitor': 'KomMonitor-Export hochladen',
	'plan.kommonitorAreasHeading': 'KomMonitor-Raumebene',
	'plan.kommonitorAreasHint':
		'Die Gebiete einer Raumebene als GeoJSON mit „ID“, „NAME“ und Gültigkeitszeitraum. Übernommen werden die heute gültigen Gebiete; Gebiete mit gleicher Kennung werden aktualisiert, fehlende bleiben erhalten.',
	'plan.kommonitorAreasFile': 'KomMonitor-Raumebene (GeoJSON)',
	'plan.uploadKommonitorAreas': 'KomMonitor-Raumebene hochladen',
	'plan.areasHeading': 'Gebiete (GeoJSON)',
	'plan.areasHint':
		'FeatureCollection aus Polygonen in WGS84 oder ETRS89 / UTM 32N (EPSG:25832). Gebiete mit gleicher Kennung und gleicher Grenze werden aktualisiert; fehlende bleiben erhalten. Hat sich die Grenze eines Gebiets verändert (mehr als 1 % der Fläche), gilt ab dem angegebenen Jahr eine neue Abgrenzung, die alte bleibt mit ihren Werten erhalten. Eine Eigenschaft „vorgaenger“ nennt die Gebiete, aus denen ein Gebiet hervorgeht (Teilung, Zusammenlegung), oder mit der eigenen Kennung eine kleinere Grenzänderung. Die Datei wird zunächst ein Entwurf: Sie sehen die Änderungen und den Atlas mit den neuen Grenzen, bevor Sie veröffentlichen.',
	'plan.areasFileHint': 'GeoJSON-Datei, höchstens {mb} MB.',
	'plan.fieldNames': 'Eigenschaftsnamen angeben (sonst automatisch erkannt)',
	'plan.idField': 'Eigenschaft mit der Gebietskennung',
	'plan.nameField': 'Eigenschaft mit dem Namen',
	'plan.parentField': 'Eigenschaft mit dem übergeordneten Gebiet',
	'plan.predecessorField': 'Eigenschaft mit den Vorgängergebieten',
	'plan.validFrom': 'Neue Grenzen gelten ab dem Jahr',
	'plan.validFromHint':
		'Werte für dieses und spätere Jahre gehören zu den neuen Grenzen, frühere zu den alten. Vorgeschlagen: das Jahr nach den letzten Werten.',
	'plan.err.validFrom': 'Das Jahr, ab dem die Grenzen gelten, muss zwischen 1950 und 2100 liegen.',
	'plan.uploadAreas': 'Gebiete hochladen',
	'plan.toOverview': 'Zu Daten und Importverlauf',
	'plan.stored': '„{file}“ ist gespeichert.',
	'plan.storedCounts': '{rows} Zeilen: {inserted} neu, {replaced} ersetzt.',
	'plan.notStored': '„{file}“ wurde nicht gespeichert: {count} Probleme.',
	'plan.reportCaption': 'Prüfbericht für „{file}“',
	'plan.row': 'Zeile',
	'plan.column': 'Spalte',
	'plan.problem': 'Problem',
	'plan.found': 'Gefunden',
	// The problems of an import report, by code (see monitoring/problems.ts).
	'import.problem.leere_datei': 'Die Datei ist leer.',
	'import.problem.keine_zeilen': 'Die Datei hat keine Zeilen mit Werten, nur die Kopfzeile.',
	'import.problem.kopfzeile':
		'Die Kopfzeile braucht eine Spalte „Gebiet“ und entweder „Indikator“, „Jahr“ und „Wert“ (Langform) oder eine Spalte je Indikator (Breitform).',
	'import.problem.teil_ohne_wert':
		'Zähler oder Nenner ohne die Wertespalte des Indikators: Bitte die Spalte mit dem Schlüssel des Indikators (z. B. sgb2_quote) dazunehmen.',
	'import.problem.spalte_doppelt': 'Diese Spalte kommt in der Kopfzeile zweimal vor.',
	'import.problem.spaltenzahl': 'Die Zeile hat eine andere Anzahl von Feldern als die Kopfzeile.',
	'import.problem.gebiet_fehlt': 'Die Gebietskennung fehlt.',
	'import.problem.unbekanntes_gebiet':
		'Dieses Gebiet ist für die Gemeinde nicht angelegt (zuerst die Gebiete importieren).',
	'import.problem.indikator_fehlt': 'Der Indikator fehlt.',
	'import.problem.unbekannter_indikator': 'Diesen Indikator gibt es im Katalog nicht.',
	'import.problem.jahr_fehlt': 'Das Jahr fehlt (Spalte „Jahr“ oder Angabe beim Import).',
	'import.problem.ungueltiges_jahr': 'Das Jahr muss eine ganze Zahl zwischen 1950 und 2100 sein.',
	'import.problem.wert_fehlt': 'Der Wert fehlt (oder Zähler und Nenner angeben).',
	'import.problem.keine_zahl': 'Das ist keine Zahl.',
	'import.problem.keine_ganze_zahl': 'Eine Anzahl muss eine ganze Zahl ab 0 sein.',
	'import.problem.ausserhalb_bereich':
		'Der Wert liegt außerhalb des zulässigen Bereichs dieses Indikators.',
	'import.problem.nenner_ungueltig':
		'Der Nenner muss größer als 0 und mindestens so groß wie der Zähler sein.',
	'import.problem.widerspruch': 'Der Wert passt nicht zu Zähler ÷ Nenner.',
	'import.problem.doppelt': 'Gebiet, Indikator und Jahr kommen schon in einer früheren Zeile vor.',
	'import.problem.kein_geojson':
		'Die Datei ist kein GeoJSON (erwartet wird eine FeatureCollection).',
	'import.problem.crs_unbekannt':
		'Das Koordinatensystem wird nicht unterstützt. Erlaubt sind WGS84 (EPSG:4326) und ETRS89 / UTM 32N (EPSG:25832).',
	'import.problem.geometrie_fehlt': 'Das Gebiet hat keine Geometrie.',
	'import.problem.geometrie_typ': 'Die Geometrie muss ein Polygon oder MultiPolygon sein.',
	'import.problem.geometrie_ungueltig':
		'Die Geometrie ist ungültig (Ringe brauchen mindestens vier Punkte und müssen geschlossen sein).',
	'import.problem.koordinaten_ausserhalb':
		'Die Koordinaten liegen nicht in Deutschland – stimmt das Koordinatensystem?',
	'import.problem.kennung_fehlt': 'Die Gebietskennung fehlt.',
	'import.problem.kennung_doppelt':
		'Diese Gebietskennung kommt schon bei einem früheren Gebiet vor.',
	'import.problem.name_fehlt': 'Der Gebietsname fehlt.',
	'import.problem.steuerzeichen':
		'Der Text enthält Steuerzeichen oder ungültige Zeichen (zum Beispiel ein Null-Byte).',
	'import.problem.oberbezirk_unbekannt': 'Das übergeordnete Gebiet gibt es in der Datei nicht.',
	'import.problem.kein_kommonitor':
		'Die Datei ist kein KomMonitor-Export: erwartet wird eine GeoJSON-FeatureCollection (oder eine JSON-Liste) von Gebieten mit den Eigenschaften „ID“, „NAME“ und je Stichtag „DATE_JJJJ-MM-TT“.',
	'import.problem.datei_zu_gross':
		'Die Datei ist zu groß für einen Import; bitte je Raumebene und Indikator exportieren.',
	'import.problem.datei_zu_aufwendig':
		'Die Datei ließ sich nicht in der erlaubten Zeit und mit dem erlaubten Speicher lesen; bitte in kleineren Teilen (je Raumebene) importieren.',
	'import.problem.zu_viele_gebiete':
		'Die Datei hat mehr Gebiete, als ein Import aufnimmt; bitte je Raumebene exportieren.',
	'import.problem.keine_stichtage':
		'Die Datei enthält keine Eigenschaft „DATE_JJJJ-MM-TT“ mit Indikatorwerten.',
	'import.problem.stichtag_ungueltig':
		'Der Stichtag ist kein gültiges Datum der Form „DATE_JJJJ-MM-TT“.',
	'import.problem.stichtag_kein_jahresende':
		'Übernommen werden nur Stichtage zum 31.12. (als Wert dieses Jahres). Ein anderer Stichtag würde den Wert einem falschen Jahr zuordnen; bitte die Werte zum 31.12. exportieren oder diese Eigenschaft aus der Datei entfernen.',
	'import.problem.keine_werte':
		'Die Datei enthält keinen einzigen Wert: alle Stichtagswerte sind leer oder „NaN“.',
	'import.problem.gueltigkeit_ungueltig':
		'Das Gültigkeitsdatum ist kein Datum der Form „JJJJ-MM-TT“.',
	'import.problem.gebiet_nicht_gueltig':
		'Dieses Gebiet hat im Jahr des Werts keine gültige Abgrenzung (Grenzänderung: Werte gehören zur Abgrenzung ihres Jahres).',
	'import.problem.vorgaenger_unbekannt':
		'Das als Vorgänger genannte Gebiet gibt es in der aktuellen Abgrenzung nicht.',
	'import.problem.gueltig_ab_zu_frueh':
		'Die bisherige Abgrenzung dieses Gebiets gilt erst ab einem späteren Jahr; die neue kann nicht früher beginnen.',
	'import.problem.werte_nach_grenzaenderung':
		'Für die bisherige Abgrenzung gibt es Werte ab dem Jahr der neuen Grenzen; zuerst diese Werte zurücknehmen oder ein späteres Jahr wählen.',
	'plan.didYouMean': 'Meinten Sie:',
	'plan.wholeRow': 'ganze Zeile',
	'plan.moreProblems': '… und {count} weitere Probleme.',
	'plan.detail.kodierung': 'Kodierung',
	'plan.detail.format': 'Format',
	'plan.detail.trennzeichen': 'Trennzeichen',
	'plan.detail.zeilen': 'Datenzeilen',
	'plan.detail.crs': 'Koordinatensystem',
	'plan.detail.gebiete': 'Gebiete',
	'plan.detail.indikator': 'Indikator',
	'plan.detail.jahre': 'Jahre',
	'plan.detail.ausgelassen': 'Ausgelassene Einträge (nicht heute gültig)',
	'plan.detail.gueltig_ab': 'Neue Grenzen ab',
	'plan.detail.neue_abgrenzungen': 'Neue Abgrenzungen',
	'plan.detail.beendete_abgrenzungen': 'Beendete Abgrenzungen',
	'plan.previewTitle': 'Vorschau {name}',
	'plan.previewNote':
		'Vorschau mit den Daten, wie sie jetzt gespeichert sind – veröffentlicht oder nicht. Die Geheimhaltung ist wie im öffentlichen Atlas angewandt.',
	'plan.previewEmpty': 'Noch keine Gebiete mit Indikatorwerten.',
	'plan.toTypes': 'Gebietstypen benennen',
	'plan.typesTitle': 'Gebietstypen {name}',
	'plan.typesIntro':
		'Die Clusteranalyse bildet Typen ähnlicher Gebiete und beschreibt sie mit ihren auffälligen Indikatoren. Geben Sie jedem Typ einen Namen und eine Beschreibung; sie erscheinen im Sozialatlas. Ändern sich Daten oder Jahr, entstehen neue Typen, die neu benannt werden.',
	'plan.typesSaved': 'Namen und Beschreibungen sind gespeichert.',
	'plan.typesNone':
		'Für eine Typologie fehlen noch Daten (mindestens sechs Gebiete mit allen Typologie-Indikatoren).',
	'plan.profile': 'Profil',
	'plan.typeName': 'Name des Typs',
	'plan.typeDescription': 'Beschreibung',
	'plan.saveTypes': 'Namen speichern',
	'plan.toAnalysis':
		'Indikatoren, Typen, Mindesteinwohnerzahl und Ausreißer der Auswertung festlegen',
	'plan.navAnalysis': 'Auswertung',
	'plan.navIndicators': 'Lokale Indikatoren',
	'plan.ind.err.tooLong': 'Höchstens {max} Zeichen.',
	'plan.ind.err.tooShort': 'Mindestens {min} Zeichen.',
	'plan.ind.err.choice': 'Bitte einen der angebotenen Werte wählen.',
	'plan.ind.err.number': 'Bitte eine Zahl angeben.',
	'plan.ind.err.keyFormat':
		'Kleinbuchstabe am Anfang, dann nur a–z, 0–9 und _ (2 bis 26 Zeichen), z. B. bibliothek_besuche.',
	'plan.ind.err.keyPrefix': 'Bitte ohne „lokal_“ – das wird beim Speichern vorangestellt.',
	'plan.ind.err.decimals': 'Bitte eine ganze Zahl von 0 bis 4 angeben.',
	'plan.ind.err.perNeeded':
		'Eine Quote braucht eine Bezugsgröße über 0 (100 für Prozent, 1000 für je 1.000).',
	'plan.ind.err.numeratorNeeded': 'Eine Quote braucht einen Zähler.',
	'plan.ind.err.denominatorNeeded': 'Eine Quote braucht einen Nenner.',
	'plan.ind.err.catalogueKey':
		'„{key}“ ist ein Indikator des gemeinsamen Katalogs; bitte einen anderen Schlüssel wählen.',
	'plan.ind.err.keyTaken': 'Einen lokalen Indikator „{key}“ gibt es in dieser Gemeinde schon.',
	'plan.ind.err.fixedWhileValues':
		'Kann nicht geändert werden, solange Werte vorliegen (die Werte wurden so erhoben). Für eine andere Definition bitte einen neuen Indikator anlegen.',
	'plan.ind.title': 'Lokale Indikatoren {name}',
	'plan.ind.intro':
		'Eigene Indikatoren der Gemeinde, z. B. „Besucher der Stadtbibliothek je 1.000 Einwohner“ im Handlungsfeld Kultur. Sie werden wie Indikatoren des Katalogs importiert, kartiert und heruntergeladen – aber nur in dieser Gemeinde; im Ruhrvergleich erscheinen sie nicht.',
	'plan.ind.keyRule':
		'Der Schlüssel wird als lokal_{ags}_<Schlüssel> gespeichert; unter diesem Namen steht der Indikator in Importdateien, Vorlage, Downloads und API.',
	'plan.ind.none': 'Noch keine lokalen Indikatoren.',
	'plan.ind.listCaption': 'Lokale Indikatoren',
	'plan.ind.colKey': 'Schlüssel in Dateien',
	'plan.ind.colName': 'Name',
	'plan.ind.colField': 'Handlungsfeld',
	'plan.ind.colBasis': 'Zeitbezug',
	'plan.ind.colValues': 'Werte',
	'plan.ind.valuesDraft': '{values} veröffentlicht, {draft} im Entwurf',
	'plan.ind.new': 'Neuen lokalen Indikator anlegen',
	'plan.ind.create': 'Indikator anlegen',
	'plan.ind.edit': '{name} bearbeiten',
	'plan.ind.save': 'Änderungen speichern',
	'plan.ind.delete': 'Löschen',
	'plan.ind.deleteConfirm': 'Ja, diesen Indikator endgültig löschen',
	'plan.ind.deleteBlocked':
		'Löschen geht erst, wenn keine Werte (auch nicht im Entwurf) und keine Zielwerte mehr daran hängen.',
	'plan.ind.created': 'Der Indikator {key} ist angelegt. Werte dafür kommen über den Import.',
	'plan.ind.updated': 'Der Indikator {key} ist geändert.',
	'plan.ind.deleted': 'Der Indikator {key} ist gelöscht.',
	'plan.ind.errors': 'Bitte die markierten Felder prüfen.',
	'plan.ind.fixedWithValues':
		'Art, Bezugsgröße und Zeitbezug bleiben fest, solange Werte vorliegen.',
	'plan.ind.f.key': 'Schlüssel',
	'plan.ind.f.keyHint': 'Kleinbuchstaben, Ziffern und _, z. B. bibliothek_besuche',
	'plan.ind.f.name': 'Name',
	'plan.ind.f.nameEn': 'Name auf Englisch (optional)',
	'plan.ind.f.definition': 'Definition und Formel',
	'plan.ind.f.definitionHint': 'Was genau gezählt wird, z. B. „Besuche ÷ Einwohner × 1.000“',
	'plan.ind.f.numeratorLabel': 'Zähler',
	'plan.ind.f.denominatorLabel': 'Nenner',
	'plan.ind.f.unit': 'Einheit',
	'plan.ind.f.kind': 'Art',
	'plan.ind.f.per': 'Je (Bezugsgröße, nur für Quoten)',
	'plan.ind.f.direction': 'Bedarfsrichtung',
	'plan.ind.f.handlungsfeld': 'Handlungsfeld',
	'plan.ind.f.source': 'Quelle',
	'plan.ind.f.timeBasis': 'Zeitbezug',
	'plan.ind.f.decimals': 'Nachkommastellen',
	'plan.ind.kind.share': 'Quote (Zähler ÷ Nenner × Bezugsgröße)',
	'plan.ind.kind.count': 'Anzahl',
	'plan.ind.kind.measure': 'Sonstige Maßzahl',
	'plan.ind.direction.need_up': 'höherer Wert = mehr Bedarf',
	'plan.ind.direction.need_down': 'niedrigerer Wert = mehr Bedarf',
	'plan.ind.direction.neutral': 'keine (Kontext)',
	'plan.ind.field.bevoelkerung': 'Bevölkerung',
	'plan.analysisTitle': 'Auswertung {name}',
	'plan.analysisIntro':
		'Hier legen Sie fest, welche Indikatoren die Gebietstypen und den Index nach dem Berliner Monitoring Soziale Stadtentwicklung (MSS) bilden und wie Ausreißer behandelt werden. „Vorschau anzeigen“ rechnet mit Ihrer Auswahl, ohne sie zu speichern; erst „Speichern“ übernimmt sie in Sozialatlas und Profile.',
	'plan.analysisProblems': 'Die Auswahl wurde nicht übernommen:',
	'plan.analysisSaved':
		'Die Auswahl ist gespeichert; Sozialatlas und Profile verwenden sie ab jetzt.',
	'plan.typologyLegend': 'Gebietstypisierung (k-means auf z-Werten)',
	'plan.typologyIndicators': 'Indikatoren der Typisierung (mindestens zwei)',
	'plan.typologyK': 'Zahl der Typen',
	'plan.typologyKHint':
		'Automatisch: bis zu 4. Höchstens {max}, damit jeder Typ im Mittel mindestens drei Gebiete umfasst.',
	'plan.typologyKAuto': 'automatisch',
	'plan.winsorise': 'Ausreißer in der Typisierung',
	'plan.winsoriseHint':
		'Begrenzt die z-Werte vor der Clusteranalyse (Winsorisierung), damit ein einzelnes extremes Gebiet keinen eigenen Typ erzwingt.',
	'plan.winsoriseNone': 'nicht begrenzen',
	'plan.winsoriseAt': 'auf ±{limit} Standardabweichungen begrenzen',
	'plan.mssLegend': 'Index nach MSS-Methode',
	'plan.mssIndicators':
		'Statusindikatoren (mindestens zwei; ihre Veränderung über zwei Jahre bildet die Dynamik)',
	'plan.mssIndicatorsHint':
		'Nur Anteile in %, bei denen ein höherer Wert mehr Benachteiligung bedeutet.',
	'plan.outliers': 'Als Ausreißer vom Index ausnehmen (Gebietskennungen)',
	'plan.outliersHint':
		'Durch Komma getrennt, z. B. ein Gebiet, das fast nur aus einer großen Einrichtung besteht. Kennungen: {codes}',
	'plan.indicatorYears': 'Werte für {years}',
	'plan.showPreview': 'Vorschau anzeigen',
	'plan.saveAnalysis': 'Auswahl speichern',
	'plan.previewHeading': 'Vorschau (nicht gespeichert)',
	'plan.previewTypology': 'Gebietstypen {year}: {k} Typen',
	'plan.previewWinsorised': 'z-Werte auf ±{limit} Standardabweichungen begrenzt.',
	'plan.previewUntyped': '{count} Gebiete ohne alle Werte bleiben ohne Typ.',
	'plan.typesCompare': 'Andere Zahl der Typen vergleichen',
	'plan.allZero':
		'Bei {count} Gebieten sind alle Indikatoren des Statusindex 0. Das sind fast immer Sondergebiete (eine Einrichtung, ein Park, ein Gewerbegebiet), keine Gebiete ohne Bedarf. Vorschlag: als Ausreißer vom Index ausnehmen.',
	'plan.allZeroTake': 'Als Ausreißer übernehmen und neu berechnen',
	'plan.viewInternal':
		'Interne Ansicht: Hier sehen Sie alle Werte Ihrer Kommune ohne Geheimhaltung, auch kleine Fallzahlen. Öffentliche Seiten, Downloads und Berichte zeigen nur die freigegebenen Werte.',
	'plan.viewPublic':
		'Öffentliche Ansicht: Diese Seite zeigt nur, was auch die Öffentlichkeit sieht, mit Geheimhaltung kleiner Fallzahlen.',
	'plan.err.noFile': 'Bitte eine Datei auswählen.',
	'plan.err.fileTooLarge': 'Die Datei ist zu groß.',
	'plan.err.noDraft': 'Kein Entwurf angegeben; bitte die Seite neu laden.',
	'plan.err.noImport': 'Kein Import angegeben; bitte die Seite neu laden.',
	'plan.err.year': 'Das Jahr muss eine ganze Zahl zwischen 1950 und 2100 sein.',
	'plan.err.typologyMissing': 'Die Typologie fehlt; bitte die Seite neu laden.',
	'plan.previewEmptyTypes':
		'{count} der {k} gewünschten Typen blieben leer: Die Gebiete verteilen sich auf {found} Typen. Weniger Typen wählen.',
	'plan.previewSilhouette': 'Trennschärfe (mittlere Silhouettenbreite): {value} – {verdict}.',
	'plan.silhouette.clear': 'klare Struktur',
	'plan.silhouette.weak': 'schwache Struktur',
	'plan.silhouette.none': 'kaum Struktur; die Typen grenzen sich nicht deutlich ab',
	'plan.qualityCaption':
		'Trennschärfe je Zahl der Typen (dieselben Daten, je 10 Startpunkte; über 0,5 klar, 0,25 bis 0,5 schwach)',
	'plan.qualityTypes': 'Zahl der Typen',
	'plan.qualitySilhouette': 'Silhouettenbreite',
	'plan.qualityNote': 'Hinweis',
	'plan.qualityChosen': 'gewählt',
	'plan.qualityBest': 'beste Trennung',
	'plan.qualityEmpty': '{count} leer',
	'plan.profilesCaption': 'Typprofile: Mittelwert je Indikator (in Klammern: mittlerer z-Wert)',
	'plan.type': 'Typ',
	'plan.size': 'Gebiete',
	'plan.profileWords': 'Profil',
	'plan.previewMss': 'MSS-Index {year} (Dynamik seit {baseYear}) aus: {indicators}',
	'plan.previewMssNone': 'Mit dieser Auswahl entsteht kein MSS-Index.',
	'plan.previewTypologyNone': 'Mit dieser Auswahl entstehen keine Gebietstypen.',
	'plan.statusCaption': 'Gebiete je Statusklasse',
	'plan.dynamicsCaption': 'Gebiete je Dynamikklasse',
	'plan.class': 'Klasse',
	'plan.notIndexed': 'Nicht indiziert ({count}):',
	'plan.storedAsDraft': '„{file}“ ist als Entwurf gespeichert – noch nicht öffentlich.',
	'plan.draftHeading': 'Entwurf und Veröffentlichung',
	'plan.draftMark': 'Entwurf',
	'plan.draftIntro':
		'Importierte Werte und Gebietsgrenzen sind zunächst ein Entwurf: Der öffentliche Atlas, die Downloads, die Schnittstelle und der Handlungsprogramm-Fortschritt zeigen weiter den veröffentlichten Stand. Datei(en): {files}; zuletzt geändert {when}.',
	'plan.draftChanges': 'Was die Veröffentlichung ändert',
	'plan.draftValues':
		'{count} Werte: {added} neu, {changed} ersetzen einen anderen veröffentlichten Wert, {unchanged} gleich wie veröffentlicht',
	'plan.draftYears': 'Jahre',
	'plan.draftIndicators': 'Indikatoren',
	'plan.draftNew': 'neu',
	'plan.draftAreas': 'Werte für {count} von {total} Gebieten',
	'plan.draftUnchecked':
		'{count} Anteile haben weder Zähler noch Bezugsgröße. Die Geheimhaltung kann sie nicht prüfen, deshalb zeigt der öffentliche Atlas sie nicht (Ihre eigenen Seiten schon). Importieren Sie die Spalte „Nenner“ (Bezugsgröße) oder „Zähler“ dazu, damit sie öffentlich werden.',
	'plan.draftNothingRemoved':
		'Ein Import entfernt keine Werte: Was der Entwurf nicht enthält, bleibt wie veröffentlicht.',
	'plan.draftPreview': 'Vorschau: der Atlas, wie er nach der Veröffentlichung aussieht',
	'plan.draftPublish': 'Veröffentlichen …',
	'plan.draftDiscard': 'Verwerfen …',
	'plan.draftConfirmPublish': 'Entwurf wirklich veröffentlichen?',
	'plan.draftConfirmPublishText':
		'Danach sehen alle im Atlas, in den Downloads und über die Schnittstelle {count} Werte für die Jahre {years} und die Indikatoren {indicators} in {areas} von {total} Gebieten.',
	'plan.draftPublishYes': 'Ja, veröffentlichen',
	'plan.draftConfirmDiscard': 'Entwurf wirklich verwerfen?',
	'plan.draftConfirmDiscardText':
		'Die {count} Werte aus {files} werden gelöscht; der veröffentlichte Stand bleibt, wie er ist.',
	'plan.draftDiscardYes': 'Ja, verwerfen',
	'plan.noDraft':
		'Es gibt keinen offenen Entwurf. Hochgeladene Werte und Gebietsgrenzen erscheinen hier, bevor sie öffentlich werden.',
	'plan.latestPublished': 'Zuletzt veröffentlicht',
	'plan.latestPublishedText': 'Import Nr. {id}: {file} ({when}).',
	'plan.undoLatest': 'Rückgängig …',
	'plan.undoConfirm': 'Wirklich zum vorigen veröffentlichten Stand zurück?',
	'plan.undoConfirmValues':
		'Die {count} Werte von Import Nr. {id} ({file}) werden zurückgenommen; ersetzte Werte kommen wieder. Die Öffentlichkeit sieht sofort den Stand davor.',
	'plan.undoConfirmAreas':
		'Die {count} Gebiete von Import Nr. {id} ({file}) werden zurückgenommen: neue gelöscht, geänderte wie zuvor. Die Öffentlichkeit sieht sofort den Stand davor.',
	'plan.undoYes': 'Ja, rückgängig machen',
	'plan.cancel': 'Abbrechen',
	'plan.draftPublishedDone': 'Veröffentlicht: {count} Werte sind jetzt öffentlich.',
	'plan.draftDiscardedDone': 'Der Entwurf ist verworfen.',
	'plan.undoneDone': '„{file}“ ist rückgängig gemacht; öffentlich ist wieder der Stand davor.',
	'plan.draftOpen': 'Entwurf (nicht veröffentlicht)',
	'plan.draftDiscarded': 'Entwurf verworfen',
	'plan.detail.neue_gebiete': 'Neue Gebiete',
	'plan.areaDraftCounts':
		'{count} Gebiete in der Datei: {added} neue Gebiete, {versions} neue Abgrenzungen ab {year}, {closed} bisherige Abgrenzungen gelten nur noch bis zum Jahr vor {year}, {renamed} mit neuem Namen oder Oberbezirk, {unchanged} unverändert.',
	'plan.areaDraftTable': 'Gebiete, die sich ändern',
	'plan.areaDraftCode': 'Kennung',
	'plan.areaDraftName': 'Name',
	'plan.areaDraftChange': 'Änderung',
	'plan.areaDraftChange.neu': 'neues Gebiet',
	'plan.areaDraftChange.neue_abgrenzung': 'neue Abgrenzung ab {year} (folgt auf {before})',
	'plan.areaDraftChange.umbenannt': 'neuer Name oder Oberbezirk (bisher „{before}“)',
	'plan.areaDraftChange.endet': 'bisherige Abgrenzung gilt nur noch bis zum Jahr vor {year}',
	'plan.areaDraftMore': 'Die Tabelle zeigt die ersten Änderungen; die Zahlen oben zählen alle.',
	'plan.areaDraftNothingRemoved':
		'Ein Gebietsimport löscht nichts: Bisherige Abgrenzungen bleiben mit ihren Werten für die Jahre erhalten, in denen sie galten, und Gebiete, die in der Datei fehlen, bleiben unverändert.',
	'plan.areaDraftStale':
		'Seit dem Import haben sich die aktuellen Gebiete geändert. So kann der Entwurf nicht veröffentlicht werden; bitte verwerfen und die Datei neu importieren:',
	'plan.areaDraftConfirmPublishText':
		'Danach gelten die neuen Gebietsgrenzen im Atlas, in den Downloads und über die Schnittstelle: {added} neue Gebiete, {versions} neue Abgrenzungen ab {year}, {closed} beendete Abgrenzungen, {renamed} neue Namen. „Rückgängig“ stellt den Stand davor genau wieder her.',
	'plan.areaDraftConfirmDiscardText':
		'Die {count} Gebiete aus {files} werden gelöscht; die aktuellen Gebietsgrenzen bleiben, wie sie sind.',
	'plan.areaDraftPublishedDone': 'Veröffentlicht: Die neuen Gebietsgrenzen gelten jetzt.',
	'plan.draftError.werteentwurf_offen':
		'Es gibt einen offenen Entwurf mit Werten. Neue Gebietsgrenzen bitte erst importieren, wenn dieser Entwurf veröffentlicht oder verworfen ist.',
	'plan.draftError.gebietsentwurf_offen':
		'Es gibt einen offenen Entwurf mit Gebietsgrenzen. Werte bitte erst importieren, wenn dieser Entwurf veröffentlicht oder verworfen ist: Sie beziehen sich auf die dann gültigen Gebiete.',
	'plan.draftError.gebietsentwurf_veraltet':
		'Der Gebietsentwurf passt nicht mehr zu den aktuellen Gebieten (seitdem wurde etwas rückgängig gemacht). Bitte den Entwurf verwerfen und die Datei neu importieren.',
	'plan.draftError.kein_entwurf':
		'Es gibt keinen offenen Entwurf (mehr). Die Seite zeigt den aktuellen Stand.',
	'plan.draftError.entwurf_geaendert':
		'Der Entwurf hat sich seit der Bestätigung geändert (eine weitere Datei kam hinzu). Bitte die Änderungen noch einmal prüfen.',
	'plan.draftError.nur_letzter_import':
		'Inzwischen wurde ein weiterer Import veröffentlicht. Bitte noch einmal prüfen, was rückgängig gemacht wird.',
	'plan.draftError.import_schon_rueckgaengig': 'Dieser Import ist bereits rückgängig gemacht.',
	'plan.draftError.beschaeftigt':
		'Für diese Gemeinde läuft gerade ein anderer Import. Bitte in einigen Sekunden noch einmal versuchen.',
	'analysis.forTypology': 'die Gebietstypisierung',
	'analysis.forIndex': 'den MSS-Index',
	'analysis.problem.twoIndicators': 'Für {purpose} bitte mindestens zwei Indikatoren wählen.',
	'analysis.problem.unknownIndicators': 'Diese Indikatoren gibt es im Katalog nicht: {keys}.',
	'analysis.problem.noValues': 'Für {names} liegen in dieser Gemeinde keine Werte vor.',
	'analysis.problem.fewTyped':
		'Nur {count} Gebiete haben {year} Werte für alle gewählten Indikatoren; für eine Typisierung sind mindestens {min} nötig.',
	'analysis.problem.noCommonYear':
		'Die gewählten Indikatoren haben kein gemeinsames Jahr, in dem mindestens zwei Gebiete Werte für alle haben.',
	'analysis.problem.typesRange':
		'Die Zahl der Typen muss zwischen 2 und {limit} liegen: {count} Gebiete haben {year} vollständige Werte, und jeder Typ soll im Mittel mindestens {perType} Gebiete umfassen.',
	'analysis.problem.winsorise':
		'Die Begrenzung der z-Werte muss {limits} Standardabweichungen betragen oder ausgeschaltet sein.',
	'analysis.problem.noMssYear':
		'Für die gewählten Statusindikatoren gibt es kein Jahr t, für das auch die Werte von t − 2 (für die Dynamik) und die Einwohnerzahl vorliegen.',
	'analysis.problem.minPopulation':
		'Die Mindesteinwohnerzahl muss eine ganze Zahl zwischen 0 und 1.000.000 sein.',
	'analysis.problem.minPopulationMissing': 'Bitte eine Mindesteinwohnerzahl angeben.',
	'analysis.problem.unknownAreas':
		'Diese Gebietskennungen gibt es in dieser Gemeinde nicht: {codes}.',
	'analysis.problem.fewIndexed':
		'Mit dieser Mindesteinwohnerzahl und diesen Ausreißern blieben {year} nur {count} Gebiete mit allen Werten für den Index; mindestens {min} sind nötig.',
	'analysis.problem.unsuitable':
		'{names} eignet sich nicht als Statusindikator: Der MSS-Index addiert nur Anteile in %, bei denen ein höherer Wert mehr Benachteiligung bedeutet.',
	'analysis.problem.typesNumber': 'Die Zahl der Typen muss eine ganze Zahl sein.',
	'analysis.problem.winsoriseNumber': 'Die Begrenzung der z-Werte muss eine Zahl sein.'
} as const;
