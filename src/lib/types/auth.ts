/** Shared by the schema, the server and the UI (role names in the navigation and forms). */
export const roles = ['admin', 'organiser', 'planner'] as const;
export type Role = (typeof roles)[number];

export const tokenPurposes = ['reset', 'invite'] as const;
export type TokenPurpose = (typeof tokenPurposes)[number];
