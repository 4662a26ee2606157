import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { registrations } from './registration';

/**
 * An attendance certificate (Teilnahmebescheinigung) issued to a checked-in participant. The
 * code is printed on the certificate and opens `/bescheinigung/<code>`, which confirms that the
 * certificate is genuine. It is random (100 bits), not derived from anything, so nobody can guess
 * another person's code. Issued once per registration; reprints carry the same code.
 */
export const certificates = pgTable(
	'certificates',
	{
		id: serial('id').primaryKey(),
		registrationId: integer('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		code: text('code').notNull(),
		issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
		/** When the organisers mailed the person the link to their certificate. */
		mailedAt: timestamp('mailed_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('certificates_registration').on(t.registrationId),
		uniqueIndex('certificates_code').on(t.code),
		index('certificates_mailed_idx').on(t.mailedAt)
	]
);
