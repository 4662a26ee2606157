/** A queued or sent mail as the outbox pages show it. */
export interface OutboxEntry {
	id: number;
	kind: string;
	to: string;
	subject: string;
	/** Null when the text must not be shown (see `hidePrivate`). */
	text: string | null;
	status: string;
	lastError: string | null;
	createdAt: Date;
	attachments: string[];
	/** The language the mail is written in (from its HTML part; German when it has none). */
	language: 'de' | 'en';
}
