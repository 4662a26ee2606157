/**
 * The Handlungsprogramm: fields, goal levels, statuses and the words of the Fortschreibung.
 * The platform shows how indicators developed ("Entwicklung") and never claims that a measure
 * caused it ("Wirkung").
 */
export const planning = {
	'planning.field.wohnen': 'Wohnen',
	'planning.field.bildung': 'Bildung',
	'planning.field.gesundheit': 'Gesundheit',
	'planning.field.arbeit': 'Arbeit',
	'planning.field.kultur': 'Kultur',
	'planning.field.partizipation': 'Partizipation',
	'planning.field.uebergreifend': 'Übergreifend',

	'planning.level.leitziel': 'Leitziel',
	'planning.level.handlungsziel': 'Handlungsziel',
	'planning.level.wirkungsziel': 'Wirkungsziel',

	'planning.planStatus.entwurf': 'Entwurf',
	'planning.planStatus.beschlossen': 'beschlossen',
	'planning.planStatus.abgeschlossen': 'abgeschlossen',

	'planning.measureStatus.geplant': 'geplant',
	'planning.measureStatus.laufend': 'laufend',
	'planning.measureStatus.abgeschlossen': 'abgeschlossen',
	'planning.measureStatus.eingestellt': 'eingestellt',

	'planning.targetKind.absolute': 'Zielwert',
	'planning.targetKind.close_gap': 'Abstand zum Gemeindewert um {percent} % verringern',

	'planning.targetStatus.erreicht': 'Ziel erreicht',
	'planning.targetStatus.auf_kurs': 'Entwicklung auf Kurs',
	'planning.targetStatus.nicht_auf_kurs': 'Entwicklung nicht auf Kurs',
	'planning.targetStatus.entgegen': 'Entwicklung entgegen dem Ziel',
	'planning.targetStatus.keine_neuen_daten': 'Noch keine Daten nach dem Ausgangsjahr',
	'planning.targetStatus.nicht_bewertbar': 'nicht bewertbar',
	'planning.targetStatus.zeitreihenbruch': 'Zeitreihenbruch',
	'planning.targetStatusHint.erreicht':
		'Der neueste Wert liegt auf oder jenseits des Zielwerts. Das beschreibt die Entwicklung des Indikators; über Ursachen sagt es nichts.',
	'planning.targetStatusHint.auf_kurs':
		'Der Weg vom Ausgangswert zum Ziel ist mindestens zu dem Anteil zurückgelegt, der von der Zeit bis zum Zieljahr vergangen ist.',
	'planning.targetStatusHint.nicht_auf_kurs':
		'Die Entwicklung geht in Richtung des Ziels, aber langsamer, als die vergangene Zeit bis zum Zieljahr erwarten lässt.',
	'planning.targetStatusHint.entgegen':
		'Der neueste Wert zeigt mehr Handlungsbedarf als der Ausgangswert.',
	'planning.targetStatusHint.keine_neuen_daten':
		'Für die Jahre nach dem Ausgangsjahr liegen noch keine Werte vor.',
	'planning.targetStatusHint.nicht_bewertbar':
		'Der neueste Wert fehlt oder ist geheim gehalten (kleine Fallzahlen).',
	'planning.targetStatusHint.zeitreihenbruch':
		'Die Gebietsabgrenzung hat sich seit dem Ausgangsjahr geändert; eine Veränderung wird nicht berechnet.',
	'planning.baselineChanged': 'Ausgangswert geändert',
	'planning.baselineChangedHint':
		'Für das Ausgangsjahr ist inzwischen ein anderer Wert gespeichert. Die Bewertung rechnet weiter mit dem beim Festlegen des Ziels eingefrorenen Ausgangswert.',
	'planning.baselineWithheld':
		'Der Ausgangswert ist geheim gehalten (kleine Fallzahlen); die Entwicklung wird öffentlich nicht gezeigt.',
	'planning.gapAlreadyClosed':
		'Der Ausgangswert liegt bereits auf oder besser als der Gemeindewert: Ziel ist, ihn zu halten.',

	'planning.target.baseline': 'Ausgangswert {year}',
	'planning.target.latest': 'Neuester Wert {year}',
	'planning.target.target': 'Ziel {year}',
	'planning.target.change': 'Veränderung seit dem Ausgangsjahr',
	'planning.target.progress': 'Anteil des Wegs zum Ziel',
	'planning.target.expectedProgress': 'Anteil der Zeit bis zum Zieljahr',
	'planning.target.gapToMunicipal': 'Abstand zum Gemeindewert',
	'planning.target.trend': 'Entwicklung {from}–{to} ({years} Jahre)',
	'planning.trend.besser': 'verbessert',
	'planning.trend.schlechter': 'verschlechtert',
	'planning.trend.stabil': 'stabil',

	'planning.comparison.heading': 'Vergleich mit ähnlichen Gebieten ohne Maßnahme im Handlungsfeld',
	'planning.comparison.group':
		'{count} Gebiete gleichen Gebietstyps ohne Maßnahme im Handlungsfeld',
	'planning.comparison.none':
		'Kein Vergleich möglich: nur {found} ähnliche Gebiete ohne Maßnahme im Handlungsfeld (mindestens {min} nötig).',
	'planning.comparison.günstiger': 'Entwicklung günstiger als in den Vergleichsgebieten',
	'planning.comparison.ungünstiger': 'Entwicklung ungünstiger als in den Vergleichsgebieten',
	'planning.comparison.ähnlich': 'Entwicklung ähnlich wie in den Vergleichsgebieten',
	'planning.comparison.note':
		'Der Vergleich beschreibt, wie sich die Werte entwickelt haben. Er belegt nicht, dass eine Maßnahme die Ursache ist.',

	'planning.aggregate.member_suppressed':
		'nicht bewertbar: ein Gebiet des Handlungsraums ist geheim gehalten',
	'planning.aggregate.small_count': 'nicht bewertbar: zu kleine Fallzahl',
	'planning.aggregate.no_base': 'nicht bewertbar: keine Bezugsgröße',
	'planning.aggregate.no_weights': 'nicht bewertbar: keine Einwohnerzahlen zum Gewichten',

	'planning.goal.err.titleBlank': 'Bitte geben Sie dem Ziel einen Titel.',
	'planning.goal.err.noField': 'Bitte wählen Sie mindestens ein Handlungsfeld.',
	'planning.goal.err.unknownField': 'Dieses Handlungsfeld gibt es nicht.',
	'planning.goal.err.duplicateField': 'Jedes Handlungsfeld nur einmal, bitte.',
	'planning.goal.err.unknownLevel': 'Diese Zielebene gibt es nicht.',
	'planning.goal.err.leitzielWithParent':
		'Ein Leitziel steht oben und hat kein übergeordnetes Ziel.',
	'planning.goal.err.parentMissing':
		'Bitte wählen Sie das übergeordnete Ziel (Handlungsziel unter einem Leitziel, Wirkungsziel unter einem Handlungsziel).',
	'planning.goal.err.parentUnknown':
		'Das übergeordnete Ziel gehört nicht zu diesem Handlungsprogramm.',
	'planning.goal.err.parentLevel':
		'Ein Handlungsziel gehört unter ein Leitziel, ein Wirkungsziel unter ein Handlungsziel.',
	'planning.goal.err.cycle':
		'Ein Ziel kann nicht unter sich selbst oder einem seiner Unterziele stehen.',

	'planning.target.err.targetYear': 'Das Zieljahr muss nach dem Ausgangsjahr liegen.',
	'planning.target.err.targetValue': 'Bitte geben Sie einen Zielwert an.',
	'planning.target.err.targetValueWorse':
		'Der Zielwert bedeutet mehr Handlungsbedarf als der Ausgangswert.',
	'planning.target.err.gapClosePercent':
		'Bitte geben Sie an, um wie viel Prozent (mehr als 0, höchstens 100) der Abstand sinken soll.',
	'planning.target.err.municipalValue':
		'Für das Ausgangsjahr fehlt der Gemeindewert; ein Abstand lässt sich nicht berechnen.'
};
