import { z } from 'zod';
import { requireRole } from '$lib/server/auth';
import { editingAction, editionOr404 } from '$lib/server/backoffice';
import {
	PartnerForm,
	PartnerRef,
	SpeakerEditForm,
	SpeakerForm,
	addPartner,
	addSpeaker,
	changePartnerRole,
	contributorsForEditing,
	deleteSpeaker,
	movePartner,
	moveSpeaker,
	removePartner,
	updateSpeaker
} from '$lib/server/conference';
import { database } from '$lib/server/db';
import { partnerRoles } from '$lib/types/enums';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { rowId } from '$lib/server/fields';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return {
		edition,
		roles: partnerRoles,
		...(await contributorsForEditing(database(), edition.id))
	};
};

async function context(event: RequestEvent) {
	const user = requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return { edition, actor: { actorUserId: user.id, now: new Date() } };
}

const SpeakerRef = z.object({ speaker: rowId() });
const PartnerRoleForm = PartnerRef.extend({
	role: z.enum(partnerRoles, { error: 'Bitte die Rolle wählen.' })
});

export const actions: Actions = {
	speaker: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'speaker', SpeakerForm, (data) =>
			addSpeaker(database(), edition.id, data, actor)
		);
	},
	editSpeaker: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'editSpeaker', SpeakerEditForm, (data) =>
			updateSpeaker(database(), edition.id, data, actor)
		);
	},
	removeSpeaker: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'removeSpeaker', SpeakerRef, ({ speaker }) =>
			deleteSpeaker(database(), edition.id, speaker, actor)
		);
	},
	speakerUp: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'move', SpeakerRef, ({ speaker }) =>
			moveSpeaker(database(), edition.id, speaker, 'up', actor)
		);
	},
	speakerDown: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'move', SpeakerRef, ({ speaker }) =>
			moveSpeaker(database(), edition.id, speaker, 'down', actor)
		);
	},
	partner: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'partner', PartnerForm, (data) =>
			addPartner(database(), edition.id, data, actor)
		);
	},
	partnerRole: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'partnerRole', PartnerRoleForm, ({ organisation, role }) =>
			changePartnerRole(database(), edition.id, organisation, role, actor)
		);
	},
	removePartner: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'removePartner', PartnerRef, ({ organisation }) =>
			removePartner(database(), edition.id, organisation, actor)
		);
	},
	partnerUp: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'move', PartnerRef, ({ organisation }) =>
			movePartner(database(), edition.id, organisation, 'up', actor)
		);
	},
	partnerDown: async (event) => {
		const { edition, actor } = await context(event);
		return editingAction(event, 'move', PartnerRef, ({ organisation }) =>
			movePartner(database(), edition.id, organisation, 'down', actor)
		);
	}
};
