import { describe, expect, it } from 'vitest';
import { workshopsBySession, type SlotWorkshop } from './workshops';

const workshop = (id: number, sessionId: number | null): SlotWorkshop => ({
	id,
	title: `Workshop ${id}`,
	description: null,
	sessionId
});

describe('the workshops of a programme slot', () => {
	it('lists the workshops tied to no slot under the workshop slot', () => {
		const sessions = [
			{ id: 1, kind: 'vortrag' as const },
			{ id: 2, kind: 'workshop' as const }
		];
		const offered = workshopsBySession(sessions, [workshop(10, null), workshop(11, null)]);
		expect(offered).toEqual({ 2: [workshop(10, null), workshop(11, null)] });
	});

	it('lists a slot’s own workshops there, and the untied ones only in workshop slots without any', () => {
		const sessions = [
			{ id: 1, kind: 'workshop' as const },
			{ id: 2, kind: 'workshop' as const },
			{ id: 3, kind: 'sonstiges' as const }
		];
		const offered = workshopsBySession(sessions, [
			workshop(10, 1),
			workshop(11, null),
			workshop(12, 3)
		]);
		expect(offered).toEqual({
			1: [workshop(10, 1)],
			2: [workshop(11, null)],
			3: [workshop(12, 3)]
		});
	});

	it('lists nothing when the edition has no workshops', () => {
		expect(workshopsBySession([{ id: 1, kind: 'workshop' }], [])).toEqual({});
	});
});
