import { describe, expect, it } from 'vitest';
import { messageRef, messageText, translator } from './index';

describe('a message carried as text', () => {
	it('reads back with its parameters in the reader’s language', () => {
		const ref = messageRef('bo.err.maxChars', { max: 300 });
		expect(messageText(translator('de'), ref)).toBe('Höchstens 300 Zeichen.');
		expect(messageText(translator('en'), ref)).toBe('At most 300 characters.');
	});

	it('keeps parameters with any character intact', () => {
		const ref = messageRef('bo.err.workshopInUse.one', { title: 'Wohnen & Arbeit? 50 %' });
		expect(messageText(translator('en'), ref)).toContain('“Wohnen & Arbeit? 50 %”');
	});

	it('leaves plain text, even with a question mark, as it is', () => {
		expect(messageText(translator('en'), 'Warum? Darum.')).toBe('Warum? Darum.');
	});
});
