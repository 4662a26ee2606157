/**
 * A rule of the call for posters said no. `message` is a catalogue key (`poster.err.…`), with
 * parameters as a query string (`poster.err.fileTooLarge?max=5`, see `messageText`); `field` is
 * the form field it concerns, or `form`.
 */
export class PosterError extends Error {
	constructor(
		message: string,
		readonly field: string = 'form'
	) {
		super(message);
		this.name = 'PosterError';
	}
}
