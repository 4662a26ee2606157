import { z } from 'zod';
import { requireRole } from '$lib/server/auth';
import { editingAction, editionOr404 } from '$lib/server/backoffice';
import {
	SessionEditForm,
	SessionForm,
	WorkshopEditForm,
	WorkshopForm,
	addSession,
	addWorkshop,
	deleteSession,
	deleteWorkshop,
	moveSession,
	moveWorkshop,
	programmeForEditing,
	updateSession,
	updateWorkshop
} from '$lib/server/conference';
import { database } from '$lib/server/db';
import { appConfig } from '$lib/server/runtime';
import { sessionKinds } from '$lib/types/enums';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { rowId } from '$lib/server/fields';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return { edition, kinds: sessionKinds, ...(await programmeForEditing(database(), edition.id)) };
};

async function context(event: RequestEvent) {
	const user = requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return { edition, actor: { actorUserId: user.id, now: new Date(), origin: appConfig().origin } };
}

const SessionRef = z.object({ session: rowId() });
const WorkshopRef = z.object({ workshop: rowId() });

export const actions: Actions = {
	session: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'session', SessionForm, (data) =>
			addSession(database(), edition, data, actor)
		);
	},
	workshop: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'workshop', WorkshopForm, (data) =>
			addWorkshop(database(), edition.id, data, actor)
		);
	},
	up: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'move', SessionRef, ({ session }) =>
			moveSession(database(), edition.id, session, 'up', actor)
		);
	},
	down: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'move', SessionRef, ({ session }) =>
			moveSession(database(), edition.id, session, 'down', actor)
		);
	},
	remove: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'remove', SessionRef, ({ session }) =>
			deleteSession(database(), edition.id, session, actor)
		);
	},
	editSession: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(
			event,
			'editSession',
			SessionEditForm,
			(data) => updateSession(database(), edition, data, actor),
			['speakers']
		);
	},
	editWorkshop: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'editWorkshop', WorkshopEditForm, (data) =>
			updateWorkshop(database(), edition, data, actor)
		);
	},
	removeWorkshop: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'removeWorkshop', WorkshopRef, ({ workshop }) =>
			deleteWorkshop(database(), edition.id, workshop, actor)
		);
	},
	workshopUp: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'move', WorkshopRef, ({ workshop }) =>
			moveWorkshop(database(), edition.id, workshop, 'up', actor)
		);
	},
	workshopDown: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'move', WorkshopRef, ({ workshop }) =>
			moveWorkshop(database(), edition.id, workshop, 'down', actor)
		);
	}
};
