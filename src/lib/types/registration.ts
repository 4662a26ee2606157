/** Limits of the registration form: generous for real names and organisations, tight enough to stop abuse. */
export const LIMITS = {
	name: 100,
	email: 254,
	organisation: 200,
	jobTitle: 200,
	needsOther: 500,
	dietary: 300
} as const;
