import { worksOnMunicipality } from '$lib/server/auth';
import { PUBLIC, type Access } from '$lib/server/monitoring';

/**
 * Who reads an atlas page: `?entwurf` from a planner of this municipality (or an admin) shows
 * the atlas as it will look once the open draft is published; for anybody else, signed in or
 * not, the parameter changes nothing and the page shows published data only (decision 0025).
 */
export function atlasAccess(
	locals: App.Locals,
	url: URL,
	ags: string,
	setHeaders: (headers: Record<string, string>) => void
): Access {
	if (!url.searchParams.has('entwurf') || !worksOnMunicipality(locals.user, ags)) return PUBLIC;
	setHeaders({ 'cache-control': 'private, no-store' });
	return { kind: 'draft', ags };
}
