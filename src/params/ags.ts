import type { ParamMatcher } from '@sveltejs/kit';

/** Amtlicher Gemeindeschlüssel: 8 digits, kept as text (leading zero). */
export const match: ParamMatcher = (param) => /^\d{8}$/.test(param);
