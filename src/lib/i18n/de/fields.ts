/** Problems with a single form or API field, shared by every domain (`src/lib/server/fields.ts`). */
export const fields = {
	'field.err.required': 'Bitte ausfüllen.',
	'field.err.text': 'Bitte einen Text angeben.',
	'field.err.tooLong': 'Der Text ist zu lang.',
	'field.err.characters':
		'Das Feld enthält Steuerzeichen oder ungültige Zeichen (zum Beispiel ein Null-Byte). Bitte geben Sie den Text erneut ein.',
	'field.err.integer': 'Bitte eine ganze Zahl angeben.',
	'field.err.negative': 'Die Zahl darf nicht negativ sein.',
	'field.err.tooSmall': 'Die Zahl ist zu klein.',
	'field.err.tooLarge': 'Die Zahl ist zu groß.',
	'field.err.date': 'Bitte ein gültiges Datum angeben (zum Beispiel 2031-02-28).',
	'field.err.time': 'Bitte eine gültige Uhrzeit wie 09:30 angeben.',
	'field.err.dateTime': 'Bitte ein gültiges Datum und eine gültige Uhrzeit angeben.',
	'field.err.search':
		'Die Suche enthält Steuerzeichen oder ungültige Zeichen und wurde nicht ausgeführt.',
	// Requests the server cannot read at all (see src/lib/server/malformed.ts).
	'request.err.unsupportedType':
		'Die Anfrage hat ein Format, das hier nicht angenommen wird. Bitte senden Sie das Formular über die Seite ab.',
	'request.err.unreadable':
		'Die Anfrage ist beschädigt und kann nicht gelesen werden. Bitte senden Sie das Formular erneut.',
	'request.err.tooLarge': 'Die Anfrage ist zu groß. Höchstens {limit} sind erlaubt.'
} as const;
