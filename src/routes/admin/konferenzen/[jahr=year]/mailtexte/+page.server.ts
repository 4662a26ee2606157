import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth';
import { editionOr404 } from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import { formValues, parseForm } from '$lib/server/forms';
import {
	MailTextForm,
	defaultMailText,
	isMailTextKind,
	lacksRequired,
	mailTextKinds,
	mailTextsOf,
	placeholderLabel,
	placeholdersFor,
	previewMail,
	resetMailText,
	saveMailText,
	type MailTextKind
} from '$lib/server/registration';
import { appConfig } from '$lib/server/runtime';
import { translator } from '$lib/i18n';
import { languages } from '$lib/types/enums';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const own = await mailTextsOf(database(), edition.id);
	const kindParam = event.url.searchParams.get('mail') ?? '';
	const languageParam = event.url.searchParams.get('sprache');
	const selected = isMailTextKind(kindParam)
		? { kind: kindParam, language: languageParam === 'en' ? ('en' as const) : ('de' as const) }
		: null;
	const ownSelected = selected ? own[selected.kind]?.[selected.language] : undefined;
	return {
		edition,
		// The selected mail's placeholders: a poster mail knows the poster, not a registration.
		placeholders: selected ? placeholderList(selected.kind) : [],
		languages,
		texts: mailTextKinds.map((kind) => ({
			kind,
			languages: languages.map((language) => {
				const text = own[kind]?.[language];
				// Saved before the personal link was required: not sent, the default is.
				return {
					language,
					customised: text !== undefined,
					unused: !!text && lacksRequired(kind, text)
				};
			})
		})),
		selected: selected && {
			...selected,
			customised: ownSelected !== undefined,
			unused: !!ownSelected && lacksRequired(selected.kind, ownSelected),
			text: ownSelected ?? defaultMailText(selected.kind, selected.language)
		}
	};
};

function placeholderList(kind: MailTextKind) {
	const { body, subject } = placeholdersFor(kind);
	return body.map((name) => ({
		name,
		label: placeholderLabel(kind, name),
		inSubject: subject.includes(name)
	}));
}

async function context(event: RequestEvent) {
	const user = requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return { edition, actor: { actorUserId: user.id, now: new Date() } };
}

async function parsed(event: RequestEvent, action: string) {
	const form = await event.request.formData();
	const result = parseForm(MailTextForm, form, translator(event.locals.locale));
	return result.ok
		? { ok: true as const, data: result.data, values: formValues(form) }
		: { ok: false as const, failure: fail(400, { action, ...result.problem }) };
}

export const actions: Actions = {
	save: async (event) => {
		const { edition, actor } = await context(event);
		const input = await parsed(event, 'save');
		if (!input.ok) return input.failure;
		await saveMailText(database(), edition.id, input.data, actor);
		return { action: 'save', done: true };
	},
	preview: async (event) => {
		const { edition, actor } = await context(event);
		const input = await parsed(event, 'preview');
		if (!input.ok) return input.failure;
		const preview = await previewMail(
			database(),
			edition.id,
			input.data.kind,
			input.data.language,
			{ subject: input.data.subject, body: input.data.body },
			{ origin: appConfig().origin, now: actor.now }
		);
		return { action: 'preview', preview, values: input.values };
	},
	reset: async (event) => {
		const { edition, actor } = await context(event);
		const form = await event.request.formData();
		const kind = String(form.get('kind') ?? '');
		const language = form.get('language') === 'en' ? 'en' : 'de';
		if (!isMailTextKind(kind)) {
			return fail(400, {
				action: 'reset',
				errors: { form: translator(event.locals.locale)('mt.err.kind') }
			});
		}
		await resetMailText(database(), edition.id, kind, language, actor);
		return { action: 'reset', done: true };
	}
};
