import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import {
	MailingForm,
	audiences,
	editionOr404,
	editionWorkshops,
	mailingRecipients,
	personalise,
	reminderStatus,
	reminderTemplate,
	sendMailing,
	setReminderEnabled
} from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import { formValues, parseForm } from '$lib/server/forms';
import { pokeMailWorker } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';
import { translator } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const template =
		event.url.searchParams.get('vorlage') === 'erinnerung'
			? await reminderTemplate(database(), edition.id)
			: null;
	return {
		edition,
		audiences,
		workshops: await editionWorkshops(database(), edition.id),
		template,
		reminder: await reminderStatus(database(), edition.id)
	};
};

export const actions: Actions = {
	preview: async (event) => {
		requireRole(event, 'organiser');
		const edition = await editionOr404(event.params.jahr);
		const form = await event.request.formData();
		const parsed = parseForm(MailingForm, form, translator(event.locals.locale));
		if (!parsed.ok) return fail(400, { action: 'preview', ...parsed.problem });
		const recipients = await mailingRecipients(database(), edition.id, parsed.data);
		const sample = recipients[0] ?? { firstName: 'Erika', lastName: 'Beispiel' };
		const english = recipients.filter((r) => r.language === 'en');
		const sampleEn = english[0] ?? { firstName: 'Erika', lastName: 'Beispiel' };
		const { subjectEn, textEn } = parsed.data;
		return {
			action: 'preview',
			values: formValues(form),
			count: recipients.length,
			countEnglish: english.length,
			preview: {
				subject: personalise(parsed.data.subject, sample),
				text: personalise(parsed.data.text, sample)
			},
			previewEnglish:
				subjectEn !== null && textEn !== null
					? { subject: personalise(subjectEn, sampleEn), text: personalise(textEn, sampleEn) }
					: null
		};
	},
	send: async (event) => {
		const user = requireRole(event, 'organiser');
		const edition = await editionOr404(event.params.jahr);
		const form = await event.request.formData();
		const parsed = parseForm(MailingForm, form, translator(event.locals.locale));
		if (!parsed.ok) return fail(400, { action: 'send', ...parsed.problem });
		const sent = await sendMailing(database(), edition.id, parsed.data, user.id, new Date());
		pokeMailWorker();
		return { action: 'send', sent };
	},
	reminder: async (event) => {
		const user = requireRole(event, 'organiser');
		const edition = await editionOr404(event.params.jahr);
		const form = await event.request.formData();
		const enabled = form.get('enabled') === 'true';
		await setReminderEnabled(database(), edition.id, enabled, {
			actorUserId: user.id,
			now: new Date()
		});
		return { action: 'reminder', enabled };
	}
};
