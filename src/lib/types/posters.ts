/** Shapes of the call for posters shared by server and pages (nothing server-only here). */
import { cafeFields, type CafeField } from './worldcafe';

/** The Handlungsfelder a poster can name: Wohnen … Partizipation. */
export const posterFields = cafeFields;
export type PosterField = CafeField;

/**
 * A submission's state: `eingereicht` until the organisers decide; then `angenommen`,
 * `abgelehnt` or `warteliste`.
 */
export const posterStatuses = ['eingereicht', 'angenommen', 'abgelehnt', 'warteliste'] as const;
export type PosterStatus = (typeof posterStatuses)[number];

/** The decisions an organiser takes (a decision can be changed, back to none too). */
export const posterDecisions = ['angenommen', 'abgelehnt', 'warteliste', 'eingereicht'] as const;
export type PosterDecision = (typeof posterDecisions)[number];

/** Points per criterion. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** At most this many authors per poster (the form offers as many rows). */
export const MAX_AUTHORS = 6;
