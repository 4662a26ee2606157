/** Shared by the schema, the server and the UI (role names in the navigation and forms). */
/**
 * `planner` plans for one municipality; `kreis_planner` for a Kreis: its Kreis plan and the plans
 * of its member municipalities (the Kreise do much of the social planning for their smaller towns).
 * `reviewer` scores poster submissions of the calls they are invited to, and nothing else.
 */
export const roles = ['admin', 'organiser', 'planner', 'kreis_planner', 'reviewer'] as const;
export type Role = (typeof roles)[number];

export const tokenPurposes = ['reset', 'invite'] as const;
export type TokenPurpose = (typeof tokenPurposes)[number];
