export { login, validateSession, logout, logoutEverywhere } from './sessions';
export type { SessionUser, ActiveSession, LoginInput } from './sessions';
export {
	hashPassword,
	verifyPassword,
	requestPasswordReset,
	answerPasswordResetRequests,
	checkPasswordLink,
	setPasswordWithLink,
	changePassword
} from './passwords';
export { listUsers, getUser, createUser, changeRole, setActive, sendPasswordLink } from './store';
export type { User, NewUser } from './store';
export {
	requireUser,
	requireRole,
	requireMunicipality,
	worksOnMunicipality,
	requirePlanScope,
	PLANNING_ROLES,
	FORBIDDEN_MESSAGE
} from './guards';
export { authenticate, setSessionCookie, clearSessionCookie, SESSION_COOKIE } from './hook';
export { AuthError, AUTH_MESSAGES, isAuthErrorCode } from './errors';
export type { AuthErrorCode } from './errors';
export {
	safeReturnPath,
	homeFor,
	roleAllows,
	passwordProblem,
	PASSWORD_MIN_LENGTH,
	mayPlanFor,
	ruhrKreise,
	kreisProblem,
	type PlanScope,
	type PlanningAccount,
	SESSION_IDLE_MS,
	SESSION_MAX_MS,
	TOKEN_LIFETIME_MS,
	PAIR_THROTTLE
} from './rules';
export * from './schemas';
export { authFailure } from './respond';
export { scheduleAccountJobs } from './jobs';
